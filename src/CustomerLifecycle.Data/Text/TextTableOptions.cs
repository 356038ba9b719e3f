using System.Text;
using NodaTime;

namespace CustomerLifecycle.Data.Text;

/// <summary>How to read a text table and the values in it. The defaults read a UTF-8 (or BOM-marked) CSV with a header.</summary>
public sealed record TextTableOptions
{
    /// <summary>The options every reader uses when given none.</summary>
    public static TextTableOptions Default { get; } = new();

    /// <summary>How fields are separated; detected from the header by default.</summary>
    public TextDelimiter Delimiter { get; init; } = TextDelimiter.Auto;

    /// <summary>
    /// The encoding, or null for automatic: a byte-order mark selects UTF-8, UTF-16 (LE/BE) or UTF-32; without one the
    /// text must be valid UTF-8 (invalid bytes stop the read naming the line; they never become replacement characters). Give an
    /// explicit encoding for anything else (<see cref="TextEncodings.FromName"/> resolves <c>gb18030</c>).
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>
    /// Whether the first non-blank line names the columns (the default). Without a header the columns are named by
    /// their 1-based position (<c>"1"</c>, <c>"2"</c>, …) and the first line is data.
    /// </summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>Which character separates decimals in numbers and amounts; unspecified by default (see <see cref="NumberText"/>).</summary>
    public NumberConvention Numbers { get; init; } = NumberConvention.Unspecified;

    /// <summary>The zone in which time stamps without an offset, and dates, are read; UTC by default.</summary>
    public DateTimeZone Zone { get; init; } = DateTimeZone.Utc;

    /// <summary>
    /// Whether any rejected row makes the whole import fail: readers then throw <see cref="ImportRejectedException"/>
    /// instead of returning a result with rejected rows.
    /// </summary>
    public bool Strict { get; init; }
}

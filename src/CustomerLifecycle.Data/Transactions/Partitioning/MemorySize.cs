using System.Globalization;

namespace CustomerLifecycle.Data.Transactions.Partitioning;

/// <summary>
/// Reads and writes amounts of memory as people write them: <c>256MB</c>, <c>1.5 GiB</c>, <c>300000000</c>. KB, MB, GB
/// and TB are powers of 1000; KiB, MiB, GiB and TiB powers of 1024; a bare number (or B) is bytes. Units in any case.
/// </summary>
public static class MemorySize
{
    private static readonly (string Unit, long Factor)[] Units =
    [
        ("TIB", 1L << 40), ("GIB", 1L << 30), ("MIB", 1L << 20), ("KIB", 1L << 10),
        ("TB", 1_000_000_000_000L), ("GB", 1_000_000_000L), ("MB", 1_000_000L), ("KB", 1_000L), ("B", 1L),
    ];

    /// <summary>Reads an amount of memory.</summary>
    /// <param name="text">The text, such as <c>256MB</c> or <c>2 GiB</c>; a decimal point is allowed before a unit.</param>
    /// <param name="bytes">The amount in bytes, rounded down to a whole byte; 0 when the text cannot be read.</param>
    /// <returns>Whether the text is a non-negative amount that fits in a <see cref="long"/>.</returns>
    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        var s = text?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(s))
        {
            return false;
        }

        var factor = 1L;
        foreach (var (unit, f) in Units)
        {
            if (s.EndsWith(unit, StringComparison.Ordinal))
            {
                s = s[..^unit.Length].TrimEnd();
                factor = f;
                break;
            }
        }

        if (s.Length == 0 || !char.IsAsciiDigit(s[0]) || !decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        try
        {
            var total = decimal.Floor(number * factor);
            if (total > long.MaxValue)
            {
                return false;
            }

            bytes = (long)total;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Writes an amount of memory in the largest binary unit that keeps it readable: <c>256 MiB</c>, <c>1.5 GiB</c>, <c>512 B</c>.</summary>
    /// <param name="bytes">The amount in bytes.</param>
    /// <returns>The text.</returns>
    public static string Format(long bytes)
    {
        foreach (var (unit, factor) in Units)
        {
            if (unit.Contains('I', StringComparison.Ordinal) && Math.Abs(bytes) >= factor)
            {
                var value = Math.Round((decimal)bytes / factor, 2);
                return string.Create(CultureInfo.InvariantCulture, $"{value:0.##} {unit[0]}iB");
            }
        }

        return string.Create(CultureInfo.InvariantCulture, $"{bytes} B");
    }
}

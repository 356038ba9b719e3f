using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace CustomerLifecycle.Cli.Report;

/// <summary>Text and number formatting for the HTML report: every piece of data goes through <see cref="Encode"/>.</summary>
internal static class HtmlText
{
    // Every Unicode range allowed, so Chinese labels stay readable; markup characters (< > & ' ") are always encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Encodes text for an HTML or SVG text node or a quoted attribute value.</summary>
    public static string Encode(string text) => Encoder.Encode(text);

    /// <summary>A coordinate or length in SVG user units: invariant culture, at most two decimals.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is NaN or infinite (a chart never hides a bad number).</exception>
    public static string Coord(double value) => double.IsFinite(value)
        ? Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture)
        : throw new ArgumentOutOfRangeException(nameof(value), value, "A chart coordinate must be finite.");

    /// <summary>A value label in the given format: a number with up to one decimal, or a fraction as a percentage.</summary>
    public static string Value(double value, ValueFormat format) => format == ValueFormat.Percent
        ? (value * 100d).ToString("0.#", CultureInfo.InvariantCulture) + " %"
        : value.ToString("#,##0.#", CultureInfo.InvariantCulture);

    /// <summary>A count: thousands separators, up to two decimals (a funnel may carry fractional expected counts).</summary>
    public static string Count(double value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);
}

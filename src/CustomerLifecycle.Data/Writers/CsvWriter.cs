using System.Globalization;

namespace CustomerLifecycle.Data.Writers;

/// <summary>
/// Writes comma-separated tables (RFC 4180: a field with a comma, a quote or a line break is quoted, LF line ends) and
/// formats numbers for them in invariant culture. Files are safe to open in a spreadsheet: a text field that starts
/// with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return (which spreadsheet programs would run as a
/// formula) is written with a leading apostrophe, as OWASP recommends against CSV injection; a field that is a number
/// (<c>-3.5</c>, <c>+1e3</c>) stays as it is. A number that is not finite is written as an empty field.
/// </summary>
public static class CsvWriter
{
    /// <summary>Writes a header and rows.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="columns">The column names.</param>
    /// <param name="rows">The rows: one text per column, already formatted (see <see cref="Number(double)"/>, <see cref="Money"/>).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A row has a different number of fields than there are columns.</exception>
    public static void Write(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        WriteLine(writer, columns);
        var n = 0;
        foreach (var row in rows)
        {
            n++;
            if (row.Count != columns.Count)
            {
                throw new ArgumentException($"row {n} has {row.Count} fields for {columns.Count} columns", nameof(rows));
            }

            WriteLine(writer, row);
        }
    }

    /// <summary>
    /// A field as written: a text that a spreadsheet would run as a formula gets a leading apostrophe (see the remarks
    /// of <see cref="CsvWriter"/>), then the field is quoted when it holds a comma, a quote or a line break.
    /// </summary>
    /// <param name="field">The field.</param>
    /// <returns>The field, neutralised and quoted if needed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var safe = RunsAsFormula(field) ? "'" + field : field;
        return safe.AsSpan().IndexOfAny(",\"\r\n") < 0 ? safe : $"\"{safe.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    /// <summary>A time or a count: the shortest text that reads back as the same double; empty when not finite.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(double value) => double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Money with at most 10 decimals (a mean of decimals may carry 28), empty when unknown.</summary>
    /// <param name="value">The amount, or null.</param>
    /// <returns>The text.</returns>
    public static string Money(decimal? value) => value is { } v ? Math.Round(v, 10).ToString("0.##########", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>Whether <see cref="Quote"/> gives the field back as it is: it is not empty, starts with no formula character and holds no comma, quote or line break.</summary>
    internal static bool IsPlain(ReadOnlySpan<char> field) =>
        field.Length > 0 && field[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r') && field.IndexOfAny(",\"\r\n") < 0;

    private static bool RunsAsFormula(string field) => field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r'
        && !double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static void WriteLine(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quote(fields[i]));
        }

        writer.Write('\n');
    }
}

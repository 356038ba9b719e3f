using System.Globalization;

namespace CustomerLifecycle.Data.Writers;

/// <summary>
/// Writes comma-separated tables (RFC 4180: a field with a comma, a quote or a line break is quoted, LF line ends) and
/// formats numbers for them in invariant culture.
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

    /// <summary>A field as written: quoted when it holds a comma, a quote or a line break.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The field, quoted if needed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }

    /// <summary>A time or a count: the shortest text that reads back as the same double.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The text.</returns>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Money with at most 10 decimals (a mean of decimals may carry 28), empty when unknown.</summary>
    /// <param name="value">The amount, or null.</param>
    /// <returns>The text.</returns>
    public static string Money(decimal? value) => value is { } v ? Math.Round(v, 10).ToString("0.##########", CultureInfo.InvariantCulture) : string.Empty;

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

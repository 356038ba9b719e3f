using System.Globalization;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Data.Scorecards;

/// <summary>
/// Reads a fleet file: one row per unit in the field, or per group of units with a <c>units</c> count (a whole number of
/// at least 0); the other columns are the units' attributes, named as in the fault records.
/// </summary>
/// <remarks>
/// A row with a bad count is rejected (<c>units.invalid</c>), and so is one with more than 10^12 units
/// (<c>units.too_large</c>: sums over many rows must stay within a 64-bit count). A caller that counts a signal's affected population should
/// refuse a fleet with any rejected row: a partial fleet undercounts.
/// </remarks>
public static class FleetCsv
{
    private const long MaxUnits = 1_000_000_000_000;

    /// <summary>Reads the units of a file.</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="options">How to read the file.</param>
    /// <returns>The units in file order, and the rejected rows.</returns>
    /// <exception cref="TextTableException">The file is missing, empty, or cannot be decoded.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static ImportResult<FleetUnits> ReadFile(string path, TextTableOptions? options = null)
    {
        using var table = TextTable.OpenFile(path, options);
        return Read(table);
    }

    /// <summary>Reads the units of an open table.</summary>
    /// <param name="table">The table, not yet read.</param>
    /// <returns>The units in source order, and the rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="TextTableException">The text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected.</exception>
    public static ImportResult<FleetUnits> Read(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var units = table.IndexOf("units");
        var attributes = AttributeColumns(table, units);
        var builder = new ImportResultBuilder<FleetUnits>();
        foreach (var row in table.ReadRows())
        {
            if (row.HasExtraFields)
            {
                builder.Reject(row.Line, TextTable.ExtraFieldsCode, table.ExtraFieldsReason(row));
                continue;
            }

            var count = 1L;
            if (units >= 0 && !long.TryParse(row[units]?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count))
            {
                builder.Reject(row.Line, table.Columns[units], "units.invalid", $"units '{row[units]}' is not a whole number ≥ 0");
                continue;
            }

            if (count > MaxUnits)
            {
                // Sums over millions of rows must stay within a 64-bit count.
                builder.Reject(row.Line, table.Columns[units], "units.too_large", $"units {count} is more than 10^12 units in one row");
                continue;
            }

            builder.Accept(new FleetUnits(Attributes(row, attributes), count));
        }

        return ImportRejectedException.ThrowIfStrict(builder.Build(), table.Options, table.Source);
    }

    /// <summary>The named columns of a table other than the given ones, in column order (the first of duplicate names).</summary>
    internal static (string Name, int Index)[] AttributeColumns(TextTable table, params int[] except) =>
        table.Columns
            .Select(name => (Name: name.Trim(), Index: table.IndexOf(name)))
            .Where(c => !except.Contains(c.Index) && c.Name.Length > 0)
            .Distinct()
            .OrderBy(c => c.Index)
            .ToArray();

    /// <summary>The non-blank attributes of a row.</summary>
    internal static Dictionary<string, string> Attributes(TextRow row, IEnumerable<(string Name, int Index)> columns)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, index) in columns)
        {
            if (row[index]?.Trim() is { Length: > 0 } value)
            {
                values[name] = value;
            }
        }

        return values;
    }
}

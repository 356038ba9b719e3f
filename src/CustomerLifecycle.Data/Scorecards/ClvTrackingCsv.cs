using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Data.Scorecards;

/// <summary>
/// Reads a CLV tracking file: one row per period, <c>period</c> (or <c>week</c>, <c>month</c>), <c>actual</c> (or
/// <c>actual_cumulative</c>), <c>expected</c> (or <c>expected_cumulative</c>), and an optional <c>holdout</c> column
/// (true, 1, yes, y or 是 from the first hold-out period on; false, 0, no, n, 否 or blank before it).
/// </summary>
/// <remarks>
/// Numbers are read as <see cref="NumberText"/> reads them with <see cref="TextTableOptions.Numbers"/>. Rejection codes:
/// <c>period.missing</c>, <c>actual.invalid</c>, <c>expected.invalid</c> (not a finite number of at least 0),
/// <c>holdout.invalid</c> (not a yes/no value).
/// </remarks>
public static class ClvTrackingCsv
{
    /// <summary>Reads the periods of a file.</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="options">How to read the file.</param>
    /// <returns>The periods in file order, and the rejected rows.</returns>
    /// <exception cref="TextTableException">The file is missing, empty, lacks a required column, or cannot be decoded.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static ImportResult<ClvTrackingRow> ReadFile(string path, TextTableOptions? options = null)
    {
        using var table = TextTable.OpenFile(path, options);
        return Read(table);
    }

    /// <summary>Reads the periods of an open table.</summary>
    /// <param name="table">The table, not yet read.</param>
    /// <returns>The periods in source order, and the rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="TextTableException">A required column is missing, or the text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected.</exception>
    public static ImportResult<ClvTrackingRow> Read(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var period = table.Require("period", "week", "month");
        var actual = table.Require("actual", "actual_cumulative");
        var expected = table.Require("expected", "expected_cumulative");
        var holdout = table.IndexOf("holdout", "hold_out");
        var numbers = table.Options.Numbers;
        var builder = new ImportResultBuilder<ClvTrackingRow>();
        foreach (var row in table.ReadRows())
        {
            if (row.HasExtraFields)
            {
                builder.Reject(row.Line, TextTable.ExtraFieldsCode, table.ExtraFieldsReason(row));
                continue;
            }

            var label = row[period]?.Trim();
            if (string.IsNullOrEmpty(label))
            {
                builder.Reject(row.Line, table.Columns[period], "period.missing", "the period is empty");
            }
            else if (!TryCount(row[actual], numbers, out var a))
            {
                builder.Reject(row.Line, table.Columns[actual], "actual.invalid", $"actual '{row[actual]}' is not a finite non-negative number");
            }
            else if (!TryCount(row[expected], numbers, out var e))
            {
                builder.Reject(row.Line, table.Columns[expected], "expected.invalid", $"expected '{row[expected]}' is not a finite non-negative number");
            }
            else if (!Flags.TryParse(row[holdout], out var isHoldout))
            {
                builder.Reject(row.Line, table.Columns[holdout], "holdout.invalid", $"holdout '{row[holdout]}' is not {Flags.Forms}");
            }
            else
            {
                builder.Accept(new ClvTrackingRow(row.Line, label, a, e, isHoldout));
            }
        }

        return ImportRejectedException.ThrowIfStrict(builder.Build(), table.Options, table.Source);
    }

    private static bool TryCount(string? text, NumberConvention numbers, out double value) =>
        NumberText.TryParseDouble(text, numbers, out value, out _) && value >= 0d;
}

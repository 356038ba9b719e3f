using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Cli.Report;
using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Cli.Commands.Report;

/// <summary>
/// A CLV tracking file: one row per period with cumulative repeat transactions, <c>period,actual,expected</c>, and an
/// optional <c>holdout</c> column (true/1 from the first hold-out period on). Bad rows are rejected with line and reason.
/// </summary>
internal sealed record ClvTrackingCsv(string Path, ImportResult<ClvTrackingPointView> Import, int? HoldoutStart)
{
    public static ClvTrackingCsv Read(string path)
    {
        using var table = CsvTable.Open(path);
        var period = table.Require("period", "week", "month");
        var actual = table.Require("actual", "actual_cumulative");
        var expected = table.Require("expected", "expected_cumulative");
        var holdout = table.IndexOf("holdout", "hold_out");
        var builder = new ImportResultBuilder<ClvTrackingPointView>();
        int? holdoutStart = null;
        while (table.Read())
        {
            if (table.IsBlankRow())
            {
                continue;
            }

            var label = table.Get(period)?.Trim();
            if (string.IsNullOrEmpty(label))
            {
                builder.Reject(table.Line, "period.missing", "the period is empty");
                continue;
            }

            if (!TryCount(table.Get(actual), out var a))
            {
                builder.Reject(table.Line, "actual.invalid", $"actual '{table.Get(actual)}' is not a finite non-negative number");
                continue;
            }

            if (!TryCount(table.Get(expected), out var e))
            {
                builder.Reject(table.Line, "expected.invalid", $"expected '{table.Get(expected)}' is not a finite non-negative number");
                continue;
            }

            var isHoldout = table.Get(holdout)?.Trim().ToUpperInvariant() is "TRUE" or "1" or "YES";
            if (isHoldout && holdoutStart is null)
            {
                holdoutStart = builder.AcceptedCount;
            }

            builder.Accept(new ClvTrackingPointView(label, a, e));
        }

        return new ClvTrackingCsv(path, builder.Build(), holdoutStart);
    }

    private static bool TryCount(string? text, out double value) =>
        double.TryParse(text?.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && value >= 0d;
}

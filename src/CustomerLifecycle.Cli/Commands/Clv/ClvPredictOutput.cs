using System.CommandLine;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Parquet.Writing;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// <c>clv predict -o &lt;file&gt;</c>: every prediction row to a file through <see cref="OutputFile"/> — CSV, or for a name
/// ending in <c>.parquet</c> typed Parquet columns: the customer id as text, whole numbers (periods, counts of the
/// discrete models) as INT64, everything else (model outputs, continuous frequency, recency and T) as DOUBLE.
/// </summary>
internal static class ClvPredictOutput
{
    public static Option<string?> Option() => new("--output", "-o")
    {
        Description = "Write every prediction to this file instead of printing them: CSV, or typed Parquet for a name ending in .parquet.",
    };

    /// <summary>Writes the report's rows to <paramref name="target"/>, which may be none of the inputs.</summary>
    public static void Write(string target, ClvPredictJson report, params IEnumerable<string?> inputs)
    {
        if (ParquetFiles.IsParquet(target))
        {
            ParquetFiles.WriteTable(target, Columns(report), inputs);
        }
        else
        {
            OutputFile.Write(target, ClvPredictCommand.ToCsv(report.Columns, report.Predictions), inputs);
        }
    }

    /// <summary>One typed column per report column, its type taken from the values (text, whole numbers, else doubles).</summary>
    internal static IReadOnlyList<ParquetOutputColumn> Columns(ClvPredictJson report)
    {
        var rows = report.Predictions.Select(Values).ToArray();
        return report.Columns.Select((name, c) =>
        {
            var values = rows.Select(r => c < r.Length ? r[c] : null).ToArray();
            return values.Any(v => v is string) ? ParquetOutputColumn.Text(name, values.Select(v => (string?)v).ToArray())
                : values.All(v => v is null or int) ? ParquetOutputColumn.Integers(name, values.Select(v => (long?)(int?)v).ToArray())
                : ParquetOutputColumn.Doubles(name, values.Select(v => v is int i ? i : (double?)v).ToArray());
        }).ToArray();
    }

    /// <summary>A row's values in column order: the id as text (null when absent), whole numbers as int, others as double.</summary>
    private static object?[] Values(object row) => row switch
    {
        ContinuousPredictionJson r => [r.CustomerId, r.Frequency, r.Recency, r.T, r.ExpectedPurchases, r.PAlive, .. Optional(r.ExpectedSpend), .. Optional(r.Clv), .. r.Extra.Values.Select(v => v as double?)],
        DiscretePredictionJson r => [r.CustomerId, r.Frequency, r.Recency, r.Periods, r.Weight, r.ExpectedPurchases, r.PAlive, .. Optional(r.Dert)],
        CohortPredictionJson r => [r.Period, r.Alive, r.ExpectedAlive, r.Survival, r.Retention, .. Optional(r.Derl)],
        _ => throw new InvalidOperationException("unknown prediction row"),
    };

    private static object?[] Optional(double? value) => value is { } v ? [v] : [];
}

using System.Globalization;
using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Diagnostics;
using CustomerLifecycle.Scoring.Clv.Models;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// <c>clv diagnose rows.csv --model bg-bb --holdout &lt;column&gt; --holdout-periods &lt;n*&gt;</c>: BG/BB rows read by
/// <see cref="DiscreteSummaryReader"/>, each with its holdout transactions (of the row's customers together), fitted and
/// checked by <see cref="ClvDiscreteDiagnostics"/>: bins by frequency and by recency.
/// </summary>
internal static class ClvDiagnoseDiscrete
{
    public static void Run(string path, string? holdoutColumn, int? holdoutPeriods, ClvDiagnosticsOptions options, TextTableOptions text, bool json)
    {
        if (holdoutColumn is null)
        {
            throw new UnusableInputException("--model bg-bb needs --holdout <column>: the holdout transactions of each row");
        }

        if (holdoutPeriods < 1)
        {
            throw new UnusableInputException($"--holdout-periods: must be at least 1; got {holdoutPeriods}");
        }

        var rows = TextInput.Read(path, text, DiscreteSummaryReader.Read);
        holdoutPeriods ??= SameLength(path, rows.Accepted);
        var skipped = rows.Rejected.Select(r => r.Line).ToHashSet();
        var counts = TextInput.Read(path, text, table => ReadHoldout(table, holdoutColumn, skipped));
        var accepted = new List<DiscreteSummary>();
        var holdout = new List<double>();
        var rejected = rows.Rejected.ToList();
        for (var i = 0; i < rows.Accepted.Count; i++)
        {
            if (counts[i].Count is { } c)
            {
                accepted.Add(rows.Accepted[i]);
                holdout.Add(c);
            }
            else
            {
                rejected.Add(new RejectedRow(counts[i].Line, "holdout.invalid", $"{holdoutColumn} \"{counts[i].Text}\" is not a finite number ≥ 0") { Column = holdoutColumn });
            }
        }

        rejected.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (rejected.Count > 0 && text.Strict)
        {
            TextInput.Read<int>(() => throw new ImportRejectedException(path, rejected, rows.RowCount));
        }

        if (accepted.Count == 0)
        {
            Rejections.Warn(path, rejected);
            throw new UnusableInputException($"{path}: no usable rows to fit");
        }

        Console.Error.WriteLine($"{path}: fitting bg-bb on {accepted.Sum(r => r.Weight).ToString("G", CultureInfo.InvariantCulture)} customers…");
        var diagnosed = ClvDiagnoseCommand.Library(() => ClvDiscreteDiagnostics.Diagnose(BgBbModel.Fit(accepted, options.Fit), accepted, holdout, holdoutPeriods.Value, options.Bins, options.Convergence), path);
        if (json)
        {
            Terminal.WriteRaw(CliJson.Serialize(new ClvDiagnoseDiscreteJson(path, holdoutPeriods.Value, accepted.Sum(r => r.Weight), RejectedJson.From(rejected), [DiagnosedModelJson.From(diagnosed)])));
        }
        else
        {
            WriteTables(path, diagnosed);
        }

        if (!diagnosed.Fit.Converged)
        {
            Console.Error.WriteLine($"lifecycle: warning: the bg-bb fit did not converge ({diagnosed.Fit.Message}); its diagnostics describe an unfinished fit");
        }

        Rejections.Warn(path, rejected);
    }

    /// <summary>Without --holdout-periods: a holdout as long as the calibration, when every row has the same n.</summary>
    private static int SameLength(string path, IReadOnlyList<DiscreteSummary> rows)
    {
        var lengths = rows.Select(r => r.Periods).Distinct().ToArray();
        if (lengths.Length != 1)
        {
            throw new UnusableInputException($"{path}: the rows have different numbers of calibration opportunities; give --holdout-periods <n>");
        }

        Console.Error.WriteLine($"{path}: no --holdout-periods: a holdout of {lengths[0]} opportunities, as long as the calibration, is assumed");
        return lengths[0];
    }

    /// <summary>The holdout count of every row the summary reader accepted (null when unreadable), in file order.</summary>
    private static List<(int Line, string? Text, double? Count)> ReadHoldout(TextTable table, string column, HashSet<int> skipped)
    {
        var index = table.Require(column);
        var counts = new List<(int, string?, double?)>();
        foreach (var row in table.ReadRows())
        {
            if (skipped.Contains(row.Line))
            {
                continue;
            }

            var text = row[index];
            counts.Add((row.Line, text, NumberText.TryParseDouble(text, table.Options.Numbers, out var v, out _) && double.IsFinite(v) && v >= 0d ? v : null));
        }

        return counts;
    }

    private static void WriteTables(string path, ClvDiscreteModelDiagnostics d)
    {
        var console = Terminal.Out;
        console.Profile.Width = Math.Max(console.Profile.Width, 120);
        console.WriteLine($"bg-bb on {path}: log-likelihood {Show(d.Fit.LogLikelihood)}, AIC {Show(d.Fit.Aic)}, BIC {Show(d.Fit.Bic)}; "
            + $"holdout actual {Show(d.Holdout.TotalActual)}, expected {Show(d.Holdout.TotalExpected)}; MAE {Show(d.Holdout.MeanAbsoluteError)}, RMSE {Show(d.Holdout.RootMeanSquaredError)}"
            + (d.Fit.Converged ? string.Empty : " (NOT converged)"));
        foreach (var (title, bins) in new[] { ("frequency x", d.FrequencyBins), ("recency t_x", d.RecencyBins) })
        {
            var table = new Table().Title($"Mean holdout transactions by {title}");
            table.AddColumn(title);
            foreach (var heading in new[] { "customers", "actual", "expected" })
            {
                table.AddColumn(new TableColumn(heading).RightAligned());
            }

            foreach (var b in bins)
            {
                table.AddRow(b.Label, Show(b.Customers), Show(b.Actual), Show(b.Expected));
            }

            console.Write(table);
        }
    }

    private static string Show(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}

/// <summary>The <c>--json</c> report of <c>clv diagnose --model bg-bb</c>.</summary>
internal sealed record ClvDiagnoseDiscreteJson(string File, int HoldoutPeriods, double Customers, IReadOnlyList<RejectedJson> Rejected, IReadOnlyList<DiagnosedModelJson> Models);

/// <summary>One recency bin: t_x is the recency (the lower bound of the last, "k+" bin).</summary>
internal sealed record RecencyBinJson([property: System.Text.Json.Serialization.JsonPropertyName("t_x")] int Recency, string Label, double Customers, double Actual, double Expected);

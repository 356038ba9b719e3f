using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scoring.Clv.Models;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// <c>lifecycle clv predict &lt;summary.csv&gt; --model … [--params fit.json] --horizon &lt;t&gt; [--discount &lt;rate&gt;] [--csv|--json]</c>:
/// per-customer predictions (bg-bb: expected transactions in the next t opportunities, P(alive), DERT with a discount) or,
/// for sbg, the cohort's projected survivors per period (with DERL when discounted). Without <c>--params</c> it fits first.
/// </summary>
internal static class ClvPredictCommand
{
    private const int TableRows = 50;

    public static Command Create()
    {
        var file = new Argument<string>("summary") { Description = "The summary CSV, in the layout of 'clv fit' for the model." };
        var model = ClvFitCommand.ModelOption(required: false);
        var parameters = new Option<string?>("--params") { Description = "A fit saved by 'clv fit --json'; without it the model is fitted first." };
        var horizon = new Option<double>("--horizon")
        {
            Description = "How far ahead, in the data's own period unit (whole opportunities for bg-bb, periods for sbg).",
            Required = true,
        };
        var discount = new Option<double?>("--discount") { Description = "Discount rate per period (0.01 for 1 %), > 0: adds DERT (bg-bb) or DERL (sbg)." };
        var csv = new Option<bool>("--csv") { Description = "Print CSV instead of a table." };
        var json = CommonOptions.Json();
        var command = new Command("predict", "Predict per customer (or, for sbg, per period) with a fitted model: expected purchases, P(alive), discounted values.");
        command.Arguments.Add(file);
        command.Options.Add(model);
        command.Options.Add(parameters);
        command.Options.Add(horizon);
        command.Options.Add(discount);
        command.Options.Add(csv);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var saved = parse.GetValue(parameters) is { } p ? SavedFit.Read(p) : null;
            var name = ResolveModel(parse.GetValue(model), saved);
            var t = parse.GetValue(horizon);
            var d = parse.GetValue(discount);
            if (d is { } rate && !(double.IsFinite(rate) && rate > 0d))
            {
                throw new UnusableInputException($"--discount: must be a rate > 0 per period (0.01 for 1 %); got {ClvFitInputs.Format(rate)}");
            }

            var report = name switch
            {
                "bg-bb" => PredictDiscrete(path, saved, Whole(t), d),
                "sbg" => PredictCohort(path, saved, Whole(t), d),
                _ => PredictContinuous(path, name, saved, t, d),
            };
            if (parse.GetValue(json))
            {
                Terminal.WriteRaw(CliJson.Serialize(report));
            }
            else if (parse.GetValue(csv))
            {
                Console.Out.Write(ToCsv(report.Columns, report.Predictions));
            }
            else
            {
                WriteTable(report);
            }

            Rejections.Warn(path, report.RejectedRows);
            if (report.Fit is { Converged: false } fit)
            {
                Console.Error.WriteLine($"lifecycle: warning: the {fit.Model} fit did not converge ({fit.Message}); its predictions are not trustworthy");
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static string ResolveModel(string? model, SavedFit? saved)
    {
        if (saved is not null && model is not null && !string.Equals(model, saved.Model, StringComparison.Ordinal))
        {
            throw new UnusableInputException($"--model {model} does not match the saved fit's model {saved.Model}");
        }

        return model ?? saved?.Model ?? throw new UnusableInputException("give --model or --params");
    }

    private static int Whole(double horizon) => double.IsFinite(horizon) && horizon >= 0d && Math.Floor(horizon) == horizon && horizon <= 1_000_000d
        ? (int)horizon
        : throw new UnusableInputException($"--horizon: a discrete model needs a whole number of periods 0–1,000,000; got {ClvFitInputs.Format(horizon)}");

    private static ClvPredictJson PredictDiscrete(string path, SavedFit? saved, int horizon, double? discount)
    {
        var import = ClvFitInputs.ReadDiscrete(path);
        ClvFitJson? fitted = null;
        BgBbModel model;
        if (saved is null)
        {
            if (import.Accepted.Count == 0)
            {
                Rejections.Warn(path, import.Rejected);
                throw new UnusableInputException($"{path}: no usable rows to fit");
            }

            Console.Error.WriteLine($"{path}: fitting bg-bb…");
            var fit = BgBbModel.Fit(import.Accepted);
            fitted = ClvFitJson.From(path, new ClvFitOutcome(fit, import.Rejected, import.RowCount));
            model = BgBbModel.FromFit(fit);
        }
        else
        {
            model = saved.Build(p => new BgBbModel(p("alpha"), p("beta"), p("gamma"), p("delta")));
        }

        var rows = import.Accepted.Select(r => (object)new DiscretePredictionJson(
            r.Customer?.Value,
            r.Frequency,
            r.Recency,
            r.Periods,
            r.Weight,
            model.ConditionalExpectedTransactions(r, horizon),
            model.ProbabilityAlive(r),
            discount is { } d ? model.DiscountedExpectedResidualTransactions(r, d) : null)).ToArray();
        string[] columns = ["customer_id", "frequency", "recency", "periods", "weight", "expected_purchases", "p_alive", .. discount is null ? Array.Empty<string>() : ["dert"]];
        var parameters = new Dictionary<string, double> { ["alpha"] = model.Alpha, ["beta"] = model.Beta, ["gamma"] = model.Gamma, ["delta"] = model.Delta };
        return new ClvPredictJson(path, "bg-bb", parameters, horizon, discount, fitted, RejectedJsonOf(import.Rejected), columns, rows, import.Rejected);
    }

    private static ClvPredictJson PredictContinuous(string path, string name, SavedFit? saved, double horizon, double? discount)
    {
        if (!double.IsFinite(horizon) || horizon < 0d)
        {
            throw new UnusableInputException($"--horizon: must be a finite number of periods ≥ 0; got {ClvFitInputs.Format(horizon)}");
        }

        var summary = SummaryCsv.Read(path);
        var customers = summary.Import.Accepted;
        if (customers.Count == 0)
        {
            Rejections.Warn(path, summary.Import.Rejected);
            throw new UnusableInputException($"{path}: no usable rows");
        }

        ClvFitJson? fitted = null;
        ClvModelFit fit;
        var options = new ClvFitOptions();
        if (saved is null)
        {
            if (!ClvFitContinuous.IsTransactionModel(name))
            {
                throw new UnusableInputException($"--model {name}: predict needs bg-nbd, mbg-nbd, pareto-nbd, bg-bb or sbg (Gamma-Gamma is added when the file has monetary values)");
            }

            Console.Error.WriteLine($"{path}: fitting {name}…");
            fit = ClvFitContinuous.Fit(name, customers, options);
            fitted = ClvFitJson.From(path, new ClvFitOutcome(fit, summary.Import.Rejected, summary.Import.RowCount));
        }
        else
        {
            fit = saved.ToFit();
        }

        var model = saved is null ? ClvFitContinuous.TransactionModel(fit) : saved.Build(_ => ClvFitContinuous.TransactionModel(fit));
        GammaGammaModel? spend = null;
        if (summary.HasMonetaryValues)
        {
            Console.Error.WriteLine($"{path}: fitting gamma-gamma for the spend…");
            var (usable, refused) = summary.ForSpendModel();
            if (refused.Count > 0)
            {
                Console.Error.WriteLine($"{path}: {refused.Count} repeat buyer(s) without a positive mean spend left out of the gamma-gamma fit (first at line {refused[0].Line}); their expected spend still comes from the fitted model");
            }

            var spendFit = ClvFitContinuous.Fit("gamma-gamma", usable, options);
            if (!spendFit.Converged)
            {
                Console.Error.WriteLine($"lifecycle: warning: the gamma-gamma fit did not converge ({spendFit.Message}); expected_spend and clv are not trustworthy");
            }

            spend = GammaGammaModel.FromFit(spendFit);
        }

        var rows = customers.Select(c =>
        {
            var expected = model.ConditionalExpectedTransactions(horizon, c.Frequency, c.Recency, c.Age);
            double? value = spend is null ? null : spend.ExpectedSpend(c.Frequency, (double)(c.MonetaryValue ?? 0m));
            return (object)new ContinuousPredictionJson(
                c.Customer?.Value,
                c.Frequency,
                c.Recency,
                c.Age,
                expected,
                model.ProbabilityAlive(c.Frequency, c.Recency, c.Age),
                value,
                value is { } v ? ClvFitContinuous.Clv(model, c, horizon, discount, v) : null);
        }).ToArray();
        string[] columns = ["customer_id", "frequency", "recency", "T", "expected_purchases", "p_alive", .. spend is null ? Array.Empty<string>() : ["expected_spend", "clv"]];
        var parameters = model.Parameters.ToDictionary(p => p.Name, p => p.Value);
        return new ClvPredictJson(path, name, parameters, horizon, discount, fitted, RejectedJsonOf(summary.Import.Rejected), columns, rows, summary.Import.Rejected);
    }

    private static ClvPredictJson PredictCohort(string path, SavedFit? saved, int horizon, double? discount)
    {
        var (cohort, rows, rejected) = ClvFitInputs.ReadCohort(path);
        ClvFitJson? fitted = null;
        SbgModel model;
        if (saved is null)
        {
            Console.Error.WriteLine($"{path}: fitting sbg…");
            var fit = SbgModel.Fit([cohort]);
            fitted = ClvFitJson.From(path, new ClvFitOutcome(fit, rejected, rows));
            model = SbgModel.FromFit(fit);
        }
        else
        {
            model = saved.Build(p => new SbgModel(p("alpha"), p("beta")));
        }

        var last = Math.Max(horizon, cohort.Periods);
        var expected = model.ExpectedSurvivors(cohort.CohortSize, last);
        var predictions = Enumerable.Range(0, last + 1).Select(t => (object)new CohortPredictionJson(
            t,
            t <= cohort.Periods ? cohort.Alive[t] : null,
            expected[t],
            model.Survival(t),
            t == 0 ? null : model.Retention(t),
            discount is { } d ? model.DiscountedExpectedResidualLifetime(d, t) : null)).ToArray();
        string[] columns = ["period", "alive", "expected_alive", "survival", "retention", .. discount is null ? Array.Empty<string>() : ["derl"]];
        var parameters = new Dictionary<string, double> { ["alpha"] = model.Alpha, ["beta"] = model.Beta };
        return new ClvPredictJson(path, "sbg", parameters, horizon, discount, fitted, RejectedJsonOf(rejected), columns, predictions, rejected);
    }

    private static Nps.RejectedJson[] RejectedJsonOf(IReadOnlyList<RejectedRow> rows) => Nps.RejectedJson.From(rows);

    private static string ToCsv(IReadOnlyList<string> columns, IReadOnlyList<object> rows)
    {
        var sb = new StringBuilder().AppendJoin(',', columns).Append('\n');
        foreach (var row in rows)
        {
            sb.AppendJoin(',', Cells(row)).Append('\n');
        }

        return sb.ToString();
    }

    private static IEnumerable<string> Cells(object row) => row switch
    {
        ContinuousPredictionJson r => [Quote(r.CustomerId ?? string.Empty), Num(r.Frequency), Num(r.Recency), Num(r.T), Num(r.ExpectedPurchases), Num(r.PAlive), .. Optional(r.ExpectedSpend), .. Optional(r.Clv)],
        DiscretePredictionJson r => [Quote(r.CustomerId ?? string.Empty), Num(r.Frequency), Num(r.Recency), Num(r.Periods), Num(r.Weight), Num(r.ExpectedPurchases), Num(r.PAlive), .. Optional(r.Dert)],
        CohortPredictionJson r => [Num(r.Period), r.Alive is { } a ? Num(a) : string.Empty, Num(r.ExpectedAlive), Num(r.Survival), r.Retention is { } k ? Num(k) : string.Empty, .. Optional(r.Derl)],
        _ => throw new InvalidOperationException("unknown prediction row"),
    };

    private static string[] Optional(double? value) => value is { } v ? [Num(v)] : [];

    private static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string field) => field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static void WriteTable(ClvPredictJson report)
    {
        var table = new Table().Title($"{report.Model} predictions, horizon {Num(report.Horizon)}" + (report.Discount is { } d ? $", discount {Num(d)}" : string.Empty));
        foreach (var c in report.Columns)
        {
            table.AddColumn(new TableColumn(c).RightAligned());
        }

        foreach (var row in report.Predictions.Take(TableRows))
        {
            table.AddRow(Cells(row).Select(cell => Markup.Escape(Round(cell))).ToArray());
        }

        var console = Terminal.Out;
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        console.Write(table);
        if (report.Predictions.Count > TableRows)
        {
            console.WriteLine($"… {report.Predictions.Count - TableRows} more rows (use --csv or --json for all)");
        }
    }

    private static string Round(string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && Math.Floor(v) != v
            ? v.ToString("G6", CultureInfo.InvariantCulture)
            : cell;

    /// <summary>A fit read back from the JSON of <c>clv fit --json</c>: its model name and parameters.</summary>
    private sealed record SavedFit(string Path, string Model, IReadOnlyDictionary<string, double> Parameters)
    {
        public static SavedFit Read(string path)
        {
            if (!File.Exists(path))
            {
                throw new UnusableInputException($"--params {path}: no such file");
            }

            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(path));
                var root = doc.RootElement;
                var model = root.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : throw Bad(path, "no \"model\" string");
                if (!root.TryGetProperty("parameters", out var ps) || ps.ValueKind != JsonValueKind.Object)
                {
                    throw Bad(path, "no \"parameters\" object");
                }

                var parameters = new Dictionary<string, double>(StringComparer.Ordinal);
                foreach (var p in ps.EnumerateObject())
                {
                    parameters[p.Name] = p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetDouble() : throw Bad(path, $"parameter \"{p.Name}\" is not a number");
                }

                return new SavedFit(path, model, parameters);
            }
            catch (JsonException ex)
            {
                throw Bad(path, ex.Message);
            }
        }

        public ClvModelFit ToFit()
        {
            try
            {
                return new ClvModelFit(Model, Parameters.Select(p => new ClvParameter(p.Key, p.Value, null)), 0d, 0, true, "read from " + Path, 0, 0d);
            }
            catch (ArgumentException ex)
            {
                throw Bad(Path, ex.Sentence());
            }
        }

        public T Build<T>(Func<Func<string, double>, T> make)
        {
            try
            {
                return make(name => Parameters.TryGetValue(name, out var v) ? v : throw Bad(Path, $"the {Model} parameter \"{name}\" is missing"));
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw Bad(Path, $"parameter {ex.ParamName} must be a finite number > 0");
            }
            catch (ArgumentException ex)
            {
                throw Bad(Path, ex.Sentence());
            }
        }

        private static UnusableInputException Bad(string path, string why) => new($"--params {path}: not a saved fit ({why})");
    }
}

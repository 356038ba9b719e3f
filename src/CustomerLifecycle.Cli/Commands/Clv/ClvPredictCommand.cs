using System.CommandLine;
using System.Globalization;
using System.Text;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Models;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Writers;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;
using NodaTime;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// <c>lifecycle clv predict &lt;summary.csv&gt; --model … [--params fit.json] --horizon &lt;t&gt; [--discount &lt;rate&gt;] [--csv|--json]</c>:
/// per-customer predictions (bg-bb: expected transactions in the next t opportunities, P(alive), DERT with a discount) or,
/// for sbg, the cohort's projected survivors per period (with DERL when discounted). Without <c>--params</c> it fits first.
/// <see cref="ClvPredictExtras"/> adds <c>--derl</c>, <c>--dert</c>, <c>--new-customer</c> and <c>--interval</c>.
/// </summary>
internal static class ClvPredictCommand
{
    private const int TableRows = 50;

    public static Command Create()
    {
        var file = new Argument<string>("summary") { Description = "The summary CSV, in the layout of 'clv fit' for the model." };
        var model = ClvFitCommand.ModelOption(required: false);
        var parameters = new Option<string?>("--params") { Description = "A fit saved by 'clv fit --json'; without it the model is fitted first." };
        var horizon = new Option<double?>("--horizon")
        {
            Description = "How far ahead, in the data's own period unit (whole opportunities for bg-bb, periods for sbg; sbg defaults to the observed periods).",
        };
        var discount = new Option<double?>("--discount") { Description = "Discount rate per period (0.01 for 1 %), > 0: adds DERT (bg-bb) or DERL (sbg)." };
        var csv = new Option<bool>("--csv") { Description = "Print CSV instead of a table." };
        var allowUnconverged = new Option<bool>("--allow-unconverged")
        {
            Description = "Predict even with a fit that did not converge (one warning on stderr); without it such a fit is refused (exit 2).",
        };
        var json = CommonOptions.Json();
        var output = ClvPredictOutput.Option();
        var command = new Command("predict", "Predict per customer (or, for sbg, per period) with a fitted model: expected purchases, P(alive), discounted values.");
        command.Arguments.Add(file);
        command.Options.Add(model);
        command.Options.Add(parameters);
        command.Options.Add(horizon);
        command.Options.Add(discount);
        command.Options.Add(csv);
        command.Options.Add(allowUnconverged);
        command.Options.Add(json);
        command.Options.Add(output);
        var extraOptions = ClvPredictExtras.Options.AddTo(command);
        var covariates = new ClvPredictCovariates();
        covariates.AddTo(command);
        var text = new TextInput();
        text.AddTo(command, strict: false);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var input = text.Resolve(parse, DateTimeZone.Utc);
            var saved = parse.GetValue(parameters) is { } p ? SavedFit.Read(p) : null;
            var policy = parse.GetValue(allowUnconverged) ? ClvConvergencePolicy.AllowUnconverged : ClvConvergencePolicy.RequireConverged;
            var name = ResolveModel(parse.GetValue(model), saved);
            var t = parse.GetValue(horizon);
            var d = parse.GetValue(discount);
            if (d is { } rate && !(double.IsFinite(rate) && rate > 0d))
            {
                throw new UnusableInputException($"--discount: must be a rate > 0 per period (0.01 for 1 %); got {Num(rate)}");
            }

            if (d is { } tiny && 1d + tiny == 1d)
            {
                throw new UnusableInputException($"--discount: {Num(tiny)} is out of range: too small to discount anything (1 + rate rounds to 1); leave --discount out for undiscounted values");
            }

            var extras = extraOptions.Read(parse, name, d);
            var report = name switch
            {
                _ when covariates.File(parse) is { } c => ClvPredictCovariates.Predict(path, input, c, name, saved is not null, policy, Required(t, name), d, extras),
                "bg-bb" => PredictDiscrete(path, input, saved, policy, Whole(Required(t, name)), d, extras),
                "sbg" => PredictCohort(path, input, saved, policy, t is { } periods ? Whole(periods) : null, d, extras),
                _ => PredictContinuous(path, input, name, saved, policy, Required(t, name), d, extras),
            };
            var target = parse.GetValue(output);
            if (target is not null)
            {
                ClvPredictOutput.Write(target, report, path, parse.GetValue(parameters));
            }

            if (parse.GetValue(json))
            {
                Terminal.WriteRaw(CliJson.Serialize(report));
            }
            else if (target is not null)
            {
                Console.Error.WriteLine($"{path}: {report.Predictions.Count} predictions written to {target}");
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
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string ResolveModel(string? model, SavedFit? saved)
    {
        if (saved is not null && model is not null && !string.Equals(model, saved.ModelName, StringComparison.Ordinal))
        {
            throw new UnusableInputException($"--model {model} does not match the saved fit's model {saved.ModelName}");
        }

        return model ?? saved?.ModelName ?? throw new UnusableInputException("give --model or --params");
    }

    private static double Required(double? horizon, string model) =>
        horizon ?? throw new UnusableInputException($"--horizon: required for {model} (how far ahead, in the data's own period unit)");

    private static int Whole(double horizon) => double.IsFinite(horizon) && horizon >= 0d && Math.Floor(horizon) == horizon && horizon <= 1_000_000d
        ? (int)horizon
        : throw new UnusableInputException($"--horizon: a discrete model needs a whole number of periods 0–1,000,000; got {Num(horizon)}");

    private static ClvPredictJson PredictDiscrete(string path, TextTableOptions text, SavedFit? saved, ClvConvergencePolicy policy, int horizon, double? discount, ClvPredictExtras extras)
    {
        var import = ClvFitInputs.ReadDiscrete(path, text);
        ClvFitJson? fitted = null;
        BgBbModel model;
        ClvModelFit fit;
        if (saved is null)
        {
            if (import.Accepted.Count == 0)
            {
                Rejections.Warn(path, import.Rejected, import.RowCount);
                throw new UnusableInputException($"{path}: no usable rows to fit");
            }

            Console.Error.WriteLine($"{path}: fitting bg-bb…");
            fit = BgBbModel.Fit(import.Accepted);
            fitted = ClvFitJson.From(path, new ClvFitOutcome(fit, import.Rejected, import.RowCount));
            model = (BgBbModel)SavedFit.Fitted(path, fit).Model(policy);
        }
        else
        {
            model = (BgBbModel)saved.Model(policy);
            fit = saved.Fit();
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
        var interval = extras.ApplyBgBb(import.Accepted, rows, fit, saved is not null, horizon, discount);
        string[] columns = ["customer_id", "frequency", "recency", "periods", "weight", "expected_purchases", "p_alive", .. discount is null ? Array.Empty<string>() : ["dert"], .. extras.BgBbColumns(discount)];
        var parameters = new Dictionary<string, double> { ["alpha"] = model.Alpha, ["beta"] = model.Beta, ["gamma"] = model.Gamma, ["delta"] = model.Delta };
        return new ClvPredictJson(path, "bg-bb", parameters, horizon, discount, fitted, RejectedJsonOf(import.Rejected), columns, rows, import.Rejected)
        {
            NewCustomer = extras.NewCustomer ? new NewCustomerJson(NewCustomers.ExpectedTransactions(model, horizon)) : null,
            Interval = interval,
        };
    }

    private static ClvPredictJson PredictContinuous(string path, TextTableOptions text, string name, SavedFit? saved, ClvConvergencePolicy policy, double horizon, double? discount, ClvPredictExtras extras)
    {
        if (!double.IsFinite(horizon) || horizon < 0d)
        {
            throw new UnusableInputException($"--horizon: must be a finite number of periods ≥ 0; got {Num(horizon)}");
        }

        if (discount is not null && Math.Floor(horizon) != horizon)
        {
            throw new UnusableInputException($"--horizon: with --discount the horizon must be a whole number of periods (each period is discounted at its end); got {Num(horizon)}");
        }

        if (!ClvFitContinuous.IsTransactionModel(name))
        {
            throw new UnusableInputException($"--model {name}: predict needs bg-nbd, mbg-nbd, pareto-nbd, bg-bb or sbg (Gamma-Gamma is added when the file has monetary values)");
        }

        var summary = SummaryCsv.Read(path, text);
        var customers = summary.Import.Accepted;
        if (customers.Count == 0)
        {
            Rejections.Warn(path, summary.Import.Rejected, summary.Import.RowCount);
            throw new UnusableInputException($"{path}: no usable rows");
        }

        ClvFitJson? fitted = null;
        ClvModelFit? fit = null;
        ClvModelFit? spendFit = null;
        var options = new ClvFitOptions();
        if (saved is null)
        {
            Console.Error.WriteLine($"{path}: fitting {name}…");
            fit = ClvFitContinuous.Fit(name, customers, options);
            fitted = ClvFitJson.From(path, new ClvFitOutcome(fit, summary.Import.Rejected, summary.Import.RowCount));
            saved = SavedFit.Fitted(path, fit);
        }

        var model = (IRepeatTransactionModel)saved.Model(policy);
        GammaGammaModel? spend = null;
        if (summary.HasMonetaryValues)
        {
            (spendFit, spend) = ClvPredictSpend.Fit(path, summary, policy);
        }

        var rows = new ClvPredictor().Predict(model, spend, customers, horizon, discount).Select(p => new ContinuousPredictionJson(
            p.Customer?.Value, p.Frequency, p.Recency, p.Age, p.ExpectedTransactions, p.ProbabilityAlive, p.ExpectedSpend, p.Value)).ToArray();
        var interval = extras.Apply(path, customers, rows, model, fit ?? saved.Fit(), fit is null, spendFit, horizon, discount);
        string[] columns = ["customer_id", "frequency", "recency", "T", "expected_purchases", "p_alive", .. spend is null ? Array.Empty<string>() : ["expected_spend", "clv"], .. extras.Columns(spend is not null)];
        var parameters = model.Parameters.ToDictionary(p => p.Name, p => p.Value);
        return new ClvPredictJson(path, name, parameters, horizon, discount, fitted, RejectedJsonOf(summary.Import.Rejected), columns, rows, summary.Import.Rejected)
        {
            NewCustomer = extras.NewCustomer ? new NewCustomerJson(model.ExpectedTransactions(horizon)) : null,
            Interval = interval,
        };
    }

    private static ClvPredictJson PredictCohort(string path, TextTableOptions text, SavedFit? saved, ClvConvergencePolicy policy, int? periods, double? discount, ClvPredictExtras extras)
    {
        var (cohort, rows, rejected) = ClvFitInputs.ReadCohort(path, text);
        var horizon = periods ?? cohort.Periods;
        ClvFitJson? fitted = null;
        SbgModel model;
        ClvModelFit fit;
        if (saved is null)
        {
            Console.Error.WriteLine($"{path}: fitting sbg…");
            fit = SbgModel.Fit([cohort]);
            fitted = ClvFitJson.From(path, new ClvFitOutcome(fit, rejected, rows));
            model = (SbgModel)SavedFit.Fitted(path, fit).Model(policy);
        }
        else
        {
            model = (SbgModel)saved.Model(policy);
            fit = saved.Fit();
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
        var interval = extras.ApplySbg(predictions, fit, saved is not null, discount);
        string[] columns = ["period", "alive", "expected_alive", "survival", "retention", .. discount is null ? Array.Empty<string>() : ["derl"], .. extras.SbgColumns(discount)];
        var parameters = new Dictionary<string, double> { ["alpha"] = model.Alpha, ["beta"] = model.Beta };
        return new ClvPredictJson(path, "sbg", parameters, horizon, discount, fitted, RejectedJsonOf(rejected), columns, predictions, rejected)
        {
            Derl = extras.Derl && discount is { } rate
                ? ContractualRenewals.ResidualLifetimes(model, rate, ClvPredictExtras.DerlRenewals).Select(v => new RenewalJson(v.Renewal, v.Value)).ToArray()
                : null,
            Interval = interval,
        };
    }

    private static Nps.RejectedJson[] RejectedJsonOf(IReadOnlyList<RejectedRow> rows) => Nps.RejectedJson.From(rows);

    internal static string ToCsv(IReadOnlyList<string> columns, IReadOnlyList<object> rows)
    {
        var sb = new StringBuilder().AppendJoin(',', columns).Append('\n');
        foreach (var row in rows)
        {
            sb.AppendJoin(',', Cells(row, CsvWriter.Number)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>A row's cells, each number written by <paramref name="num"/> (round-trip for files, short for the console).</summary>
    private static IEnumerable<string> Cells(object row, Func<double, string> num) => row switch
    {
        ContinuousPredictionJson r => [Quote(r.CustomerId ?? string.Empty), num(r.Frequency), num(r.Recency), num(r.T), num(r.ExpectedPurchases), num(r.PAlive), .. Optional(r.ExpectedSpend, num), .. Optional(r.Clv, num), .. ExtraCells(r.Extra, num)],
        DiscretePredictionJson r => [Quote(r.CustomerId ?? string.Empty), num(r.Frequency), num(r.Recency), num(r.Periods), num(r.Weight), num(r.ExpectedPurchases), num(r.PAlive), .. Optional(r.Dert, num), .. ExtraCells(r.Extra, num)],
        CohortPredictionJson r => [num(r.Period), r.Alive is { } a ? num(a) : string.Empty, num(r.ExpectedAlive), num(r.Survival), r.Retention is { } k ? num(k) : string.Empty, .. Optional(r.Derl, num), .. ExtraCells(r.Extra, num)],
        _ => throw new InvalidOperationException("unknown prediction row"),
    };

    private static string[] Optional(double? value, Func<double, string> num) => value is { } v ? [num(v)] : [];

    private static IEnumerable<string> ExtraCells(Dictionary<string, object?> extra, Func<double, string> num) => extra.Values.Select(v => v is double d ? num(d) : string.Empty);

    private static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string field) => CsvWriter.Quote(field);

    private static void WriteTable(ClvPredictJson report)
    {
        var table = new Table().Title($"{report.Model} predictions, horizon {Num(report.Horizon)}" + (report.Discount is { } d ? $", discount {Num(d)}" : string.Empty));
        foreach (var c in report.Columns)
        {
            table.AddColumn(new TableColumn(c).RightAligned());
        }

        foreach (var row in report.Predictions.Take(TableRows))
        {
            table.AddRow(Cells(row, Short).Select(Markup.Escape).ToArray());
        }

        var console = Terminal.Out;
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        console.Write(table);
        if (report.Predictions.Count > TableRows)
        {
            console.WriteLine($"… {report.Predictions.Count - TableRows} more rows (use --csv or --json for all)");
        }

        ClvPredictTableNotes.Write(console, report);
    }

    private static string Short(double value) => Math.Floor(value) != value ? value.ToString("G6", CultureInfo.InvariantCulture) : Num(value);

    /// <summary>
    /// A fit to predict with: read back by the library from the JSON of <c>clv fit --json</c> (parameters by name, any
    /// order), or made in this run; either way one convergence policy turns it into a model.
    /// </summary>
    internal sealed record SavedFit(string Source, FittedModelDocument Document)
    {
        public string ModelName => Document.Model;

        public static SavedFit Read(string path)
        {
            if (!File.Exists(path))
            {
                throw new UnusableInputException($"--params {path}: no such file");
            }

            try
            {
                using var stream = File.OpenRead(path);
                return new SavedFit("--params " + path, FittedModelJson.Read(stream));
            }
            catch (FittedModelException ex)
            {
                throw Bad("--params " + path, ex.Message);
            }
        }

        public static SavedFit Fitted(string path, ClvModelFit fit) => new(path, FittedModelDocument.From(fit));

        /// <summary>The saved fit with its covariance when recorded (for <c>--interval</c>).</summary>
        public ClvModelFit Fit()
        {
            try
            {
                return Document.ToFit();
            }
            catch (FittedModelException ex)
            {
                throw Bad(Source, ex.Message);
            }
        }

        /// <summary>The model; a fit that did not converge is refused (exit 2) unless allowed, then warned about once.</summary>
        public IClvModel Model(ClvConvergencePolicy policy)
        {
            try
            {
                var model = Document.ToModel(policy);
                if (!Document.Converged)
                {
                    Console.Error.WriteLine($"lifecycle: warning: the {Document.Model} fit did not converge ({Document.Message}); its predictions are not trustworthy");
                }

                return model;
            }
            catch (FittedModelException ex) when (ex.Problem == FittedModelProblem.NotConverged)
            {
                throw new UnusableInputException($"{Source}: {ex.Message}; give --allow-unconverged to predict with it anyway");
            }
            catch (FittedModelException ex)
            {
                throw Bad(Source, ex.Message);
            }
        }

        private static UnusableInputException Bad(string source, string why) => new($"{source}: not a saved fit ({why})");
    }
}

using System.CommandLine;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Diagnostics;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// <c>lifecycle clv diagnose &lt;transactions.csv&gt; --customer &lt;col&gt; --date &lt;col&gt; [--amount &lt;col&gt;] --period day|week|month
/// --calibration-end &lt;date&gt; [--end &lt;date&gt;] --model &lt;m&gt;[,&lt;m&gt;…] [--bins 7] [-o tracking.csv] [--json]</c>: fits each model
/// on the calibration period and checks it on the holdout (<see cref="ClvModelComparer"/>): AIC, BIC, holdout error,
/// frequency bins and the cohort's tracking series. The reading options are those of <c>clv summarize</c>.
/// </summary>
internal static class ClvDiagnoseCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("transactions") { Description = "Transaction log (CSV, TSV or whitespace table) with a header: one row per purchase." };
        var customer = new Option<string?>("--customer") { Description = "Column holding the customer id (required for a transaction log)." };
        var date = new Option<string?>("--date") { Description = "Column holding the purchase date or time stamp (ISO-8601, also 19970101 or 1997/1/1; required for a transaction log)." };
        var amount = new Option<string?>("--amount") { Description = "Column holding the amount paid; optional (a negative amount is a refund and is rejected)." };
        var period = new Option<string?>("--period") { Description = "Unit of time of the models and of the tracking periods: day, week (7 days) or month (required for a transaction log)." };
        var end = new Option<string?>("--end") { Description = "Last day of observation (YYYY-MM-DD, inclusive); the latest purchase date by default." };
        var calibrationEnd = new Option<string?>("--calibration-end") { Description = "Last day of the calibration period (inclusive); the models are fitted up to it and checked after it (required for a transaction log)." };
        var holdout = new Option<string?>("--holdout") { Description = "bg-bb: the column of each row's holdout transactions (of the row's customers together)." };
        var holdoutPeriods = new Option<int?>("--holdout-periods") { Description = "bg-bb: the purchase opportunities in the holdout, n*; by default as many as in the calibration (when every row has the same n)." };
        var groupBy = new Option<string>("--group-by")
        {
            Description = "Purchases in the same day, ISO week or calendar month count as one purchase: day (default), week or month.",
            DefaultValueFactory = _ => "day",
        };
        var models = new Option<string>("--model", "-m")
        {
            Description = "The models to compare, comma-separated: " + string.Join(", ", ClvModelComparer.Models) + "; or bg-bb alone, for BG/BB rows with --holdout.",
            Required = true,
        };
        var bins = new Option<int>("--bins") { Description = "Calibration-frequency bins 0 … k−1 and k+ (7 by default).", DefaultValueFactory = _ => ClvDiagnostics.DefaultBins };
        var output = new Option<string?>("--output", "-o") { Description = "Also write the first model's tracking CSV (the file 'lifecycle report' reads as clv*.csv / tracking*.csv)." };
        var allowUnconverged = new Option<bool>("--allow-unconverged") { Description = "Diagnose a model whose fit did not converge instead of refusing it (it is marked \"converged\": false)." };
        var maxIterations = ClvFitCommand.MaxIterationsOption();
        var zone = CommonOptions.Zone();
        var json = CommonOptions.Json();
        var text = new TextInput();

        var command = new Command(
            "diagnose",
            "Fit repeat-transaction models on a calibration period and check them on the holdout: AIC/BIC, holdout error, frequency bins, tracking.");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { customer, date, amount, period, end, calibrationEnd, groupBy, models, bins, holdout, holdoutPeriods, output, allowUnconverged, maxIterations, zone, json })
        {
            command.Options.Add(option);
        }

        text.AddTo(command);
        command.SetAction(parse =>
        {
            var names = Models(parse.GetValue(models)!);
            var options = Diagnostics(parse.GetValue(bins), parse.GetValue(allowUnconverged), ClvFitCommand.FitOptions(parse.GetValue(maxIterations)));
            var tz = CommonOptions.ResolveZone(parse.GetValue(zone));
            var textOptions = text.Resolve(parse, tz);
            var path = parse.GetValue(file)!;
            if (names is [BgBbModel.ModelName])
            {
                ClvDiagnoseDiscrete.Run(path, parse.GetValue(holdout), parse.GetValue(holdoutPeriods), options, textOptions, parse.GetValue(json));
                return ExitCodes.Ok;
            }

            var columns = new TransactionColumns(Needed(parse.GetValue(customer), "--customer"), Needed(parse.GetValue(date), "--date"), parse.GetValue(amount));
            var log = TextInput.Read(path, textOptions, table => TransactionLogReader.Read(table, columns));
            var observationEnd = ClvSummarizeCommand.ParseDate(parse.GetValue(end), "--end") ?? log.LatestDate(tz)
                ?? throw new UnusableInputException($"{path}: no readable purchase date; give --end");
            var calibration = ClvSummarizeCommand.ParseDate(Needed(parse.GetValue(calibrationEnd), "--calibration-end"), "--calibration-end")!.Value;
            if (calibration >= observationEnd)
            {
                throw new UnusableInputException($"--calibration-end {ClvSummarizeCommand.Iso(calibration)} must be before the observation end {ClvSummarizeCommand.Iso(observationEnd)}");
            }

            var summaryOptions = new TransactionSummaryOptions
            {
                Unit = ClvSummarizeCommand.Unit(Needed(parse.GetValue(period), "--period"), "--period"),
                ObservationEnd = observationEnd,
                CalibrationEnd = calibration,
                Zone = tz,
                PurchaseGrouping = ClvSummarizeCommand.Unit(parse.GetValue(groupBy)!, "--group-by"),
            };
            var data = Library(() => ClvHoldoutData.FromTransactions(log.Records, summaryOptions), path);
            if (textOptions.Strict && data.Summary.Rejected.Count > 0)
            {
                TextInput.Read<int>(() => throw new ImportRejectedException(log.Source, data.Summary.Rejected, log.Records.Count));
            }

            Console.Error.WriteLine($"{path}: fitting {string.Join(", ", names)} on {data.Summary.Customers.Count} customers…");
            var diagnosed = Library(() => new ClvModelComparer(options).Compare(data, names), path);
            var outputPath = parse.GetValue(output);
            if (outputPath is not null)
            {
                File.WriteAllText(outputPath, ClvDiagnoseOutput.TrackingCsv(data, diagnosed));
            }

            if (parse.GetValue(json))
            {
                Terminal.WriteRaw(CliJson.Serialize(ClvDiagnoseJson.From(path, summaryOptions, data, diagnosed, outputPath)));
            }
            else
            {
                ClvDiagnoseOutput.WriteTables(path, data, diagnosed);
            }

            foreach (var d in diagnosed.Where(d => !d.Fit.Converged))
            {
                Console.Error.WriteLine($"lifecycle: warning: the {d.Model} fit did not converge ({d.Fit.Message}); its diagnostics describe an unfinished fit");
            }

            if (data.Summary.Excluded.Count > 0)
            {
                Console.Error.WriteLine($"{path}: {data.Summary.Excluded.Count} customers not in the cohort (first purchase on or after the calibration end)");
            }

            TextInput.WarnRejected(path, data.Summary.Rejected, log.Records.Count);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The comma-separated model list: each a repeat-transaction model, each once; or bg-bb alone.</summary>
    internal static string[] Models(string text)
    {
        var names = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => n.ToLowerInvariant()).ToArray();
        if (names is [BgBbModel.ModelName])
        {
            return names;
        }

        var unknown = names.FirstOrDefault(n => !ClvModelComparer.Models.Contains(n, StringComparer.Ordinal));
        return names.Length == 0 ? throw new UnusableInputException($"--model: name at least one of {string.Join(", ", ClvModelComparer.Models)}")
            : unknown is not null ? throw new UnusableInputException($"--model: '{unknown}' is not a repeat-transaction model; expected {string.Join(", ", ClvModelComparer.Models)}")
            : names.Distinct(StringComparer.Ordinal).Count() != names.Length ? throw new UnusableInputException($"--model: a model is named twice in '{text}'")
            : names;
    }

    private static string Needed(string? value, string option) =>
        value ?? throw new UnusableInputException($"{option} is required to diagnose a transaction log (BG/BB rows take --model bg-bb --holdout <column> --holdout-periods <n>)");

    private static ClvDiagnosticsOptions Diagnostics(int bins, bool allowUnconverged, ClvFitOptions fit) => bins is >= 1 and <= 1000
        ? new ClvDiagnosticsOptions { Bins = bins, Fit = fit, Convergence = allowUnconverged ? ClvConvergencePolicy.AllowUnconverged : ClvConvergencePolicy.RequireConverged }
        : throw new UnusableInputException($"--bins: must be 1 to 1000; got {bins}");

    /// <summary>A library refusal (no cohort, a fit that did not converge) as unusable input naming the file.</summary>
    internal static T Library<T>(Func<T> step, string path)
    {
        try
        {
            return step();
        }
        catch (ArgumentException ex) when (ex is not ArgumentNullException)
        {
            var hint = ex.Message.Contains("did not converge", StringComparison.Ordinal) ? "; give --allow-unconverged to diagnose it anyway" : string.Empty;
            throw new UnusableInputException($"{path}: {ex.Sentence()}{hint}", ex);
        }
    }
}

using System.CommandLine;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.Data.Writers;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// <c>lifecycle clv summarize &lt;transactions.csv&gt; --customer &lt;col&gt; --date &lt;col&gt; [--amount &lt;col&gt;] --period day|week|month
/// [--end &lt;date&gt;] [--calibration-end &lt;date&gt;] [--zone &lt;IANA&gt;] [--group-by day|week|month] [-o summary.csv] [--json]
/// [--encoding &lt;name&gt;] [--culture &lt;name&gt; | --decimal-separator . | ,] [--strict] [--memory-limit &lt;size&gt; [--temp-dir &lt;folder&gt;]]</c>: a shell over
/// <see cref="TransactionLogReader"/> and <see cref="SummaryCsvWriter"/>.
/// </summary>
internal static class ClvSummarizeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("transactions") { Description = "Transaction log with a header (CSV, TSV or whitespace table), or a Parquet file (a name ending in .parquet): one row per purchase." };
        var customer = new Option<string>("--customer") { Description = "Column holding the customer id.", Required = true };
        var date = new Option<string>("--date") { Description = "Column holding the purchase date or time stamp (ISO-8601, also 19970101 or 1997/1/1).", Required = true };
        var amount = new Option<string?>("--amount")
        {
            Description = "Column holding the amount paid (3,319.47, ¥145.30, USD 12.00 …); without it the summary has no monetary values. An unreadable amount is a purchase of unknown value.",
        };
        var period = new Option<string>("--period") { Description = "Unit of recency and T: day, week (7 days) or month. Required: no unit is assumed.", Required = true };
        var end = new Option<string?>("--end") { Description = "Last day of observation (YYYY-MM-DD, inclusive); the latest purchase date by default." };
        var calibrationEnd = new Option<string?>("--calibration-end") { Description = "Last day of the calibration period (inclusive); adds holdout columns." };
        var groupBy = new Option<string>("--group-by")
        {
            Description = "Purchases in the same day, ISO week or calendar month count as one purchase: day (default), week or month.",
            DefaultValueFactory = _ => "day",
        };
        var zone = CommonOptions.Zone();
        var output = new Option<string?>("--output", "-o") { Description = "Write the summary to this file instead of stdout: CSV, or typed Parquet for a name ending in .parquet." };
        var json = CommonOptions.Json();
        var text = new TextInput();
        var engine = ClvSummarizeEngine.Option();
        var partitioned = new ClvSummarizePartitioned();

        var command = new Command(
            "summarize",
            "Summarize a transaction log per customer: frequency (repeat purchase periods), recency, T, mean repeat value, and holdout activity.");
        command.Arguments.Add(file);
        command.Options.Add(customer);
        command.Options.Add(date);
        command.Options.Add(amount);
        command.Options.Add(period);
        command.Options.Add(end);
        command.Options.Add(calibrationEnd);
        command.Options.Add(groupBy);
        command.Options.Add(zone);
        command.Options.Add(output);
        command.Options.Add(json);
        text.AddTo(command);
        command.Options.Add(engine);
        partitioned.AddTo(command);
        command.SetAction(parse =>
        {
            var unit = Unit(parse.GetValue(period)!, "--period");
            var grouping = Unit(parse.GetValue(groupBy)!, "--group-by");
            var tz = CommonOptions.ResolveZone(parse.GetValue(zone));
            if (ClvSummarizeEngine.IsDuckDb(parse.GetValue(engine)!))
            {
                return ClvSummarizeEngine.Run(
                    new(parse.GetValue(file)!, parse.GetValue(customer)!, parse.GetValue(date)!, parse.GetValue(amount)),
                    unit, grouping, tz, () => ParseDate(parse.GetValue(end), "--end"), ParseDate(parse.GetValue(calibrationEnd), "--calibration-end"), parse.GetValue(output), parse.GetValue(json));
            }

            var textOptions = text.Resolve(parse, tz);
            var path = parse.GetValue(file)!;
            var columns = new TransactionColumns(parse.GetValue(customer)!, parse.GetValue(date)!, parse.GetValue(amount));
            var requestedEnd = ParseDate(parse.GetValue(end), "--end");
            var calibration = ParseDate(parse.GetValue(calibrationEnd), "--calibration-end");
            TransactionSummaryOptions? options = null;
            if (requestedEnd is { } e && calibration is { } early && early >= e)
            {
                throw new UnusableInputException($"--calibration-end {Iso(early)} must be before the observation end {Iso(e)}");
            }

            TransactionSummaryOptions Choose(LocalDate? latest)
            {
                var observationEnd = requestedEnd ?? latest ?? throw new UnusableInputException($"{path}: no readable purchase date; give --end");
                if (calibration is { } c && c >= observationEnd)
                {
                    throw new UnusableInputException($"--calibration-end {Iso(c)} must be before the observation end {Iso(observationEnd)}");
                }

                return options = new TransactionSummaryOptions
                {
                    Unit = unit,
                    ObservationEnd = observationEnd,
                    CalibrationEnd = calibration,
                    Zone = tz,
                    PurchaseGrouping = grouping,
                };
            }

            if (partitioned.Partitioner(parse, path) is { } partitioner)
            {
                return ClvSummarizePartitioned.Run(partitioner, path, columns, textOptions, () => new TransactionFold(tz, grouping, calibration, requestedEnd), Choose, parse.GetValue(output), parse.GetValue(json));
            }

            var result = ParquetFiles.IsParquet(path)
                ? ParquetFiles.Summarize(path, columns, textOptions, Choose)
                : TextInput.Read(() => TransactionLogReader.FoldFile(path, columns, textOptions, new TransactionFold(tz, grouping, calibration, requestedEnd), Choose));
            var summary = result.Summary;
            var hasAmounts = columns.Amount is not null;
            var outputPath = parse.GetValue(output);
            WriteOutput(path, summary, hasAmounts, outputPath, parse.GetValue(json), () => ClvSummarizeJson.From(path, options!, result.RowCount, summary, result.Currency, outputPath, hasAmounts));
            TextInput.WarnRejected(path, summary.Rejected, result.RowCount);
            TextInput.WarnRejected(path, summary.UnknownValues, result.RowCount, "counted as purchases of unknown amount");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The command's output, shared by both engines: the summary as CSV (to <c>-o</c> through <see cref="OutputFile"/>, else
    /// to stdout) or as JSON, then which customers were not summarised and why.
    /// </summary>
    internal static void WriteOutput(string path, TransactionSummary summary, bool hasAmounts, string? outputPath, bool json, Func<ClvSummarizeJson> document)
    {
        if (ParquetFiles.IsParquet(outputPath))
        {
            ParquetFiles.WriteSummary(outputPath!, summary, hasAmounts, path);
        }
        else if (outputPath is not null)
        {
            OutputFile.Write(outputPath, (Stream stream) => SummaryCsvWriter.WriteUtf8(stream, summary, hasAmounts), path);
        }

        if (json)
        {
            Terminal.WriteRaw(CliJson.Serialize(document()));
        }
        else if (outputPath is null)
        {
            var csv = new StringWriter();
            SummaryCsvWriter.Write(csv, summary, hasAmounts);
            Console.Out.Write(csv.ToString());
        }
        else
        {
            Terminal.Error.MarkupLineInterpolated($"{path}: {ConsoleText.Count(summary.Customers.Count, "customer")} summarised into {outputPath}");
        }

        WarnExcluded(path, summary.Excluded.Count, summary.HoldoutLength is not null);
    }

    /// <summary>Says how many customers were seen but not summarised, and why, when there are any.</summary>
    internal static void WarnExcluded(string path, int excluded, bool holdout)
    {
        if (excluded > 0)
        {
            Terminal.Error.MarkupLineInterpolated(
                $"[yellow]{path}: {ConsoleText.Count(excluded, "customer")} not summarised ({(holdout ? "first purchase on or after the calibration end" : "first purchase on the observation end: age T = 0, which no model accepts")})[/]");
        }
    }

    /// <summary>Reads day, week or month (any case) as a unit; anything else is unusable input.</summary>
    internal static PeriodUnit Unit(string text, string option) => text.Trim().ToUpperInvariant() switch
    {
        "DAY" or "DAYS" => PeriodUnit.Day,
        "WEEK" or "WEEKS" => PeriodUnit.Week,
        "MONTH" or "MONTHS" => PeriodUnit.Month,
        _ => throw new UnusableInputException($"{option}: expected day, week or month; got '{text}'"),
    };

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static LocalDate? ParseDate(string? text, string option) => text is null ? null
        : DateText.TryParseDate(text, out var d) ? d
        : throw new UnusableInputException($"{option}: expected a date as YYYY-MM-DD from {Core.SupportedDates.Description}; got '{text}'");
}

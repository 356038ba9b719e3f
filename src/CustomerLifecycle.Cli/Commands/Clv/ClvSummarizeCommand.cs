using System.CommandLine;
using System.Globalization;
using System.Text;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// <c>lifecycle clv summarize &lt;transactions.csv&gt; --customer &lt;col&gt; --date &lt;col&gt; [--amount &lt;col&gt;] --period day|week|month
/// [--end &lt;date&gt;] [--calibration-end &lt;date&gt;] [--zone &lt;IANA&gt;] [--group-by day|week|month] [-o summary.csv] [--json]</c>.
/// </summary>
internal static class ClvSummarizeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("transactions") { Description = "Transaction log CSV with a header: one row per purchase." };
        var customer = new Option<string>("--customer") { Description = "Column holding the customer id.", Required = true };
        var date = new Option<string>("--date") { Description = "Column holding the purchase date or time stamp (ISO-8601).", Required = true };
        var amount = new Option<string?>("--amount") { Description = "Column holding the amount paid; without it the summary has no monetary values." };
        var period = new Option<string>("--period") { Description = "Unit of recency and T: day, week (7 days) or month. Required: no unit is assumed.", Required = true };
        var end = new Option<string?>("--end") { Description = "Last day of observation (YYYY-MM-DD, inclusive); the latest purchase date by default." };
        var calibrationEnd = new Option<string?>("--calibration-end") { Description = "Last day of the calibration period (inclusive); adds holdout columns." };
        var groupBy = new Option<string>("--group-by")
        {
            Description = "Purchases in the same day, ISO week or calendar month count as one purchase: day (default), week or month.",
            DefaultValueFactory = _ => "day",
        };
        var zone = CommonOptions.Zone();
        var output = new Option<string?>("--output", "-o") { Description = "Write the summary CSV to this file instead of stdout." };
        var json = CommonOptions.Json();

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
        command.SetAction(parse =>
        {
            var unit = Unit(parse.GetValue(period)!, "--period");
            var grouping = Unit(parse.GetValue(groupBy)!, "--group-by");
            var tz = CommonOptions.ResolveZone(parse.GetValue(zone));
            var path = parse.GetValue(file)!;
            var records = ReadTransactions(path, parse.GetValue(customer)!, parse.GetValue(date)!, parse.GetValue(amount));
            var observationEnd = ParseDate(parse.GetValue(end), "--end") ?? LatestDate(records, tz)
                ?? throw new UnusableInputException($"{path}: no readable purchase date; give --end");
            var calibration = ParseDate(parse.GetValue(calibrationEnd), "--calibration-end");
            if (calibration is { } c && c >= observationEnd)
            {
                throw new UnusableInputException($"--calibration-end {Iso(c)} must be before the observation end {Iso(observationEnd)}");
            }

            var options = new TransactionSummaryOptions
            {
                Unit = unit,
                ObservationEnd = observationEnd,
                CalibrationEnd = calibration,
                Zone = tz,
                PurchaseGrouping = grouping,
            };
            var summary = new TransactionSummarizer(options).Summarize(records);
            var hasAmounts = parse.GetValue(amount) is not null;
            var csv = ToCsv(summary, hasAmounts);
            var outputPath = parse.GetValue(output);
            if (outputPath is not null)
            {
                File.WriteAllText(outputPath, csv);
            }

            if (parse.GetValue(json))
            {
                Terminal.WriteRaw(CliJson.Serialize(ClvSummarizeJson.From(path, options, records.Count, summary, outputPath, hasAmounts)));
            }
            else if (outputPath is null)
            {
                Console.Out.Write(csv);
            }
            else
            {
                Terminal.Error.MarkupLineInterpolated($"{path}: {summary.Customers.Count} customers summarised into {outputPath}");
            }

            if (summary.Excluded.Count > 0)
            {
                Terminal.Error.MarkupLineInterpolated(
                    $"[yellow]{path}: {summary.Excluded.Count} customers not summarised (first purchase on or after the calibration end)[/]");
            }

            Rejections.Warn(path, summary.Rejected);
            return ExitCodes.Ok;
        });
        return command;
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

    /// <summary>Formats a time or count: shortest round-trip text.</summary>
    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats money with at most 10 decimals (a mean of decimals may carry 28).</summary>
    internal static string Number(decimal? value) => value is { } v ? Math.Round(v, 10).ToString("0.##########", CultureInfo.InvariantCulture) : string.Empty;

    private static List<TransactionRecord> ReadTransactions(string path, string customerColumn, string dateColumn, string? amountColumn)
    {
        using var table = CsvTable.Open(path);
        var customer = table.Require(customerColumn);
        var date = table.Require(dateColumn);
        var amount = amountColumn is null ? -1 : table.Require(amountColumn);
        var records = new List<TransactionRecord>();
        while (table.Read())
        {
            if (table.IsBlankRow())
            {
                continue;
            }

            records.Add(new TransactionRecord(table.Line, table.Get(customer), table.Get(date), amount < 0 ? null : table.Get(amount) ?? string.Empty));
        }

        return records;
    }

    private static LocalDate? ParseDate(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text.Trim());
        return result.Success
            ? result.Value
            : throw new UnusableInputException($"{option}: expected a date as YYYY-MM-DD; got '{text}'");
    }

    private static LocalDate? LatestDate(IEnumerable<TransactionRecord> records, DateTimeZone zone)
    {
        LocalDate? latest = null;
        foreach (var r in records)
        {
            if (IsoTime.TryParse(r.Date, zone, out var at) && at.InZone(zone).Date is var d && (latest is null || d > latest))
            {
                latest = d;
            }
        }

        return latest;
    }

    private static string ToCsv(TransactionSummary summary, bool hasAmounts)
    {
        var sb = new StringBuilder();
        sb.Append("customer_id,frequency,recency,T");
        if (hasAmounts)
        {
            sb.Append(",monetary_value");
        }

        if (summary.Holdout is not null)
        {
            sb.Append(",frequency_holdout");
            if (hasAmounts)
            {
                sb.Append(",monetary_value_holdout");
            }
        }

        sb.Append('\n');
        for (var i = 0; i < summary.Customers.Count; i++)
        {
            var c = summary.Customers[i];
            sb.Append(Quote(c.Customer?.Value ?? string.Empty)).Append(',')
                .Append(Number(c.Frequency)).Append(',')
                .Append(Number(c.Recency)).Append(',')
                .Append(Number(c.Age));
            if (hasAmounts)
            {
                sb.Append(',').Append(Number(c.MonetaryValue));
            }

            if (summary.Holdout is { } holdout)
            {
                sb.Append(',').Append(Number(holdout[i].Frequency));
                if (hasAmounts)
                {
                    sb.Append(',').Append(Number(holdout[i].MonetaryValue));
                }
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    private static string Quote(string field) => field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}

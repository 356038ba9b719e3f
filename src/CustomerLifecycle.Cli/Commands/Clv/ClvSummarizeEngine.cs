using System.CommandLine;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.DuckDb;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// <c>clv summarize --engine duckdb</c>: the same summary through the embedded DuckDB engine, which scans the file (CSV,
/// or Parquet by the extension <c>.parquet</c>) instead of loading it, so a log larger than memory can be summarised.
/// </summary>
internal static class ClvSummarizeEngine
{
    public static Option<string> Option() => new("--engine")
    {
        Description = "default: the streaming reader (lists rejected rows by line, reads amounts as people write them); duckdb: "
            + "scans a CSV or .parquet file larger than memory (plain numbers and ISO dates, UTC, rejected rows counted, not listed; "
            + "on one machine the default engine with --memory-limit is far faster and smaller).",
        DefaultValueFactory = _ => "default",
    };

    /// <summary>Whether the option asks for DuckDB; anything but default or duckdb is unusable input.</summary>
    public static bool IsDuckDb(string engine) => engine.Trim().ToUpperInvariant() switch
    {
        "DEFAULT" => false,
        "DUCKDB" => true,
        _ => throw new UnusableInputException($"--engine: expected default or duckdb; got '{engine}'"),
    };

    /// <summary>Summarises through DuckDB and writes what the default engine writes.</summary>
    public static int Run(
        DuckDbTransactionFile file,
        PeriodUnit unit,
        PeriodUnit grouping,
        DateTimeZone zone,
        Func<LocalDate?> end,
        LocalDate? calibration,
        string? outputPath,
        bool json)
    {
        if (zone != DateTimeZone.Utc)
        {
            throw new UnusableInputException($"--engine duckdb reads the file's dates as written (UTC); --zone {zone.Id} needs the default engine");
        }

        if (!File.Exists(file.Path))
        {
            throw new UnusableInputException($"{file.Path}: no such file");
        }

        var engine = new DuckDbTransactionSummarizer();
        DuckDbSummary result;
        TransactionSummaryOptions options;
        try
        {
            var observationEnd = end() ?? engine.LatestDate(file)
                ?? throw new UnusableInputException($"{file.Path}: no readable purchase date; give --end");
            if (calibration is { } c && c >= observationEnd)
            {
                throw new UnusableInputException($"--calibration-end {ClvSummarizeCommand.Iso(c)} must be before the observation end {ClvSummarizeCommand.Iso(observationEnd)}");
            }

            options = new TransactionSummaryOptions { Unit = unit, ObservationEnd = observationEnd, CalibrationEnd = calibration, PurchaseGrouping = grouping };
            result = engine.Summarize(file, options);
        }
        catch (DuckDB.NET.Data.DuckDBException e)
        {
            throw new UnusableInputException($"{file.Path}: {e.Message}");
        }

        var summary = result.Summary;
        var hasAmounts = file.AmountColumn is not null;
        var rows = (int)Math.Min(result.Counts.Rows, int.MaxValue);
        ClvSummarizeCommand.WriteOutput(file.Path, summary, hasAmounts, outputPath, json, () => ClvSummarizeJson.From(file.Path, options, rows, summary, null, outputPath, hasAmounts));
        if (result.Counts.Rejected > 0)
        {
            Terminal.Error.MarkupLineInterpolated($"[yellow]{file.Path}: {result.Counts.Rejected} of {result.Counts.Rows} rows rejected (malformed, no customer, no readable date, after the end, or a refund); the default engine lists them by line[/]");
        }

        if (result.Counts.UnknownValues > 0)
        {
            Terminal.Error.MarkupLineInterpolated($"[yellow]{file.Path}: {result.Counts.UnknownValues} of {result.Counts.Rows} rows counted as purchases of unknown amount[/]");
        }

        return ExitCodes.Ok;
    }
}

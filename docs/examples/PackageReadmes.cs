using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.DuckDb;
using CustomerLifecycle.Followups;
using CustomerLifecycle.Followups.Calendar;
using CustomerLifecycle.Parquet;
using CustomerLifecycle.Parquet.Writing;
using CustomerLifecycle.Scorecards.Lifecycle;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Nps;
using NodaTime;

namespace CustomerLifecycle.Docs.Examples;

/// <summary>A task queue of the caller's own, as the Followups package README writes to one.</summary>
public interface ITaskQueue
{
    /// <summary>Inserts or replaces the task with this key.</summary>
    void Upsert(string key, Instant due, ContactChannel channel, string reason);
}

/// <summary>
/// The code of each package's README (packed into its .nupkg); compiled by tests/CustomerLifecycle.Docs.Tests, which
/// also checks each README shows it verbatim and runs the ones whose printed figures the README states.
/// </summary>
public static class PackageReadmes
{
    /// <summary>CustomerLifecycle.Core: values, events and the import report.</summary>
    public static ImportResult<SurveyResponse> Core(DateTimeZone zone, IEnumerable<SurveyResponseRecord> rows)
    {
        // <example:core>
        var score = LikelihoodScore.From(9);                    // throws for 11
        var response = new SurveyResponse(score, CustomerId.From("C-001"), IsoTime.Parse("2026-03-05T18:15", zone));
        var result = new SurveyResponseImporter(zone).Import(rows);
        foreach (var bad in result.Rejected)
        {
            Console.WriteLine($"line {bad.Line}: {bad.Reason} ({bad.Code})");
        }
        // </example:core>
        _ = response;
        return result;
    }

    /// <summary>CustomerLifecycle.Scoring: an NPS estimate and a comparison.</summary>
    public static (NpsEstimate Estimate, NpsComparison Comparison) Scoring()
    {
        // <example:scoring>
        var calculator = new NpsCalculator();
        var estimate = calculator.Estimate(NpsTally.FromCounts(promoters: 70, passives: 20, detractors: 10));
        // NPS 60, 95 % interval [45.3, 71.2]
        var ab = calculator.Compare(NpsTally.FromCounts(152, 32, 16), NpsTally.FromCounts(160, 30, 10));
        // +7 points, p = 0.235: not significant
        // </example:scoring>
        return (estimate, ab);
    }

    /// <summary>CustomerLifecycle.Followups: plan, hand the tasks to a queue, and diff against the previous plan.</summary>
    public static PlanDiff Followups(IEnumerable<FollowupEvent> events, Instant now, FollowupPlan previousPlan, ITaskQueue queue)
    {
        // <example:followups>
        var calendar = new ContactCalendar(DateTimeZoneProviders.Tzdb["Asia/Shanghai"], HolidayCalendar.ChinaMainland2026());
        var planner = new FollowupPlanner();
        var plan = planner.Plan(events, calendar, now);
        foreach (var task in plan.Tasks)
        {
            queue.Upsert(task.Key, task.Due, task.Channel, task.Reason);   // the key is stable across replanning
        }

        var diff = FollowupPlan.Diff(previousPlan, plan);                   // after a reschedule: moved, not added
        // </example:followups>
        return diff;
    }

    /// <summary>CustomerLifecycle.Scorecards: the lifecycle health scorecard in Chinese.</summary>
    public static string Scorecards()
    {
        // <example:scorecards>
        var assessment = new LifecycleHealthAssessor().Evaluate(
            new LifecycleHealthInput(Fraction.From(0.35), 78, Fraction.From(0.60), Fraction.From(0.30), Fraction.From(0.15)),
            CultureInfo.GetCultureInfo("zh-CN"));
        foreach (var m in assessment.Scorecard.Metrics)
        {
            Console.WriteLine($"{m.Label}: {m.Value} → {m.BandName} — {m.Advice}");
        }

        Console.WriteLine(assessment.Scorecard.Verdict!.Text); // 1-2个优秀:存在明显短板,需要系统性改善。
        // </example:scorecards>
        return assessment.Scorecard.Verdict.Text;
    }

    /// <summary>CustomerLifecycle.DuckDb: weighted rows from a Parquet log, fitted here.</summary>
    public static ClvFit<BgNbdModel> DuckDb()
    {
        // <example:duckdb>
        var engine = new DuckDbTransactionSummarizer(new DuckDbEngineOptions { MemoryLimit = "1GB" });
        var rows = engine.WeightedRows(
            new DuckDbTransactionFile("transactions.parquet", "customer_id", "date", "amount"),
            new TransactionSummaryOptions { Unit = PeriodUnit.Week, ObservationEnd = new LocalDate(2026, 6, 30) });
        var fit = BgNbdModel.Fit(rows.Rows);
        // </example:duckdb>
        return fit;
    }

    /// <summary>CustomerLifecycle.Parquet: a warehouse's Parquet log summarised here, the summary written back as Parquet.</summary>
    public static async Task<TransactionLogSummary> Parquet(Stream summaryOut)
    {
        // <example:parquet>
        var reader = new ParquetTransactionLogReader(new ParquetReadOptions { Zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"] });
        var result = await reader.ReadAndSummarizeFileAsync(
            "transactions.parquet",
            new TransactionColumns("customer_id", "order_date", "amount"),
            latest => new TransactionSummaryOptions { Unit = PeriodUnit.Week, ObservationEnd = latest!.Value, Zone = DateTimeZoneProviders.Tzdb["Europe/Berlin"] });
        foreach (var bad in result.Summary.Rejected)
        {
            Console.WriteLine($"row {bad.Line}: {bad.Reason} ({bad.Code})");   // rows, not lines: Parquet has none
        }

        await ParquetSummaryWriter.WriteAsync(summaryOut, result.Summary, hasAmounts: true);
        // </example:parquet>
        return result;
    }
}

using System.Globalization;
using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Data.Surveys;
using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.DependencyInjection;
using CustomerLifecycle.Followups;
using CustomerLifecycle.Followups.Calendar;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Nps;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace CustomerLifecycle.Examples.ConsumerApp;

/// <summary>A new console app's first hour with the packages: NPS, CLV and a follow-up plan, services from DI.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        Run(Console.Out, args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "data"));
        return 0;
    }

    // <example:consumer>
    public static ConsumerReport Run(TextWriter output, string dataFolder)
    {
        using var services = new ServiceCollection()
            .AddCustomerLifecycleScoring(o => o.ConfidenceLevel = 0.95)
            .AddCustomerLifecycleClv(o => o.MaxIterations = 2000)
            .AddCustomerLifecycleFollowups()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        // 1. NPS with its interval, from a survey export.
        var survey = SurveyReader.ReadFile(Path.Combine(dataFolder, "surveys.csv"));
        var nps = services.GetRequiredService<NpsCalculator>().Estimate(NpsTally.Of(survey.Import.Accepted));
        output.WriteLine(FormattableString.Invariant($"NPS {nps.Nps:0.0} [{nps.Interval?.Low:0.0}, {nps.Interval?.High:0.0}] from {nps.Tally.Total} responses ({survey.Import.DescribeRejections()})"));

        // 2. Transaction log → weekly summaries → BG/NBD + Gamma-Gamma → top customers by one-year CLV.
        var log = TransactionLogReader.ReadFile(Path.Combine(dataFolder, "transactions.csv"), new TransactionColumns("customer_id", "date", "amount"));
        var summary = TransactionLogReader.Summarize(log, new TransactionSummaryOptions { Unit = PeriodUnit.Week, ObservationEnd = new LocalDate(2025, 12, 31) });
        var customers = summary.Summary.Customers;
        var fitter = services.GetRequiredService<ContinuousModelFitter>();
        var purchases = fitter.FitBgNbd(customers);          // check purchases.Converged; ToModel() refuses a fit that did not converge
        var spend = fitter.FitGammaGamma(customers);         // repeat buyers without a positive mean spend are in spend.Excluded
        output.WriteLine(purchases.ToString());
        var predictions = services.GetRequiredService<ClvPredictor>()
            .Predict(purchases.ToModel(), spend.ToModel(), customers, horizon: 52, discountRatePerPeriod: 0.002);
        var top = predictions.OrderByDescending(p => p.Value).Take(5).ToArray();
        foreach (var p in top)
        {
            output.WriteLine(FormattableString.Invariant($"{p.Customer}  CLV {p.Value:0.00}  P(alive) {p.ProbabilityAlive:0.000}  next year {p.ExpectedTransactions:0.00} purchases"));
        }

        // 3. A follow-up plan on a real calendar (Shanghai, with the 2026 holidays and make-up workdays).
        var now = Instant.FromUtc(2026, 3, 10, 0, 0);
        var events = FollowupEventsCsv.ReadFile(Path.Combine(dataFolder, "events.csv"), now);
        var calendar = new ContactCalendar(DateTimeZoneProviders.Tzdb["Asia/Shanghai"], HolidayCalendar.ChinaMainland2026());
        var plan = services.GetRequiredService<FollowupPlanner>().Plan(events.Accepted, calendar, now);
        foreach (var task in plan.Tasks.Where(t => t.Due >= now).Take(5))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{task.LocalDue:yyyy-MM-dd HH:mm}  {task.Customer}  {task.Step}"));
        }

        return new ConsumerReport(nps, purchases, spend, top, plan);
    }

    // </example:consumer>
}

/// <summary>What the example computed, for its test.</summary>
public sealed record ConsumerReport(NpsEstimate Nps, ClvFit<BgNbdModel> Purchases, ClvFit<GammaGammaModel> Spend, IReadOnlyList<ClvPrediction> Top, FollowupPlan Plan);

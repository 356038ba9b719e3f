using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Cli.Report;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Scorecards;
using CustomerLifecycle.Scorecards.Flywheel;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary><c>lifecycle scorecard flywheel</c>: one after-sales network's referral flywheel projected from a number of core customers.</summary>
internal sealed class FlywheelScorecardKind : IScorecardKind
{
    private const int Months = 12;

    public static readonly MetricSpec[] Specs =
    [
        MetricSpec.NonNegative("core_customers", "core customers in the start month"),
        new("start_month", 1d, Months, "the month of the starting point (default 1)"),
        MetricSpec.NonNegative("referral_rate", "monthly referrals per core customer (default 0.15)"),
        MetricSpec.NonNegative("monthly_revenue_per_core", "monthly service revenue per core customer in CNY (default 3,500)"),
        .. Enumerable.Range(1, Months).Select(m => new MetricSpec(GrowthName(m), -0.999999d, 1_000d, $"growth of core customers over the step ending in month {m} (0.2 for +20 %)")),
    ];

    public string Name => "flywheel";

    public string Description => "Referral flywheel (one after-sales network's practice): core customers, monthly referrals, growth and revenue per step of the growth rule.";

    public string InputDescription => "Metrics file: core_customers; optional start_month, referral_rate, monthly_revenue_per_core and growth_month_<1-12> (the steps; default one after-sales network: March +15 %, June, September, December +20 %).";

    public ScorecardOutcome Compute(string path, CultureInfo culture, ImportSession session)
    {
        var file = MetricsFile.Read(path, Specs, session);
        var options = new FlywheelOptions();
        if (file.ValueOf("start_month") is { } start)
        {
            options.StartMonth = (int)Math.Round(start);
        }

        if (file.ValueOf("referral_rate") is { } rate)
        {
            options.ReferralRate = rate;
        }

        if (file.ValueOf("monthly_revenue_per_core") is { } revenue)
        {
            options.MonthlyRevenuePerCoreCustomer = Money.From((decimal)revenue, "CNY");
        }

        var steps = Enumerable.Range(1, Months)
            .Where(m => file.ValueOf(GrowthName(m)) is not null)
            .Select(m => new FlywheelStep(m, file.ValueOf(GrowthName(m))!.Value))
            .ToArray();
        if (steps.Length > 0)
        {
            options.Steps = steps;
        }

        var core = (long)Math.Round(file.Require("core_customers"));
        try
        {
            return Outcome(new FlywheelProjector(options).Project(core), options, path, culture, file.Import.Rejected);
        }
        catch (Exception ex) when (ex is ArgumentException or OverflowException)
        {
            throw new UnusableInputException($"{path}: {ex.Sentence()}", ex);
        }
    }

    /// <summary>The outcome of a projection (also used by the demo).</summary>
    public static ScorecardOutcome Outcome(IReadOnlyList<FlywheelPoint> points, FlywheelOptions options, string path, CultureInfo culture, IReadOnlyList<RejectedRow> rejected)
    {
        var zh = CultureOption.IsChinese(culture);
        var last = points[^1];
        var blocks = new List<ReportBlock>
        {
            new TableBlock(
                zh ? ["月份", "核心客户", "当月推荐", "累计增长", "月收入"] : ["month", "core customers", "referrals", "growth", "monthly revenue"],
                [.. points.Select(p => (IReadOnlyList<string>)[Month(p.Month, zh), ScorecardFormat.Count(p.CoreCustomers), ScorecardFormat.Count(p.MonthlyReferrals), ScorecardFormat.Change(p.CumulativeGrowth), ScorecardFormat.Amount(p.MonthlyRevenue)])]),
            new ParagraphBlock(
                zh
                    ? $"{Month(points[0].Month, zh)}→{Month(last.Month, zh)}：核心客户 {ScorecardFormat.Count(points[0].CoreCustomers)} → {ScorecardFormat.Count(last.CoreCustomers)}（{ScorecardFormat.Change(last.CumulativeGrowth)}），月推荐 {ScorecardFormat.Count(points[0].MonthlyReferrals)} → {ScorecardFormat.Count(last.MonthlyReferrals)}，月收入 {ScorecardFormat.Amount(points[0].MonthlyRevenue)} → {ScorecardFormat.Amount(last.MonthlyRevenue)}"
                    : $"month {points[0].Month} → {last.Month}: core customers {ScorecardFormat.Count(points[0].CoreCustomers)} → {ScorecardFormat.Count(last.CoreCustomers)} ({ScorecardFormat.Change(last.CumulativeGrowth)}), referrals a month {ScorecardFormat.Count(points[0].MonthlyReferrals)} → {ScorecardFormat.Count(last.MonthlyReferrals)}, monthly revenue {ScorecardFormat.Amount(points[0].MonthlyRevenue)} → {ScorecardFormat.Amount(last.MonthlyRevenue)}",
                last.CumulativeGrowth > 0 ? ReportTone.Good : ReportTone.Neutral),
        };
        var json = new FlywheelDetailsJson(
            options.StartMonth,
            options.ReferralRate,
            options.MonthlyRevenuePerCoreCustomer.Amount,
            options.MonthlyRevenuePerCoreCustomer.Currency,
            [.. options.Steps.Select(s => new FlywheelStepJson(s.Month, s.GrowthRate))],
            [.. points.Select(p => new FlywheelPointJson(p.Month, p.CoreCustomers, p.MonthlyReferrals, Math.Round(p.CumulativeGrowth, 6), p.MonthlyRevenue.Amount))]);
        return new ScorecardOutcome(
            new ReportSection(zh ? "推荐飞轮" : "Referral flywheel", blocks),
            ScorecardOutputJson.Create("flywheel", path, null, json, rejected),
            rejected);
    }

    private static string GrowthName(int month) => string.Create(CultureInfo.InvariantCulture, $"growth_month_{month}");

    private static string Month(int month, bool zh) => zh ? string.Create(CultureInfo.InvariantCulture, $"{month}月") : month.ToString(CultureInfo.InvariantCulture);

}

/// <summary>The flywheel's JSON details: the growth rule used and the projection.</summary>
internal sealed record FlywheelDetailsJson(int StartMonth, double ReferralRate, decimal MonthlyRevenuePerCore, string Currency, IReadOnlyList<FlywheelStepJson> Steps, IReadOnlyList<FlywheelPointJson> Points);

/// <summary>A step of the growth rule in JSON.</summary>
internal sealed record FlywheelStepJson(int Month, double GrowthRate);

/// <summary>A projected month in JSON.</summary>
internal sealed record FlywheelPointJson(int Month, long CoreCustomers, long MonthlyReferrals, double CumulativeGrowth, decimal MonthlyRevenue);

using System.Globalization;
using CustomerLifecycle.Cli.Commands.Scorecard;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scorecards.Activation;
using CustomerLifecycle.Scorecards.Experience;
using CustomerLifecycle.Scorecards.Flywheel;
using CustomerLifecycle.Scorecards.Funnel;
using CustomerLifecycle.Scorecards.Lifecycle;
using CustomerLifecycle.Scorecards.Quality;
using CustomerLifecycle.Scorecards.Value;
using NodaTime;

namespace CustomerLifecycle.Cli.Demo;

/// <summary>
/// Embedded, deterministic inputs of the scorecard demo sections, built from one after-sales network's figures: the Shenzhen centre
/// after the first-activation SOP (first NPS 87, 90-day retention 79 %), its funnel rates and flywheel, its value dashboard, referral ROI and winter range-drop faults.
/// </summary>
internal static class ScorecardDemoData
{
    private const string Embedded = "(embedded demo data)";
    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>
    /// 100 first-time customers served in January–February 2026: 88 promoters (45 tens), 11 passives, 1 detractor
    /// (first-visit NPS 87, perfect rate 45 %); 79 come back within 90 days; 240 surprise moments (2.4 each); 96 of
    /// 100 called back within 24 h (as the follow-up SLA report would give it).
    /// </summary>
    public static ActivationMetrics ActivationMetrics()
    {
        var visits = new List<ServiceVisit>();
        var responses = new List<SurveyResponse>();
        var moments = new List<ExperienceMoment>();
        for (var i = 0; i < 100; i++)
        {
            var customer = CustomerId.From($"SZ{i + 1:000}");
            var start = Zone.AtLeniently(new LocalDate(2026, 1, 5).PlusDays(i * 50 / 100).At(new LocalTime(9 + (i % 8), 0))).ToInstant();
            var end = start + Duration.FromHours(2);
            visits.Add(new ServiceVisit(customer, start, end, isFirstVisit: true));
            if (i < 79)
            {
                visits.Add(new ServiceVisit(customer, start + Duration.FromDays(30 + (i % 50)), end + Duration.FromDays(30 + (i % 50))));
            }

            var score = i < 45 ? 10 : i < 88 ? 9 : i < 99 ? 8 - (i % 2) : 5;
            responses.Add(new SurveyResponse(LikelihoodScore.From(score), customer, end + Duration.FromHours(4), "app-survey", isFirstVisit: true));
            for (var s = 0; s < (i < 40 ? 3 : 2); s++)
            {
                moments.Add(new ExperienceMoment(customer, start + Duration.FromMinutes(30 * (s + 1)), 90, isSurprise: true, label: "surprise"));
            }
        }

        var asOf = Zone.AtLeniently(new LocalDate(2026, 6, 1).AtMidnight()).ToInstant();
        return new ActivationDashboard().Compute(visits, responses, moments, asOf, callbackRate24h: Fraction.Of(96, 100), callbackCustomers: 100);
    }

    public static ScorecardOutcome Activation(CultureInfo culture) =>
        ActivationScorecardKind.Outcome(new ActivationDashboard().Evaluate(ActivationMetrics(), culture), Embedded, culture, []);

    /// <summary>One after-sales network's stage rates as the centre's yearly figures, first-visit NPS 72 (before the SOP).</summary>
    public static LifecycleHealthInput LifecycleInput { get; } =
        new(Fraction.From(0.35), 72, Fraction.From(0.60), Fraction.From(0.30), Fraction.From(0.15));

    public static ScorecardOutcome Lifecycle(CultureInfo culture) =>
        LifecycleScorecardKind.Outcome(new LifecycleHealthAssessor().Evaluate(LifecycleInput, culture), Embedded, culture, []);

    /// <summary>One after-sales network: 10,000 owners at 35 / 70 / 60 / 30 / 15 %, and the leverage of activation 70 % → 80 %.</summary>
    public static ScorecardOutcome Funnel(CultureInfo culture)
    {
        var analyzer = new FunnelAnalyzer();
        var report = analyzer.Project(10_000, FunnelRates.ServiceCentreExample);
        var whatIf = analyzer.WhatIf(10_000, FunnelRates.ServiceCentreExample, FunnelStage.Activation, Fraction.From(0.80));
        return FunnelScorecardKind.Outcome(report, [whatIf], Embedded, culture, []);
    }

    /// <summary>One after-sales network's Shenzhen flywheel: 100 core customers in January, +15 % by March, +20 % a quarter after.</summary>
    public static ScorecardOutcome Flywheel(CultureInfo culture)
    {
        var options = new FlywheelOptions();
        return FlywheelScorecardKind.Outcome(new FlywheelProjector(options).Project(100), options, Embedded, culture, []);
    }

    /// <summary>One after-sales network's value dashboard, and its referral ROI: a ¥1,150 rescue → ¥2.1M of referred purchases at 10 % net margin.</summary>
    public static ScorecardOutcome Value(CultureInfo culture) => ValueScorecardKind.Outcome(
        ValueDashboard.AfterSalesExample,
        ReferralRoi.Compute(Money.From(1_150m, "CNY"), Money.From(2_100_000m, "CNY"), Fraction.From(0.10)),
        Embedded,
        culture,
        []);

    /// <summary>
    /// One after-sales network's winter range drop: five cars in three weeks, all built in November 2020, one battery batch, BMS V10.2,
    /// mornings below −10 °C; among other faults of the season that share less (a sixth range drop from another batch, and
    /// four charging faults on different software).
    /// </summary>
    public static IReadOnlyList<FaultRecord> QualityFaults()
    {
        var start = Zone.AtLeniently(new LocalDate(2026, 1, 6).At(new LocalTime(8, 0))).ToInstant();
        var faults = new List<FaultRecord>();
        for (var i = 0; i < 5; i++)
        {
            faults.Add(Fault($"RO-{101 + i}", "winter_range_drop_30pct", start + Duration.FromDays(i * 4), "2020-11", "BT-2011-07", "V10.2", "morning_below_-10C"));
        }

        faults.Add(Fault("RO-106", "winter_range_drop_30pct", start + Duration.FromDays(9), "2021-03", "BT-2103-02", "V10.2", "morning_below_-10C"));
        for (var i = 0; i < 4; i++)
        {
            faults.Add(Fault($"RO-{201 + i}", "slow_charging", start + Duration.FromDays(3 + (i * 5)), i % 2 == 0 ? "2021-05" : "2020-09", $"BT-21{i:00}-01", $"V10.{i}", "none"));
        }

        return faults;
    }

    /// <summary>The cars in the field: one after-sales network's 8,000-car batch, and 12,000 others on the same BMS version.</summary>
    private static readonly (IReadOnlyDictionary<string, string> Attributes, long Units)[] Fleet =
    [
        (new Dictionary<string, string> { ["production_month"] = "2020-11", ["battery_batch"] = "BT-2011-07", ["bms_version"] = "V10.2" }, 8_000),
        (new Dictionary<string, string> { ["production_month"] = "2021-03", ["battery_batch"] = "BT-2103-02", ["bms_version"] = "V10.2" }, 12_000),
    ];

    public static ScorecardOutcome Quality(CultureInfo culture)
    {
        var faults = QualityFaults();
        return QualityScorecardKind.Outcome(new QualitySignalDetector().Evaluate(faults, QualityScorecardKind.Counter(Fleet)), faults.Count, Embedded, culture, []);
    }

    private static FaultRecord Fault(string id, string code, Instant at, string built, string batch, string bms, string condition) =>
        new(id, code, at, new Dictionary<string, string> { ["production_month"] = built, ["battery_batch"] = batch, ["bms_version"] = bms, ["condition"] = condition });
}

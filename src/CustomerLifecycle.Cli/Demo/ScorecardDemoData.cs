using System.Globalization;
using CustomerLifecycle.Cli.Commands.Scorecard;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scorecards.Activation;
using CustomerLifecycle.Scorecards.Experience;
using CustomerLifecycle.Scorecards.Funnel;
using CustomerLifecycle.Scorecards.Lifecycle;
using NodaTime;

namespace CustomerLifecycle.Cli.Demo;

/// <summary>
/// Embedded, deterministic inputs of the scorecard demo sections, built from the seeds' figures: the Shenzhen centre
/// after the first-activation SOP (seed 001: first NPS 87, 90-day retention 79 %), seed 003's funnel rates.
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
        return new ActivationDashboard().Measure(visits, responses, moments, asOf, callbackRate24h: Fraction.Of(96, 100), callbackCustomers: 100);
    }

    public static ScorecardOutcome Activation(CultureInfo culture) =>
        ActivationScorecardKind.Outcome(new ActivationDashboard().Evaluate(ActivationMetrics(), culture), Embedded, culture, []);

    /// <summary>Seed 003's stage rates as the centre's yearly figures, first-visit NPS 72 (seed 001, before the SOP).</summary>
    public static LifecycleHealthInput LifecycleInput { get; } =
        new(Fraction.From(0.35), 72, Fraction.From(0.60), Fraction.From(0.30), Fraction.From(0.15));

    public static ScorecardOutcome Lifecycle(CultureInfo culture) =>
        LifecycleScorecardKind.Outcome(new LifecycleHealthAssessor().Assess(LifecycleInput, culture), Embedded, culture, []);

    /// <summary>Seed 003: 10,000 owners at 35 / 70 / 60 / 30 / 15 %, and the leverage of activation 70 % → 80 %.</summary>
    public static ScorecardOutcome Funnel(CultureInfo culture)
    {
        var analyzer = new FunnelAnalyzer();
        var report = analyzer.Project(10_000, FunnelRates.Seed003);
        var whatIf = analyzer.WhatIf(10_000, FunnelRates.Seed003, FunnelStage.Activation, Fraction.From(0.80));
        return FunnelScorecardKind.Outcome(report, [whatIf], Embedded, culture, []);
    }
}

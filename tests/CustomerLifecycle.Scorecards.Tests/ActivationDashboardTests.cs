using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scorecards.Activation;
using CustomerLifecycle.Scorecards.Experience;
using NodaTime;

namespace CustomerLifecycle.Scorecards.Tests;

public class ActivationDashboardTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 1, 5, 2, 0);
    private static readonly ActivationDashboard Dashboard = new();

    private static CustomerId C(int i) => CustomerId.From("c" + i.ToString(CultureInfo.InvariantCulture));

    private static ServiceVisit Visit(int customer, double days, bool first = false) =>
        new(C(customer), T0 + Duration.FromDays(days), T0 + Duration.FromDays(days) + Duration.FromHours(2), first);

    private static SurveyResponse Response(int customer, int score, bool first = true) =>
        new(LikelihoodScore.From(score), C(customer), T0 + Duration.FromHours(6), isFirstVisit: first);

    [Fact]
    public void Measures_are_computed_from_events()
    {
        // Ten first-time customers; 8 come back inside 90 days (one of them on day 90 exactly, the window's last instant
        // that still counts), one on day 91 (too late) and one never.
        var visits = Enumerable.Range(1, 10).Select(i => Visit(i, 0, first: true)).ToList();
        visits.AddRange(Enumerable.Range(1, 7).Select(i => Visit(i, 30)));
        visits.Add(new ServiceVisit(C(8), T0 + Duration.FromDays(90), T0 + Duration.FromDays(90) + Duration.FromHours(1)));
        visits.Add(Visit(9, 91));
        // First-visit scores: 5 × 10, 3 × 9, 1 × 8, 1 × 5 → promoters 8, detractors 1 → NPS 70; perfect 5/10 = 50 %.
        int[] scores = [10, 10, 10, 10, 10, 9, 9, 9, 8, 5];
        var responses = scores.Select((s, i) => Response(i + 1, s)).Append(Response(1, 0, first: false)).ToList();
        // 25 surprises over 10 customers = 2.5 per customer; one outside the window does not count.
        var moments = Enumerable.Range(0, 25).Select(i => new ExperienceMoment(C((i % 10) + 1), T0 + Duration.FromHours(1), 90, isSurprise: true))
            .Append(new ExperienceMoment(C(1), T0 + Duration.FromDays(100), 95, isSurprise: true))
            .Append(new ExperienceMoment(C(1), T0 + Duration.FromHours(1), 95))
            .ToList();

        var metrics = Dashboard.Compute(visits, responses, moments, T0 + Duration.FromDays(120), Fraction.From(0.95), 10);

        Assert.Equal(70, metrics.FirstVisitNps!.Value, 9);
        Assert.Equal(0.5, metrics.PerfectRate!.Value.Value, 12);
        Assert.Equal(0.8, metrics.Retention90Days!.Value.Value, 12);
        Assert.Equal(10, metrics.RetentionCohort);
        Assert.Equal(2.5, metrics.SurpriseMomentsPerCustomer!.Value, 12);

        var card = Dashboard.Evaluate(metrics);
        Assert.Equal(
            [BandKeys.Danger, BandKeys.Excellent, BandKeys.Pass, BandKeys.Excellent, BandKeys.Pass],
            card.Metrics.Select(m => m.Band!.Key));
        Assert.Equal("activation.danger", card.Verdict!.Key);
        Assert.Equal(10, card[MetricIds.ActivationFirstVisitNps].SampleSize);
    }

    [Fact]
    public void Customers_still_inside_their_window_are_left_out_of_retention_not_counted_as_lost()
    {
        var visits = new[] { Visit(1, 0, first: true), Visit(2, 50, first: true), Visit(1, 10) };
        var metrics = Dashboard.Compute(visits, [], [], T0 + Duration.FromDays(100));
        Assert.Equal(1, metrics.RetentionCohort);
        Assert.Equal(1.0, metrics.Retention90Days!.Value.Value);
        Assert.Equal(2, metrics.FirstTimeCustomers);
    }

    [Fact]
    public void Events_after_as_of_are_ignored()
    {
        var visits = new[] { Visit(1, 0, first: true), Visit(1, 80), Visit(2, 200, first: true) };
        var metrics = Dashboard.Compute(visits, [], [], T0 + Duration.FromDays(79));
        Assert.Equal(0, metrics.RetentionCohort);
        Assert.Null(metrics.Retention90Days);
        Assert.Equal(1, metrics.FirstTimeCustomers);
    }

    [Fact]
    public void No_data_gives_undefined_metrics_and_an_incomplete_verdict()
    {
        var metrics = Dashboard.Compute([], [], [], T0);
        Assert.Null(metrics.FirstVisitNps);
        Assert.Null(metrics.PerfectRate);
        Assert.Null(metrics.SurpriseMomentsPerCustomer);
        var card = Dashboard.Evaluate(metrics, CultureInfo.GetCultureInfo("zh-CN"));
        Assert.All(card.Metrics, m => Assert.Null(m.Band));
        Assert.Equal("activation.incomplete", card.Verdict!.Key);
        Assert.Equal("激活健康度仪表盘", card.Title);
    }

    [Fact]
    public void Given_metrics_on_every_excellent_line_are_excellent()
    {
        var card = Dashboard.Evaluate(new ActivationMetrics
        {
            FirstVisitNps = 85,
            PerfectRate = Fraction.From(0.40),
            CallbackRate24h = Fraction.One,
            Retention90Days = Fraction.From(0.80),
            SurpriseMomentsPerCustomer = 3,
        });
        Assert.All(card.Metrics, m => Assert.Equal(BandKeys.Excellent, m.Band!.Key));
        Assert.Equal("activation.excellent", card.Verdict!.Key);
    }

    [Fact]
    public void Given_metrics_on_every_pass_line_pass()
    {
        // seed 001 SOP figures after the change: first NPS 87 is excellent, 90-day retention 79 % is pass.
        var card = Dashboard.Evaluate(new ActivationMetrics
        {
            FirstVisitNps = 75,
            PerfectRate = Fraction.From(0.30),
            CallbackRate24h = Fraction.From(0.90),
            Retention90Days = Fraction.From(0.79),
            SurpriseMomentsPerCustomer = 2,
        });
        Assert.All(card.Metrics, m => Assert.Equal(BandKeys.Pass, m.Band!.Key));
        Assert.Equal("activation.pass", card.Verdict!.Key);
        Assert.Equal(BandKeys.Excellent, Dashboard.Evaluate(new ActivationMetrics { FirstVisitNps = 87 })[MetricIds.ActivationFirstVisitNps].Band!.Key);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-0.5)]
    [InlineData(double.PositiveInfinity)]
    public void Bad_surprise_counts_are_rejected(double perCustomer) =>
        Assert.Throws<ArgumentOutOfRangeException>("value", () => Dashboard.Evaluate(new ActivationMetrics { SurpriseMomentsPerCustomer = perCustomer }));

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>("visits", () => Dashboard.Compute(null!, [], [], T0));
        Assert.Throws<ArgumentNullException>("visits", () => Dashboard.Compute([null!], [], [], T0));
        Assert.Throws<ArgumentOutOfRangeException>("callbackCustomers", () => Dashboard.Compute([], [], [], T0, Fraction.One, -1));
        Assert.Throws<ArgumentException>("options", () => new ActivationDashboard(new ActivationDashboardOptions { Window = Duration.Zero }));
        Assert.Throws<ArgumentException>("options", () => new ActivationDashboard(new ActivationDashboardOptions { PerfectRate = ScorecardBands.ActivationSurpriseMoments }));
    }
}

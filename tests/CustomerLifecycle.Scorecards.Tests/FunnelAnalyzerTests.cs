using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scorecards.Funnel;
using CustomerLifecycle.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Scorecards.Tests;

public class FunnelAnalyzerTests
{
    private static readonly FunnelAnalyzer Analyzer = new();

    [Fact]
    public void Seed_003_worked_example_is_reproduced_by_rounding_down_at_every_stage()
    {
        // seed 003: 10,000 → 3,500 → 2,450 → 1,470 → 441 → 66 (441 × 0.15 = 66.15).
        var funnel = Analyzer.Project(10_000, FunnelRates.ServiceCentreExample);
        Assert.Equal([3500L, 2450, 1470, 441, 66], funnel.Stages.Select(s => s.Count));
        // The seed's "流失" lines: 6,500 / 1,050 / 980 / 1,029 / 375.
        Assert.Equal([6500L, 1050, 980, 1029, 375], funnel.Stages.Select(s => s.Lost));
        Assert.Equal(66, funnel.CoreCustomers);
        Assert.Equal(Money.From(231_000m, "CNY"), funnel.CoreRevenue); // 66 × 3,500 = 23.1万
        Assert.Equal(99, funnel.NewCustomers, 12); // 66 × 1.5
        Assert.Equal(Money.From(1_543_500m, "CNY"), funnel.ValueAddedRevenue);
        Assert.Equal(0.0066, (double)funnel.CoreCustomers / funnel.Population, 12); // "0.66%"
    }

    [Fact]
    public void A_customer_lost_at_acquisition_costs_0_0189_referrers()
    {
        var funnel = Analyzer.Project(10_000, FunnelRates.ServiceCentreExample);
        Assert.Equal(0.0189, funnel.DownstreamYield(FunnelStage.Acquisition)!.Value, 12); // 0.7 × 0.6 × 0.3 × 0.15
        Assert.Equal(0.15, funnel.DownstreamYield(FunnelStage.Revenue)!.Value, 12);
        Assert.Equal(1, funnel.DownstreamYield(FunnelStage.Referral));
    }

    [Fact]
    public void Activation_70_to_80_percent_lifts_core_customers_66_to_75_and_revenue_231k_to_263k()
    {
        var whatIf = Analyzer.WhatIf(10_000, FunnelRates.ServiceCentreExample, FunnelStage.Activation, Fraction.From(0.80));
        Assert.Equal([3500L, 2800, 1680, 504, 75], whatIf.After.Stages.Select(s => s.Count)); // 504 × 0.15 = 75.6 → 75
        Assert.Equal(66, whatIf.Before.CoreCustomers);
        Assert.Equal(75, whatIf.After.CoreCustomers);
        Assert.Equal(0.14, Math.Round(whatIf.CoreLift!.Value, 2)); // 75 / 66 − 1 = 13.6 %, the seed's "+14%"
        Assert.Equal(262_500m, whatIf.After.CoreRevenue.Amount); // the seed's "26.3万" is 262,500 rounded to ¥1,000
        Assert.Equal(263_000m, Math.Round(whatIf.After.CoreRevenue.Amount / 1000m, MidpointRounding.AwayFromZero) * 1000m);
        Assert.Equal(31_500m, whatIf.CoreRevenueChange.Amount);
    }

    [Fact]
    public void Rounding_is_exact_even_where_binary_doubles_are_not()
    {
        // 100 × 0.29 is 28.999999999999996 in doubles; the decimal rule keeps 29.
        Assert.Equal(28, Math.Floor(100 * 0.29));
        var rates = FunnelRates.ServiceCentreExample.WithRate(FunnelStage.Acquisition, Fraction.From(0.29));
        Assert.Equal(29, Analyzer.Project(100, rates)[FunnelStage.Acquisition].Count);
    }

    [Fact]
    public void The_bottleneck_is_the_stage_with_the_lowest_conversion()
    {
        Assert.Equal(FunnelStage.Referral, Analyzer.Project(10_000, FunnelRates.ServiceCentreExample).Bottleneck);
        var rates = FunnelRates.ServiceCentreExample.WithRate(FunnelStage.Acquisition, Fraction.From(0.05)); // the seed diagram's 5 %
        Assert.Equal(FunnelStage.Acquisition, Analyzer.Project(10_000, rates).Bottleneck);
    }

    [Fact]
    public void Measured_counts_give_count_ratios()
    {
        var funnel = Analyzer.FromCounts(10_000, [3500, 2450, 1470, 441, 66]);
        Assert.Equal(0.35, funnel[FunnelStage.Acquisition].Conversion!.Value.Value, 12);
        Assert.Equal(66d / 441, funnel[FunnelStage.Referral].Conversion!.Value.Value, 12);
        var empty = Analyzer.FromCounts(10, [0, 0, 0, 0, 0]);
        Assert.Null(empty[FunnelStage.Activation].Conversion);
        Assert.Null(empty.DownstreamYield(FunnelStage.Acquisition));
        Assert.Equal(FunnelStage.Acquisition, empty.Bottleneck);
    }

    [Fact]
    public void Bad_counts_are_rejected()
    {
        Assert.Throws<ArgumentException>("counts", () => Analyzer.FromCounts(10_000, [3500, 2450, 2500, 441, 66]));
        Assert.Throws<ArgumentOutOfRangeException>("counts", () => Analyzer.FromCounts(10_000, [3500, -1, 0, 0, 0]));
        Assert.Throws<ArgumentException>("counts", () => Analyzer.FromCounts(10_000, [3500, 2450, 1470, 441]));
        Assert.Throws<ArgumentException>("counts", () => Analyzer.FromCounts(10_000, []));
        Assert.Throws<ArgumentException>("counts", () => Analyzer.FromCounts(100, [101, 0, 0, 0, 0]));
        Assert.Throws<ArgumentOutOfRangeException>("population", () => Analyzer.FromCounts(0, [0, 0, 0, 0, 0]));
        Assert.Throws<ArgumentOutOfRangeException>("population", () => Analyzer.Project(-5, FunnelRates.ServiceCentreExample));
        Assert.Throws<ArgumentException>("tally", () => Analyzer.FromTally(FunnelTally.Empty));
        Assert.Throws<ArgumentException>("options", () => new FunnelAnalyzer(new FunnelOptions { NewCustomersPerReferrer = double.NaN }));
        Assert.Throws<ArgumentException>("options", () => new FunnelAnalyzer(new FunnelOptions { AverageTicket = Money.From(-1m, "CNY") }));
    }

    private static readonly Instant Jan1 = Instant.FromUtc(2025, 1, 1, 0, 0);

    private static CustomerId C(int i) => CustomerId.From("c" + i.ToString(CultureInfo.InvariantCulture));

    private static ServiceVisit Visit(int c, int day) => new(C(c), Jan1 + Duration.FromDays(day), Jan1 + Duration.FromDays(day) + Duration.FromHours(1), day < 10);

    [Fact]
    public void The_funnel_is_measured_from_events()
    {
        var year = new NodaTime.Interval(Jan1, Jan1 + Duration.FromDays(365));
        // c1..c4 visit; c1..c3 score 9+ on their first visit, c4 scores 6; c1, c2, c4 come twice; c1 buys, c2 buys;
        // c1 refers; c5 refers but never visited (counts nowhere); a visit before the year does not count.
        ServiceVisit[] visits = [Visit(1, 1), Visit(1, 100), Visit(2, 2), Visit(2, 200), Visit(3, 3), Visit(4, 4), Visit(4, 40),
            new(C(3), Jan1 - Duration.FromDays(30), Jan1 - Duration.FromDays(30) + Duration.FromHours(1))];
        SurveyResponse[] responses = [.. new[] { (1, 10), (2, 9), (3, 9), (4, 6) }.Select(p => new SurveyResponse(LikelihoodScore.From(p.Item2), C(p.Item1), Jan1 + Duration.FromDays(p.Item1), isFirstVisit: true))];
        var tally = FunnelTally.FromEvents(100, year, visits, responses, [C(1), C(2), C(4)], [C(1), C(5)]);
        Assert.Equal(100, tally.Population);
        Assert.Equal([4L, 3, 2, 2, 1], tally.Counts);
        var funnel = Analyzer.FromTally(tally);
        Assert.Equal(0.04, funnel[FunnelStage.Acquisition].Conversion!.Value.Value, 12);
        Assert.Throws<ArgumentOutOfRangeException>("population", () => FunnelTally.FromEvents(3, year, visits, responses, [], []));
    }

    private static Arbitrary<FunnelJourney> Journeys() =>
        (from b in Gen.ArrayOf(ArbMap.Default.GeneratorFor<bool>(), 5) select new FunnelJourney(b[0], b[1], b[2], b[3], b[4])).ToArbitrary();

    [Property]
    public Property Tallied_counts_never_increase_down_the_stages() =>
        Prop.ForAll(Gen.ArrayOf(Journeys().Generator).ToArbitrary(), journeys =>
        {
            var tally = FunnelTally.Of(journeys);
            long[] chain = [tally.Population, .. tally.Counts];
            return tally.Population == journeys.Length && chain.Zip(chain.Skip(1)).All(p => p.First >= p.Second);
        });

    [Property]
    public Property Merged_tallies_equal_the_tally_of_all() =>
        Prop.ForAll(Gen.ArrayOf(Journeys().Generator).ToArbitrary(), Gen.ArrayOf(Journeys().Generator).ToArbitrary(), (a, b) =>
            FunnelTally.Of(a).Merge(FunnelTally.Of(b)) == FunnelTally.Of([.. a, .. b]));

    [Property(Arbitrary = [typeof(LifecycleArbitraries)])]
    public bool Projected_counts_never_increase_down_the_stages(Fraction a, Fraction b, Fraction c, Fraction d, Fraction e, PositiveInt population)
    {
        var funnel = Analyzer.Project(population.Get, new FunnelRates(a, b, c, d, e));
        long[] chain = [funnel.Population, .. funnel.Stages.Select(s => s.Count)];
        return chain.Zip(chain.Skip(1)).All(p => p.First >= p.Second) && funnel.Stages.All(s => s.Lost >= 0);
    }
}

using CustomerLifecycle.Core;
using CustomerLifecycle.Scoring.Clv.Deterministic;
using static CustomerLifecycle.Scoring.Clv.Deterministic.ValueStreamKind;

namespace CustomerLifecycle.Scoring.Tests.Clv.Deterministic;

public class ValueBreakdownTests
{
    private static Money Cny(decimal amount) => Money.From(amount, "CNY");

    /// <summary>Seed 004, manager Wang's two years with Mr Zhang.</summary>
    internal static ValueBreakdown Seed004TwoYears() => ValueBreakdown.Of(
        "CNY",
        [
            ValueStream.Repeated(Maintenance, 4, Cny(1_500), label: "scheduled maintenance"),
            new ValueStream(ValueAddedService, Cny(3_800), label: "partial film"),
            new ValueStream(ExtendedWarranty, Cny(8_800)),
            new ValueStream(Parts, Cny(2_400)),
            new ValueStream(Family, Cny(18_000), label: "parents' car service"),
            new ValueStream(Referral, Cny(12_000), label: "2 friends referred"),
        ]);

    [Fact]
    public void Seed_004_services_are_21000_and_family_and_referrals_30000_of_51000()
    {
        var b = Seed004TwoYears();

        Assert.Equal(Cny(6_000), b.Of(Maintenance)); // 4 × ¥1,500
        Assert.Equal(Cny(21_000), b.Of(Maintenance, ValueAddedService, ExtendedWarranty, Parts));
        Assert.Equal(Cny(30_000), b.Of(Family, Referral));
        Assert.Equal(Cny(51_000), b.Total);
    }

    [Fact]
    public void Seed_004_the_CLV_manager_earned_87_times_the_transactional_advisor()
    {
        // advisor Li: ¥580 of brake fluid, once; the seed prints "87倍" for 51,000 / 580 = 87.9 (the whole part).
        var ratio = Seed004TwoYears().Total.Amount / 580m;
        Assert.Equal(87m, decimal.Truncate(ratio));
    }

    [Fact]
    public void Seed_004_family_and_referrals_hold_40_to_60_percent()
    {
        var share = Seed004TwoYears().ShareOf(Family, Referral)!.Value.Value;
        Assert.Equal(30_000d / 51_000d, share, 12);
        Assert.InRange(share, 0.40, 0.60);
    }

    [Theory]
    [InlineData(50_000, 250_000)] // friends 5万 → 25万
    [InlineData(100_000, 300_000)] // friends 10万 → 30万
    public void Seed_004_family_value_matrix_totals_25_to_30_wan(int friends, int total)
    {
        // core customer (Model Y) 12万 + parents (their Model 3) 8万 + 2–3 referred friends 5–10万; spouse: unquantified.
        var core = ValueBreakdown.Of("CNY", [new ValueStream(Repurchase, Cny(120_000), ValueStatus.Potential, "Mr Zhang, Model Y, 8 years")]);
        var household = ValueBreakdown.Of("CNY", [new ValueStream(Family, Cny(80_000), ValueStatus.Potential, "parents, Model 3")]);
        var friendsCircle = ValueBreakdown.Of("CNY", [new ValueStream(Referral, Cny(friends), ValueStatus.Potential, "friends")]);

        var matrix = core.Merge(household).Merge(friendsCircle);

        Assert.Equal(Cny(total), matrix.Total);
        Assert.Equal(Cny(total), matrix.Potential);
        Assert.Equal(Cny(0), matrix.Realised);
    }

    [Fact]
    public void Seed_002_a_1150_yuan_rescue_returned_182_times_its_cost()
    {
        // seed 002: technician 2 h × ¥150 + fuel ¥50 + parts ¥800 = ¥1,150; three friends bought cars worth ¥2.1M at 10 % net margin.
        var cost = Money.From(2 * 150m + 50m + 800m, "CNY");
        var value = ValueBreakdown.Of("CNY", [ValueStream.Repeated(Referral, 1, Cny(2_100_000m * 0.10m), ValueStatus.Realised, "3 referred purchases")]);

        Assert.Equal(Cny(1_150), cost);
        Assert.Equal(Cny(210_000), value.Total);
        Assert.Equal(182m, decimal.Truncate(value.ReturnOn(cost))); // 182.6…, printed "182倍"
        Assert.Throws<ArgumentOutOfRangeException>("investment", () => value.ReturnOn(Cny(0)));
        Assert.Throws<ArgumentException>("investment", () => value.ReturnOn(Money.From(1, "USD")));
    }

    [Fact]
    public void Seed_003_three_years_of_a_retained_customer_are_about_15000()
    {
        // seed 003: a lost first-service customer would have brought "6 maintenance visits + 3 value-added services,
        // about ¥15,000" in 3 years; priced at seed 004's ¥1,500 a visit and seed 003's ¥2,000 average ticket.
        var threeYears = ValueBreakdown.Of("CNY", [ValueStream.Repeated(Maintenance, 6, Cny(1_500)), ValueStream.Repeated(ValueAddedService, 3, Cny(2_000))]);

        Assert.Equal(Cny(15_000), threeYears.Total);
    }

    [Fact]
    public void Realised_and_potential_add_up_to_the_total()
    {
        var b = Seed004TwoYears().Add(new ValueStream(Repurchase, Cny(300_000), ValueStatus.Potential));

        Assert.Equal(Cny(51_000), b.Realised);
        Assert.Equal(Cny(300_000), b.Potential);
        Assert.Equal(b.Realised + b.Potential, b.Total);
    }

    [Fact]
    public void Merge_is_associative_and_totals_commute()
    {
        var a = Seed004TwoYears();
        var b = ValueBreakdown.Of("CNY", [new ValueStream(Repair, Cny(700))]);
        var c = ValueBreakdown.Of("CNY", [new ValueStream(Other, Cny(5))]);

        Assert.Equal(a.Merge(b).Merge(c).Streams, a.Merge(b.Merge(c)).Streams);
        Assert.Equal(a.Merge(b).Total, b.Merge(a).Total);
        Assert.Equal([Maintenance, ValueAddedService, ExtendedWarranty, Parts, Repair, Family, Referral], a.Merge(b).ByKind().Select(p => p.Key));
    }

    [Fact]
    public void Share_of_an_empty_breakdown_is_undefined()
    {
        Assert.Null(ValueBreakdown.Empty("CNY").ShareOf(Family));
        Assert.Equal(Cny(0), ValueBreakdown.Empty("CNY").Total);
    }

    [Fact]
    public void Bad_streams_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("amount", () => new ValueStream(Parts, Cny(-1)));
        Assert.Throws<ArgumentException>("amount", () => new ValueStream(Parts, default));
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => new ValueStream((ValueStreamKind)99, Cny(1)));
        Assert.Throws<ArgumentOutOfRangeException>("status", () => new ValueStream(Parts, Cny(1), (ValueStatus)9));
        Assert.Throws<ArgumentOutOfRangeException>("count", () => ValueStream.Repeated(Maintenance, -1, Cny(1)));
        Assert.Throws<ArgumentException>("streams", () => ValueBreakdown.Empty("CNY").Add(new ValueStream(Parts, Money.From(1, "USD"))));
        Assert.Throws<ArgumentException>("currency", () => ValueBreakdown.Empty("yuan"));
    }
}

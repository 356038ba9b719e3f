using System.Globalization;
using CustomerLifecycle.Tests.Shared;
using FsCheck.Xunit;

namespace CustomerLifecycle.Core.Tests;

public class LikelihoodScoreTests
{
    [Theory]
    [InlineData(0, NpsCategory.Detractor)]
    [InlineData(6, NpsCategory.Detractor)]
    [InlineData(7, NpsCategory.Passive)]
    [InlineData(8, NpsCategory.Passive)]
    [InlineData(9, NpsCategory.Promoter)]
    [InlineData(10, NpsCategory.Promoter)]
    public void Score_category_follows_the_0_6_7_8_9_10_split(int value, NpsCategory expected) =>
        Assert.Equal(expected, LikelihoodScore.From(value).Category);

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(int.MaxValue)]
    public void Score_outside_0_to_10_is_rejected(int value)
    {
        Assert.Throws<ArgumentOutOfRangeException>("value", () => LikelihoodScore.From(value));
        Assert.False(LikelihoodScore.TryFrom(value, out _));
        Assert.Throws<ArgumentOutOfRangeException>("value", () => LikelihoodScore.Classify(value));
    }

    [Property(Arbitrary = [typeof(LifecycleArbitraries)])]
    public bool Scores_order_like_their_values(LikelihoodScore a, LikelihoodScore b) =>
        (a < b) == (a.Value < b.Value) && a.CompareTo(b) == a.Value.CompareTo(b.Value);
}

public class CustomerIdTests
{
    [Fact]
    public void Customer_id_is_trimmed_and_compared_ordinally()
    {
        var id = CustomerId.From("  C-001 ");
        Assert.Equal("C-001", id.Value);
        Assert.Equal(CustomerId.From("C-001"), id);
        Assert.NotEqual(CustomerId.From("c-001"), id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_customer_id_is_rejected(string value) =>
        Assert.Throws<ArgumentException>("value", () => CustomerId.From(value));

    [Fact]
    public void Customer_id_longer_than_200_characters_is_rejected() =>
        Assert.False(CustomerId.TryFrom(new string('x', 201), out _));

    [Fact]
    public void Default_customer_id_is_empty() => Assert.True(default(CustomerId).IsEmpty);
}

public class MoneyTests
{
    [Fact]
    public void Amounts_of_one_currency_add_exactly()
    {
        // seed 004: ¥21,000 services + ¥30,000 family and referrals = ¥51,000
        var total = Money.From(21_000m, "CNY") + Money.From(30_000m, "cny");
        Assert.Equal(Money.From(51_000m, "CNY"), total);
        Assert.Equal("51000.00 CNY", total.ToString());
    }

    [Fact]
    public void Adding_different_currencies_throws() =>
        Assert.Throws<ArgumentException>("other", () => Money.From(1m, "CNY") + Money.From(1m, "USD"));

    [Theory]
    [InlineData("")]
    [InlineData("RMB1")]
    [InlineData("C1Y")]
    public void Currency_must_be_three_letters(string currency) =>
        Assert.Throws<ArgumentException>("currency", () => Money.From(1m, currency));

    [Fact]
    public void Money_multiplies_by_a_decimal_factor() =>
        Assert.Equal(Money.From(6_000m, "CNY"), Money.From(1_500m, "CNY") * 4m);
}

public class FractionTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Fraction_outside_0_1_or_not_finite_is_rejected(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>("value", () => Fraction.From(value));

    [Fact]
    public void Percent_formatting_is_explicit()
    {
        var f = Fraction.FromPercent(70);
        Assert.Equal(0.7, f.Value, 12);
        Assert.Equal("70.0%", f.ToPercentString());
        Assert.Equal("70.00%", f.ToString("P2", CultureInfo.InvariantCulture));
        Assert.Equal("0.7", f.ToString());
    }

    [Fact]
    public void Fraction_of_counts_checks_its_arguments()
    {
        Assert.Equal(0.25, Fraction.Of(1, 4).Value);
        Assert.Throws<ArgumentOutOfRangeException>("whole", () => Fraction.Of(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>("part", () => Fraction.Of(5, 4));
    }

    [Property(Arbitrary = [typeof(LifecycleArbitraries)])]
    public bool Complement_of_complement_is_the_fraction(Fraction f) =>
        Math.Abs(f.Complement().Complement().Value - f.Value) < 1e-15;
}

using System.Globalization;

namespace CustomerLifecycle.Core.Tests.Boundaries;

public class FractionBoundaryTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Theory]
    [InlineData(0d)]
    [InlineData(1d)]
    [InlineData(0.5d)]
    public void Fraction_accepts_both_ends_of_0_to_1(double value)
    {
        Assert.True(Fraction.TryFrom(value, out var f));
        Assert.Equal(value, f.Value);
        Assert.Equal(value, Fraction.From(value).Value);
    }

    [Theory]
    [InlineData(-1e-300)]
    [InlineData(1.0000000000000002)]
    [InlineData(double.NaN)]
    public void Refused_fraction_leaves_zero(double value)
    {
        Assert.False(Fraction.TryFrom(value, out var f));
        Assert.Equal(Fraction.Zero, f);
    }

    [Fact]
    public void Refused_fraction_names_the_value_in_invariant_culture()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("value", () => Fraction.From(1.5));
        Assert.Contains("got 1.5", e.Message, StringComparison.Ordinal);
        Assert.Equal(1.5, e.ActualValue);
    }

    [Theory]
    [InlineData(0d, 0d)]
    [InlineData(100d, 1d)]
    [InlineData(25d, 0.25d)]
    public void Percent_converts_to_a_fraction_at_both_ends(double percent, double expected)
    {
        var f = Fraction.FromPercent(percent);
        Assert.Equal(expected, f.Value);
        Assert.Equal(percent, f.Percent, 12);
    }

    [Theory]
    [InlineData(-0.001)]
    [InlineData(100.001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Percent_outside_0_to_100_is_rejected(double percent)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("percent", () => Fraction.FromPercent(percent));
        Assert.Contains("[0, 100]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Share_of_counts_includes_none_and_all()
    {
        Assert.Equal(0d, Fraction.Of(0, 7).Value);
        Assert.Equal(1d, Fraction.Of(7, 7).Value);
        Assert.Equal(2d / 3d, Fraction.Of(2, 3).Value);
    }

    [Fact]
    public void Share_of_counts_refuses_a_negative_whole_or_part()
    {
        Assert.Throws<ArgumentOutOfRangeException>("whole", () => Fraction.Of(0, -1));
        Assert.Throws<ArgumentOutOfRangeException>("part", () => Fraction.Of(-1, 3));
    }

    [Fact]
    public void Complement_is_one_minus_the_value()
    {
        Assert.Equal(0.75, Fraction.From(0.25).Complement().Value);
        Assert.Equal(1d, Fraction.Zero.Complement().Value);
        Assert.Equal(0d, Fraction.One.Complement().Value);
        Assert.Equal(1d, Fraction.One.Value);
    }

    [Theory]
    [InlineData(0, "25%")]
    [InlineData(1, "25.0%")]
    [InlineData(6, "25.000000%")]
    public void Percent_text_has_the_requested_decimals(int decimals, string expected) =>
        Assert.Equal(expected, Fraction.From(0.25).ToPercentString(decimals));

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    public void Percent_text_refuses_decimals_outside_0_to_6(int decimals) =>
        Assert.Throws<ArgumentOutOfRangeException>("decimals", () => Fraction.From(0.25).ToPercentString(decimals));

    [Fact]
    public void Percent_text_uses_the_culture_given() =>
        Assert.Equal("12,5%", Fraction.From(0.125).ToPercentString(1, German));

    [Theory]
    [InlineData("P", "12.6%")]
    [InlineData("p", "12.6%")]
    [InlineData("P0", "13%")]
    [InlineData("P3", "12.600%")]
    [InlineData("P9", "12.600000%")]
    [InlineData("Px", "12.6%")]
    [InlineData("P-2", "12.6%")]
    [InlineData("F2", "0.13")]
    [InlineData("G", "0.126")]
    [InlineData(null, "0.126")]
    [InlineData("", "0.126")]
    public void Format_P_gives_a_percentage_and_other_formats_the_value(string? format, string expected) =>
        Assert.Equal(expected, Fraction.From(0.126).ToString(format, null));

    [Fact]
    public void Format_uses_the_culture_given()
    {
        Assert.Equal("12,60%", Fraction.From(0.126).ToString("P2", German));
        Assert.Equal("0,126", Fraction.From(0.126).ToString("G", German));
    }

    [Fact]
    public void Plain_text_round_trips_the_value() =>
        Assert.Equal("0.1", Fraction.From(0.1).ToString());

    [Theory]
    [InlineData(0.2, 0.3, -1)]
    [InlineData(0.3, 0.2, 1)]
    [InlineData(0.3, 0.3, 0)]
    public void Fraction_operators_agree_with_the_values(double left, double right, int sign)
    {
        var l = Fraction.From(left);
        var r = Fraction.From(right);
        Assert.Equal(sign, Math.Sign(l.CompareTo(r)));
        Assert.Equal(sign < 0, l < r);
        Assert.Equal(sign > 0, l > r);
        Assert.Equal(sign <= 0, l <= r);
        Assert.Equal(sign >= 0, l >= r);
    }
}

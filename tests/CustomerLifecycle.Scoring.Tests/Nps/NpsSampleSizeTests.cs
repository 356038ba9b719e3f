using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Scoring.Tests.Nps;

// Reference: shared/reference/nps_formulas_check.out, "sample sizes" (95 % confidence, 80 % power, adjusted Wald "− 3").
public class NpsSampleSizeTests
{
    [Theory]
    [InlineData(0.80, 0.10, 10, 155)]
    [InlineData(0.50, 0.50, 10, 382)]
    [InlineData(0.80, 0.10, 5, 627)]
    [InlineData(0.50, 0.50, 5, 1534)]
    public void Responses_for_a_margin_of_error_match_the_reference(double p, double d, double margin, int expected) =>
        Assert.Equal(expected, NpsSampleSize.ForMarginOfError(p, d, margin));

    [Fact]
    public void Detecting_plus_7_needs_1194_per_group() =>
        Assert.Equal(1194, NpsSampleSize.PerGroup(0.80, 0.10, 0.85, 0.08, 7));

    [Fact]
    public void Detecting_the_seed_000_move_from_60_to_75_needs_242_per_group() =>
        Assert.Equal(242, NpsSampleSize.PerGroup(0.70, 0.10, 0.85, 0.05, 15));

    [Fact]
    public void Plain_wald_sample_size_has_no_pseudo_responses() =>
        Assert.Equal(NpsSampleSize.ForMarginOfError(0.8, 0.1, 10) + 3, NpsSampleSize.ForMarginOfError(0.8, 0.1, 10, method: NpsIntervalMethod.Wald));

    [Fact]
    public void A_sample_size_is_at_least_one() =>
        Assert.Equal(1, NpsSampleSize.ForMarginOfError(1, 0, 100));

    [Theory]
    [InlineData(-0.1, 0.1, 5, "promoterShare")]
    [InlineData(0.7, 0.4, 5, "detractorShare")]
    [InlineData(0.7, 0.1, 0, "marginOfError")]
    [InlineData(0.7, 0.1, double.NaN, "marginOfError")]
    public void Bad_arguments_are_rejected_by_name(double p, double d, double margin, string param) =>
        Assert.Throws<ArgumentOutOfRangeException>(param, () => NpsSampleSize.ForMarginOfError(p, d, margin));

    [Fact]
    public void Power_must_be_a_probability() =>
        Assert.Throws<ArgumentOutOfRangeException>("power", () => NpsSampleSize.PerGroup(0.7, 0.1, 0.8, 0.1, 5, power: 1));
}

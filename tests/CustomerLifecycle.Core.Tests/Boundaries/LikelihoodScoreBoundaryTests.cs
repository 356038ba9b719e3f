namespace CustomerLifecycle.Core.Tests.Boundaries;

public class LikelihoodScoreBoundaryTests
{
    [Theory]
    [InlineData(0, NpsCategory.Detractor)]
    [InlineData(6, NpsCategory.Detractor)]
    [InlineData(7, NpsCategory.Passive)]
    [InlineData(8, NpsCategory.Passive)]
    [InlineData(9, NpsCategory.Promoter)]
    [InlineData(10, NpsCategory.Promoter)]
    public void Raw_scores_classify_at_each_boundary(int value, NpsCategory expected) =>
        Assert.Equal(expected, LikelihoodScore.Classify(value));

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Both_ends_of_the_scale_are_scores(int value)
    {
        Assert.True(LikelihoodScore.TryFrom(value, out var s));
        Assert.Equal(value, s.Value);
    }

    [Fact]
    public void Refused_score_leaves_zero_and_names_the_value()
    {
        Assert.False(LikelihoodScore.TryFrom(11, out var s));
        Assert.Equal(0, s.Value);
        Assert.Contains("0–10; got 11", Assert.Throws<ArgumentOutOfRangeException>(() => LikelihoodScore.From(11)).Message, StringComparison.Ordinal);
        Assert.Contains("got -1", Assert.Throws<ArgumentOutOfRangeException>(() => LikelihoodScore.Classify(-1)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, 8, -1)]
    [InlineData(8, 3, 1)]
    [InlineData(8, 8, 0)]
    public void Score_operators_agree_with_the_values(int left, int right, int sign)
    {
        var l = LikelihoodScore.From(left);
        var r = LikelihoodScore.From(right);
        Assert.Equal(sign, Math.Sign(l.CompareTo(r)));
        Assert.Equal(sign < 0, l < r);
        Assert.Equal(sign > 0, l > r);
        Assert.Equal(sign <= 0, l <= r);
        Assert.Equal(sign >= 0, l >= r);
    }

    [Fact]
    public void Score_prints_as_its_number() => Assert.Equal("7", LikelihoodScore.From(7).ToString());
}

using CustomerLifecycle.Docs.Examples;

namespace CustomerLifecycle.Docs.Tests;

public class GettingStartedTests
{
    [Fact]
    public void Getting_started_example_computes_what_the_page_says()
    {
        var (estimate, comparison) = GettingStarted.Run();
        Assert.Equal(40d, estimate.Nps!.Value, 10); // 6 promoters, 2 passives, 2 detractors of 10: 60 % − 20 %
        Assert.Equal(-12.6, estimate.Interval!.Value.Low, 0.05);  // the page prints [-12.6, 74.1]
        Assert.Equal(74.1, estimate.Interval!.Value.High, 0.05);
        Assert.Equal(7d, comparison.Difference!.Value, 10);
        Assert.Equal(0.235, comparison.PValue!.Value, 0.001);
    }

    [Fact]
    public void Registration_example_applies_the_options() =>
        Assert.Equal(0.90, GettingStarted.Register().Options.ConfidenceLevel);

    [Fact]
    public void Readme_example_prints_what_its_comments_say()
    {
        var (estimate, comparison) = Readme.Run();
        Assert.Equal(40d, estimate.Nps!.Value, 10);
        Assert.Equal(-12.6, estimate.Interval!.Value.Low, 0.05);
        Assert.Equal(74.1, estimate.Interval!.Value.High, 0.05);
        Assert.Equal(0.235, comparison.PValue!.Value, 0.0005);
    }
}

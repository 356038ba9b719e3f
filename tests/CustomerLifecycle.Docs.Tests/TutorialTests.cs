using CustomerLifecycle.Docs.Examples.Tutorials;

namespace CustomerLifecycle.Docs.Tests;

public class TutorialTests
{
    [Fact]
    public void Coffee_experiment_difference_is_not_significant_as_the_tutorial_says()
    {
        var comparison = NpsChange.Compare();
        Assert.Equal(7d, comparison.Difference!.Value, 10);
        Assert.Equal(-4.5, comparison.Interval!.Value.Low, 0.1);
        Assert.Equal(18.3, comparison.Interval!.Value.High, 0.1);
        Assert.Equal(0.235, comparison.PValue!.Value, 0.001);
        Assert.False(comparison.IsSignificant);
    }

    [Fact]
    public void Sample_size_to_detect_seven_points_is_the_figure_the_tutorial_prints() =>
        Assert.Equal(1063, NpsChange.Plan());
}

namespace CustomerLifecycle.Cli.Tests.Scorecard;

public class ScorecardDemoTests
{
    [Fact]
    public void Demo_shows_the_flywheel_value_and_quality_sections_on_the_seed_figures()
    {
        var result = CliRunner.Run("demo");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var flywheel = result.Stdout.IndexOf("── How fast do referrals compound? ", StringComparison.Ordinal);
        var value = result.Stdout.IndexOf("── What does after-sales earn? ", StringComparison.Ordinal);
        var quality = result.Stdout.IndexOf("── Is this a batch problem? ", StringComparison.Ordinal);
        Assert.True(flywheel >= 0 && value > flywheel && quality > value, "sections in the order of the kinds");
        Assert.Contains("+98.0%", result.Stdout[flywheel..value], StringComparison.Ordinal);       // 100 → 198
        Assert.Contains("182.6×", result.Stdout[value..quality], StringComparison.Ordinal);        // ¥1,150 → ¥210k profit
        Assert.Contains("250.0×", result.Stdout[value..quality], StringComparison.Ordinal);        // 2亿 ÷ 80万
        Assert.Contains("battery_batch=", result.Stdout[quality..], StringComparison.Ordinal);
        Assert.Contains("8,000", result.Stdout[quality..], StringComparison.Ordinal);             // the batch in the field
    }
}

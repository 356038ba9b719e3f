namespace CustomerLifecycle.Cli.Tests.Clv;

public class SummarizeDemoTests
{
    [Fact]
    public void Demo_has_the_CLV_section_with_seed_004_figures_and_a_summary_table()
    {
        var result = CliRunner.Run("demo");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("¥51,000", result.Stdout, StringComparison.Ordinal); // services 21,000 + family and referrals 30,000
        Assert.Contains("¥21,000", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("¥30,000", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("¥250,000", result.Stdout, StringComparison.Ordinal); // family value matrix 25–30万
        Assert.Contains("¥300,000", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("58.8%", result.Stdout, StringComparison.Ordinal); // 30,000 / 51,000
        Assert.Contains("owner-01, owner-02 hold ¥72,000", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("│ owner-01 │ 1 │ 12.86", result.Stdout, StringComparison.Ordinal); // same-day visits on day 0 count once; day 90 = 12.86 weeks
    }
}

using CustomerLifecycle.Docs.Examples;

namespace CustomerLifecycle.Docs.Tests;

/// <summary>The figures the package READMEs print in their comments are the ones their code gives.</summary>
public class PackageReadmeTests
{
    [Fact]
    public void Scoring_readme_states_the_estimate_and_comparison_its_code_gives()
    {
        var (estimate, comparison) = PackageReadmes.Scoring();

        Assert.Equal(60d, estimate.Nps!.Value, 6);
        Assert.Equal(45.3, estimate.Interval!.Value.Low, 1);
        Assert.Equal(71.2, estimate.Interval.Value.High, 1);
        Assert.Equal(7d, comparison.Difference!.Value, 6);
        Assert.Equal(0.235, comparison.PValue!.Value, 3);
        Assert.False(comparison.IsSignificant);
    }

    [Fact]
    public void Scorecards_readme_states_the_verdict_its_code_prints() =>
        Assert.Equal("1-2个优秀:存在明显短板,需要系统性改善。", PackageReadmes.Scorecards());

    [Fact]
    public void Every_package_readme_is_checked_as_a_page()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Pages", "packages"), "README.md", SearchOption.AllDirectories)
            .Select(p => Path.GetFileName(Path.GetDirectoryName(p)!))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(
            ["CustomerLifecycle.Cli", "CustomerLifecycle.Core", "CustomerLifecycle.Data", "CustomerLifecycle.DuckDb", "CustomerLifecycle.Followups", "CustomerLifecycle.Parquet", "CustomerLifecycle.Scorecards", "CustomerLifecycle.Scoring"],
            pages);
    }
}

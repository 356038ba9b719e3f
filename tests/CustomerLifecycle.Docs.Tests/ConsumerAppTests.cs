using System.Reflection;
using System.Text.RegularExpressions;
using CustomerLifecycle.Examples.ConsumerApp;

namespace CustomerLifecycle.Docs.Tests;

/// <summary>The consumer example (docs/consumer-app.md) runs end to end on its own data, using only public API.</summary>
public partial class ConsumerAppTests
{
    private static readonly string DataFolder = Path.Combine(AppContext.BaseDirectory, "data");

    [Fact]
    public void Consumer_example_computes_nps_clv_and_a_plan_from_files_with_services_from_di()
    {
        using var output = new StringWriter();
        var report = Program.Run(output, DataFolder);

        Assert.Equal(120, report.Nps.Tally.Total);
        Assert.NotNull(report.Nps.Interval);
        Assert.True(report.Purchases.Converged, report.Purchases.Message);
        Assert.True(report.Spend.Converged, report.Spend.Message);
        // The log was simulated from BG/NBD r = 0.6, α = 6 (weeks): the fit lands near them.
        Assert.InRange(report.Purchases["r"], 0.3, 1.2);
        Assert.InRange(report.Purchases["alpha"], 3d, 12d);
        Assert.Equal(5, report.Top.Count);
        Assert.All(report.Top, p => Assert.InRange(p.ProbabilityAlive, 0d, 1d));
        Assert.True(report.Top.Zip(report.Top.Skip(1)).All(pair => pair.First.Value >= pair.Second.Value), "top customers are ordered by CLV");
        Assert.NotEmpty(report.Plan.Tasks);
        Assert.Contains("NPS ", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Consumer_example_uses_no_csv_code_of_its_own_and_no_internal_api()
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "examples", "ConsumerApp", "Program.cs"));
        Assert.DoesNotMatch(Parsing(), source);
        var example = typeof(Program).Assembly;
        var lifecycle = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name!.StartsWith("CustomerLifecycle.", StringComparison.Ordinal));
        Assert.All(lifecycle, a => Assert.DoesNotContain(
            a.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>(),
            v => v.AssemblyName.StartsWith(example.GetName().Name!, StringComparison.Ordinal)));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CustomerLifecycle.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("the repository root is not above the test binaries");
    }

    [GeneratedRegex(@"\bSplit\(|\b(?:double|decimal|int)\.(?:Try)?Parse\b|StreamReader|ReadAllLines")]
    private static partial Regex Parsing();
}

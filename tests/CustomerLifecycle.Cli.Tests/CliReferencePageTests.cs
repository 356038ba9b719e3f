using CustomerLifecycle.Cli.Infrastructure;

namespace CustomerLifecycle.Cli.Tests;

/// <summary>
/// docs/cli.md is generated from the command definitions. When a command changes, this test fails; regenerate with
/// <c>LIFECYCLE_REGENERATE_DOCS=1 dotnet test tests/CustomerLifecycle.Cli.Tests -c Release --filter Cli_page</c>.
/// </summary>
public class CliReferencePageTests
{
    private static string PagePath
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CustomerLifecycle.sln")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new DirectoryNotFoundException("no CustomerLifecycle.sln above the test output"), "docs", "cli.md");
        }
    }

    [Fact]
    public void Cli_page_matches_the_command_definitions()
    {
        var generated = CliReference.Page(Program.BuildRootCommand());
        if (Environment.GetEnvironmentVariable(CliReference.RegenerateVariable) == "1")
        {
            File.WriteAllText(PagePath, generated);
        }

        var page = File.Exists(PagePath) ? File.ReadAllText(PagePath).ReplaceLineEndings("\n") : string.Empty;
        Assert.True(
            page == generated,
            $"docs/cli.md differs from the command definitions; regenerate it with: {CliReference.RegenerateCommand}");
    }

    [Fact]
    public void Cli_page_documents_every_command_and_the_shared_rules()
    {
        var page = CliReference.Page(Program.BuildRootCommand());
        foreach (var heading in new[] { "## lifecycle demo", "## lifecycle nps compare", "## lifecycle clv fit", "## lifecycle followups plan", "## lifecycle scorecard", "## lifecycle report" })
        {
            Assert.Contains(heading + "\n", page, StringComparison.Ordinal);
        }

        Assert.Contains(CommonOptions.ZoneRule, page, StringComparison.Ordinal);
        Assert.Contains(CliReference.RegenerateCommand, page, StringComparison.Ordinal);
    }

    [Fact]
    public void Nps_compare_usage_names_only_its_own_arguments()
    {
        var help = CliRunner.Run("nps", "compare", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("lifecycle nps compare <a> <b> [options]", help.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("<file>", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("lifecycle nps <file> [command] [options]", CliRunner.Run("nps", "--help").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_package_version_without_build_metadata()
    {
        var result = CliRunner.Run("--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(CliHelp.PackageVersion, result.Stdout.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$", result.Stdout.Trim());
        Assert.DoesNotContain("+", result.Stdout, StringComparison.Ordinal);
    }
}

using System.Diagnostics;
using System.Text.RegularExpressions;

namespace CustomerLifecycle.Site.Tests;

/// <summary>
/// Runs the README's install block exactly as written (bash, from the repository's root) against the packages in
/// artifacts/: it installs the tool as a global tool and builds and runs a console app that references a package from
/// that local feed. The global tool and the first-run files go to a temporary home, so the machine's tools are untouched;
/// the machine's package cache is shared, so no network is needed for the packages' own dependencies.
/// </summary>
public class ReadmeInstallTests
{
    private const string Marker = "<!-- install: run by tests/CustomerLifecycle.Site.Tests/ReadmeInstallTests.cs -->";

    /// <summary>The shell block after the marker in README.md.</summary>
    internal static string InstallBlock()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md")).ReplaceLineEndings("\n");
        var at = readme.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(at >= 0, "README.md has no install block marker");
        var match = Regex.Match(readme[at..], "```sh\n(?<code>.*?)\n```", RegexOptions.Singleline);
        Assert.True(match.Success, "README.md's install marker is not followed by a ```sh block");
        return match.Groups["code"].Value;
    }

    [Fact]
    public void Readme_install_block_names_the_release_candidate_and_the_local_feed()
    {
        var block = InstallBlock();
        Assert.Contains("dotnet tool install -g CustomerLifecycle.Cli --version 1.0.0-rc.1", block, StringComparison.Ordinal);
        Assert.Contains("dotnet add package CustomerLifecycle.Scoring --version 1.0.0-rc.1", block, StringComparison.Ordinal);
        Assert.Contains("artifacts", block, StringComparison.Ordinal);
    }

    [PackagesFact]
    public void Readme_install_block_installs_the_tool_and_runs_an_app_from_the_local_feed()
    {
        var home = Directory.CreateTempSubdirectory("lifecycle-install-").FullName;
        var start = new ProcessStartInfo("bash", ["-euo", "pipefail", "-c", InstallBlock()])
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        start.Environment["HOME"] = home;
        start.Environment["DOTNET_CLI_HOME"] = home;
        start.Environment["NUGET_PACKAGES"] = cache;
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(10)), "the install block took more than 10 minutes");
        Assert.True(process.ExitCode == 0, $"the README's install block failed ({process.ExitCode}):\n{stdout}\n{stderr.Result}");
        Assert.Contains("\n1.0.0-rc.1\n", "\n" + stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("NPS 45.0 [", stdout, StringComparison.Ordinal);
    }
}

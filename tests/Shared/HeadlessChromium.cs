using System.Diagnostics;

namespace CustomerLifecycle.Tests.Shared;

/// <summary>
/// Runs Debian's <c>chromium</c> package headless with a throw-away profile: shared by the report's render tests and
/// the documentation site's browser tests.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>The reason tests that need a browser are skipped when <see cref="Executable"/> is null.</summary>
    public const string MissingReason = "Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH); .ci/run installs it when it can.";

    /// <summary>The browser executable: <c>CHROMIUM_PATH</c> when set, else the first installed candidate; null when none.</summary>
    public static string? Executable
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
            return !string.IsNullOrWhiteSpace(fromEnvironment) && File.Exists(fromEnvironment)
                ? fromEnvironment
                : Candidates.FirstOrDefault(File.Exists);
        }
    }

    /// <summary>Runs the browser headless with the given arguments; its exit code, stdout and stderr.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(IEnumerable<string> args)
    {
        var exe = Executable ?? throw new InvalidOperationException("Chromium is not installed.");
        var profile = Path.Combine(Path.GetTempPath(), "lifecycle-chromium", Guid.NewGuid().ToString("N"));
        var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", $"--user-data-dir={profile}" }.Concat(args))
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Cannot start {exe}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"Chromium did not finish within 90 s: {exe}");
        }

        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary profile is harmless.
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}

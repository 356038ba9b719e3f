using System.Diagnostics;

namespace CustomerLifecycle.Site.Tests;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c> package) on a URL: the DOM after scripts ran (math typeset, search index
/// loaded) within a virtual-time budget, the console messages the page logged, or a screenshot.
/// </summary>
internal static class Chromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

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

    /// <summary>The rendered DOM and the console lines (<c>CONSOLE</c> log entries on stderr) of one page.</summary>
    public static (string Dom, IReadOnlyList<string> Console) Load(string url)
    {
        var run = Run(["--dump-dom", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=4000", url]);
        var console = run.Stderr.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        return (run.Stdout, console);
    }

    /// <summary>Takes a PNG screenshot of the page at the given window size and returns its path.</summary>
    public static string Screenshot(string url, string pngPath, int width, int height)
    {
        File.Delete(pngPath);
        var run = Run([$"--screenshot={pngPath}", $"--window-size={width},{height}", "--hide-scrollbars", "--virtual-time-budget=8000", url]);
        return File.Exists(pngPath) ? pngPath : throw new InvalidOperationException($"Chromium wrote no screenshot (exit {run.ExitCode}): {run.Stderr}");
    }

    private static (int ExitCode, string Stdout, string Stderr) Run(IEnumerable<string> args)
    {
        var exe = Executable ?? throw new InvalidOperationException("Chromium is not installed.");
        var profile = Path.Combine(Path.GetTempPath(), "lifecycle-site-chromium", Guid.NewGuid().ToString("N"));
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

/// <summary>A fact that needs the built site and a Chromium browser; skipped, saying which is missing, otherwise.</summary>
internal sealed class SiteFactAttribute : FactAttribute
{
    public SiteFactAttribute()
    {
        if (!File.Exists(Path.Combine(Repository.Site, "index.html")))
        {
            Skip = $"The site is not built ({Repository.Site} has no index.html): run `dotnet tool restore && dotnet docfx docs/docfx.json`; .ci/run does.";
        }
        else if (Chromium.Executable is null)
        {
            Skip = "Chromium is not installed (apt-get install chromium, or set CHROMIUM_PATH); .ci/run installs it when it can.";
        }
    }
}

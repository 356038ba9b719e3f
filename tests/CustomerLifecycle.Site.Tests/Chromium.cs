using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Site.Tests;

/// <summary>
/// Headless Chromium on a URL: the DOM after scripts ran (math typeset, search index loaded) within a virtual-time
/// budget, the console messages the page logged, or a screenshot.
/// </summary>
internal static class Chromium
{
    /// <summary>The rendered DOM and the console lines (<c>CONSOLE</c> log entries on stderr) of one page.</summary>
    public static (string Dom, IReadOnlyList<string> Console) Load(string url)
    {
        var run = HeadlessChromium.Run(["--dump-dom", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=4000", url]);
        var console = run.Stderr.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        return (run.Stdout, console);
    }

    /// <summary>Takes a PNG screenshot of the page at the given window size and returns its path.</summary>
    public static string Screenshot(string url, string pngPath, int width, int height)
    {
        File.Delete(pngPath);
        var run = HeadlessChromium.Run([$"--screenshot={pngPath}", $"--window-size={width},{height}", "--hide-scrollbars", "--virtual-time-budget=8000", url]);
        return File.Exists(pngPath) ? pngPath : throw new InvalidOperationException($"Chromium wrote no screenshot (exit {run.ExitCode}): {run.Stderr}");
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
        else if (HeadlessChromium.Executable is null)
        {
            Skip = HeadlessChromium.MissingReason;
        }
    }
}

using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Cli.Tests.Report;

/// <summary>Runs a headless Chromium (Debian's <c>chromium</c> package) on a local HTML file.</summary>
internal static class Chromium
{
    /// <summary>The browser executable: <c>CHROMIUM_PATH</c> when set, else the first installed candidate; null when none.</summary>
    public static string? Executable => HeadlessChromium.Executable;

    /// <summary>The DOM after the page was parsed and laid out (<c>--dump-dom</c>).</summary>
    public static string DumpDom(string htmlPath) => HeadlessChromium.Run(["--dump-dom", new Uri(htmlPath).AbsoluteUri]).Stdout;

    /// <summary>Takes a PNG screenshot of the page at the given window size and returns its path.</summary>
    public static string Screenshot(string htmlPath, string pngPath, int width, int height)
    {
        File.Delete(pngPath);
        var run = HeadlessChromium.Run([$"--screenshot={pngPath}", $"--window-size={width},{height}", "--hide-scrollbars", new Uri(htmlPath).AbsoluteUri]);
        return File.Exists(pngPath) ? pngPath : throw new InvalidOperationException($"Chromium wrote no screenshot (exit {run.ExitCode}): {run.Stderr}");
    }
}

/// <summary>A fact that needs a Chromium browser; skipped with the reason when none is installed.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null)
        {
            Skip = HeadlessChromium.MissingReason;
        }
    }
}

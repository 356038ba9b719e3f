using CustomerLifecycle.Cli.Report;

namespace CustomerLifecycle.Cli.Tests.Report;

/// <summary>The report really renders in a browser: Debian's Chromium, headless. Skipped when it is not installed.</summary>
public class ChromiumRenderTests
{
    private static string WriteReport()
    {
        var dir = Path.Combine(Path.GetTempPath(), "lifecycle-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "report.html");
        File.WriteAllText(path, HtmlReport.Render(ReportSamples.Document("<script>document.title='pwned'</script>")));
        return path;
    }

    [ChromiumFact]
    public void Report_dom_in_chromium_has_every_chart_and_no_injected_script()
    {
        var dom = Chromium.DumpDom(WriteReport());
        foreach (var chart in new[] { "funnel", "band-position", "nps-trend", "clv-tracking" })
        {
            Assert.Contains($"data-chart=\"{chart}\"", dom, StringComparison.Ordinal);
        }

        Assert.Contains("<polygon class=\"ci-band\"", dom, StringComparison.Ordinal);
        Assert.Contains("<title>Service centre report</title>", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("pwned</title>", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", dom, StringComparison.OrdinalIgnoreCase);
    }

    [ChromiumFact]
    public void Report_written_by_the_cli_renders_its_charts_in_chromium()
    {
        var html = Path.Combine(DemoInputs.Folder(), "report.html");
        Assert.Equal(0, CliRunner.Run("report", Path.GetDirectoryName(html)!, "-o", html).ExitCode);
        var dom = Chromium.DumpDom(html);
        Assert.Contains("data-chart=\"nps-trend\"", dom, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"clv-tracking\"", dom, StringComparison.Ordinal);
        var png = Png.Read(Chromium.Screenshot(html, Path.ChangeExtension(html, ".png"), 1000, 4200));
        Assert.True(png.Count("#1565c0", 30) > 100, "no NPS trend line in the screenshot");
        Assert.True(png.Count("#ef6c00", 30) > 100, "no expected (model) line in the screenshot");
    }

    [ChromiumFact]
    public void Report_screenshot_shows_the_charts_colours()
    {
        var html = WriteReport();
        var png = Png.Read(Chromium.Screenshot(html, Path.ChangeExtension(html, ".png"), 1000, 1400));
        Assert.Equal((1000, 1400), (png.Width, png.Height));
        Assert.True(png.DistinctColours() > 50, $"the screenshot looks blank ({png.DistinctColours()} colours)");
        Assert.True(png.Count("#42a5f5") > 2000, "no funnel bars in the screenshot");
        Assert.True(png.Count("#66bb6a") > 200, "no 'excellent' band in the screenshot");
        Assert.True(png.Count("#1565c0", 30) > 100, "no NPS trend line in the screenshot");
    }
}

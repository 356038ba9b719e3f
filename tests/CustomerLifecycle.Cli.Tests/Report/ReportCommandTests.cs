namespace CustomerLifecycle.Cli.Tests.Report;

public class ReportCommandTests
{
    private static string Output() => Path.Combine(Path.GetTempPath(), "lifecycle-tests", Guid.NewGuid().ToString("N") + ".html");

    [Fact]
    public void Report_of_a_folder_writes_one_html_file_with_the_nps_trend_and_clv_tracking()
    {
        var output = Output();
        var result = CliRunner.Run("report", DemoInputs.Folder(), "-o", output);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        Assert.Contains("wrote", result.Stdout, StringComparison.Ordinal);
        var html = File.ReadAllText(output);
        Assert.Contains("data-chart=\"nps-trend\"", html, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"clv-tracking\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"holdout\"", html, StringComparison.Ordinal);
        Assert.Contains("Sources: activation.csv, lifecycle.json, funnel.csv, nps-survey.csv, clv-tracking.csv", html, StringComparison.Ordinal); // by kind, notes.txt ignored
        Assert.Contains("data-chart=\"funnel\"", html, StringComparison.Ordinal);
        Assert.Equal(10, html.Split("data-chart=\"band-position\"").Length - 1); // 5 activation + 5 lifecycle metrics
        Assert.True(html.IndexOf("nps-trend", StringComparison.Ordinal) < html.IndexOf("clv-tracking\"", StringComparison.Ordinal));
        Assert.Equal(4, html.Split("class=\"nps-point\"").Length - 1); // a fortnight each: 4 weeks (auto period)
        Assert.DoesNotContain("notes.txt", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_is_the_same_on_every_run()
    {
        var folder = DemoInputs.Folder();
        var (a, b) = (Output(), Output());
        Assert.Equal(0, CliRunner.Run("report", folder, "-o", a).ExitCode);
        Assert.Equal(0, CliRunner.Run("report", folder, "-o", b).ExitCode);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void Nps_section_shows_the_coffee_experiment_figures()
    {
        // NpsDemoData: 312 promoters, 62 passives, 26 detractors of 400 → NPS 71.5.
        var output = Output();
        Assert.Equal(0, CliRunner.Run("report", Path.Combine(DemoInputs.Folder(), "nps-survey.csv"), "-o", output, "--period", "week").ExitCode);
        var html = File.ReadAllText(output);
        Assert.Contains("<td>NPS</td><td>71.5</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>312 / 62 / 26</td>", html, StringComparison.Ordinal);
        Assert.Equal(4, html.Split("class=\"nps-point\"").Length - 1); // weeks of 2026-03-02, -09, -16, -23
    }

    [Fact]
    public void Chinese_culture_writes_chinese_headings()
    {
        var output = Output();
        Assert.Equal(0, CliRunner.Run("report", DemoInputs.Folder(), "-o", output, "--culture", "zh-CN").ExitCode);
        var html = File.ReadAllText(output);
        Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
        Assert.Contains("净推荐值", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_tracking_rows_are_listed_in_the_report_and_on_stderr()
    {
        var file = CliRunner.TempFile("clv-tracking.csv", "period,actual,expected", "w1,1,2", "w2,NaN,3", "w3,-1,4", "w4,5,x", ",6,6", "w6,7,7");
        var output = Output();
        var result = CliRunner.Run("report", file, "-o", output);
        Assert.Equal(0, result.ExitCode);
        var html = File.ReadAllText(output);
        Assert.Contains("<td>clv-tracking.csv</td><td>3</td><td>actual.invalid</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>4</td><td>actual.invalid</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>5</td><td>expected.invalid</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>6</td><td>period.missing</td>", html, StringComparison.Ordinal);
        Assert.Contains("line 3", result.Stderr, StringComparison.Ordinal);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5, lines.Length);
        Assert.Equal($"{file}: 4 of 6 rows rejected (66.7 %)", lines[^1]);
        Assert.Equal(2, CliRunner.Run("report", file, "-o", Output(), "--strict").ExitCode);
    }

    [Theory]
    [InlineData("missing-folder")]
    [InlineData("unknown-name")]
    [InlineData("empty-folder")]
    [InlineData("bad-culture")]
    public void Unusable_input_exits_2_with_one_line_on_stderr(string kind)
    {
        var empty = Path.Combine(Path.GetTempPath(), "lifecycle-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        string[] args = kind switch
        {
            "missing-folder" => ["report", Path.Combine(empty, "nope"), "-o", Output()],
            "unknown-name" => ["report", CliRunner.TempFile("customers.csv", "a,b"), "-o", Output()],
            "empty-folder" => ["report", empty, "-o", Output()],
            _ => ["report", DemoInputs.Folder(), "-o", Output(), "--culture", "fr"],
        };
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("lifecycle: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_output_option_exits_2()
    {
        Assert.Equal(2, CliRunner.Run("report", DemoInputs.Folder()).ExitCode);
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using CustomerLifecycle.Cli.Report;
using CustomerLifecycle.Cli.Tests.Clv;

namespace CustomerLifecycle.Cli.Tests.Report;

public partial class ClvDiagnosticsReportTests
{
    private const string Evil = "<script>alert('x')</script>";

    /// <summary>Two models as <c>clv diagnose --json</c> writes them; the second has a hostile name and a null AIC.</summary>
    private static readonly string Json = $$"""
        {"file": "log.csv", "period": "week", "models": [
          {"model": "bg-nbd", "parameters": {"r": 0.24}, "log_likelihood": -9582.43, "aic": 19172.86, "bic": 19195.91, "converged": true,
           "holdout": {"mae": 0.7855, "rmse": 1.608, "total_actual": 1882, "total_expected": 1653.41, "customers": 2357},
           "bins": [{"x": 0, "label": "0", "customers": 1411, "actual": 0.24, "expected": 0.13}, {"x": 1, "label": "1+", "customers": 946, "actual": 1.63, "expected": 1.55}],
           "tracking": [{"period": 1, "actual": 0, "expected": 1.5, "cumulative_actual": 0, "cumulative_expected": 1.5, "holdout": false},
                        {"period": 2, "actual": 7, "expected": 6.5, "cumulative_actual": 7, "cumulative_expected": 8, "holdout": true}],
           "recency_bins": null},
          {"model": "{{Evil}}", "parameters": {}, "log_likelihood": -9595.5, "aic": null, "bic": 19100, "converged": false,
           "holdout": {"mae": 0.79, "rmse": 1.5, "total_actual": 1882, "total_expected": 1900.25, "customers": 2357},
           "bins": [{"x": 0, "label": "0", "customers": 1411, "actual": 0.24, "expected": 0.15}, {"x": 1, "label": "1+", "customers": 946, "actual": 1.63, "expected": 1.6}],
           "tracking": [{"period": 1, "actual": 0, "expected": 1.2, "cumulative_actual": 0, "cumulative_expected": 1.2, "holdout": false},
                        {"period": 2, "actual": 7, "expected": 7.1, "cumulative_actual": 7, "cumulative_expected": 8.3, "holdout": true}],
           "recency_bins": null}]}
        """;

    [Fact]
    public void Comparison_table_marks_the_best_model_of_every_column_and_encodes_names()
    {
        var html = Render(Json);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        var rows = RowPattern().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(2, rows.Length);

        // AIC is compared only where two models have one; the total error is compared by its size (|+18.25| < |−228.59|).
        Assert.Equal(["-9582.43", "0.7855"], Best(rows[0]));
        Assert.Contains("-228.59", rows[0], StringComparison.Ordinal);
        Assert.Equal(["19100.00", "1.5000", "&#x2B;18.25"], Best(rows[1])); // the encoder writes + as a character reference
        Assert.Contains("(not converged)", rows[1], StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">—</td>", rows[1], StringComparison.Ordinal); // the AIC that could not be computed
    }

    [Fact]
    public void Section_draws_cumulative_and_incremental_tracking_and_the_frequency_bins()
    {
        var html = Render(Json);

        Assert.Equal(2, Count(html, "data-chart=\"clv-lines\""));
        Assert.Equal(1, Count(html, "data-chart=\"clv-bins\""));
        Assert.Equal(2 * 3, Count(html, "<polyline")); // actual + two models, twice
        Assert.Equal(2 * 3, Count(html, "<rect") - 3); // 2 bins × 3 bars, plus 3 legend swatches
        Assert.Contains("hold-out", html, StringComparison.Ordinal);
        Assert.Contains("0: bg-nbd 0.13", html, StringComparison.Ordinal); // a bar's tooltip gives its number
        foreach (var banned in new[] { "<script", "http:", "https:", "<link", " src=", "url(" })
        {
            Assert.DoesNotContain(banned, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Report_command_adds_the_diagnostics_of_clv_diagnose_json()
    {
        var log = DiagnoseContractTests.GeneratedLog(300, homogeneous: false, seed: 8);
        var diagnose = CliRunner.Run("clv", "diagnose", log, "--customer", "cust", "--date", "day", "--period", "week", "--calibration-end", "2024-06-30", "--model", "bg-nbd,pareto-nbd", "--allow-unconverged", "--json");
        Assert.True(diagnose.ExitCode == 0, diagnose.Stderr);
        var json = CliRunner.TempFile("diag.json", diagnose.Stdout);
        var html = Path.Combine(Path.GetDirectoryName(json)!, "report.html");

        var report = CliRunner.Run("report", "--diagnostics", json, "-o", html);

        Assert.True(report.ExitCode == 0, report.Stderr);
        var page = File.ReadAllText(html);
        Assert.Contains("CLV model diagnostics", page, StringComparison.Ordinal);
        var aic = JsonDocument.Parse(diagnose.Stdout).RootElement.GetProperty("models")[0].GetProperty("aic").GetDouble();
        Assert.Contains(aic.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
        Assert.Equal(6, Count(page, "class=\"num best\"")); // one best per column
    }

    [ChromiumFact]
    public void Diagnostics_section_renders_its_bars_and_lines_in_chromium()
    {
        var html = CliRunner.TempFile("diagnostics.html", Render(Json));

        var png = Png.Read(Chromium.Screenshot(html, Path.ChangeExtension(html, ".png"), 1000, 1400));

        Assert.True(png.Count("#455a64") > 300, "no actual bars in the screenshot");
        Assert.True(png.Count("#ef6c00", 30) > 300, "no first model's bars and lines in the screenshot");
        Assert.True(png.Count("#66bb6a") > 300, "no second model's bars in the screenshot");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"models\": []}")]
    [InlineData("{\"models\": [{\"model\": \"bg-nbd\"}]}")]
    public void A_file_that_is_not_diagnose_output_is_unusable_input(string content)
    {
        var file = CliRunner.TempFile("diag.json", content);

        var result = CliRunner.Run("report", "--diagnostics", file, "-o", Path.Combine(Path.GetDirectoryName(file)!, "r.html"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--diagnostics", result.Stderr, StringComparison.Ordinal);
    }

    private static string Render(string json)
    {
        using var document = JsonDocument.Parse(json);
        var section = ClvDiagnosticsSection.Build(ClvDiagnosticsFile.Parse(document.RootElement), ReportText.English);
        return HtmlReport.Render(new ReportDocument("t", "en", null, [section]));
    }

    private static string[] Best(string row) => BestPattern().Matches(row).Select(m => m.Groups[1].Value).ToArray();

    private static int Count(string text, string part) => Regex.Count(text, Regex.Escape(part));

    [GeneratedRegex("<tr><td>(?!model)(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td class=\"num best\">([^ <]+) <span")]
    private static partial Regex BestPattern();
}

using System.Text.Json;

namespace CustomerLifecycle.Cli.Tests.Scorecard;

public class FlywheelValueScorecardTests
{
    private static JsonElement Details(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement.GetProperty("details");
    }

    private static void AssertUnusable(CliResult result, string mentions)
    {
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(mentions, result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(string.Empty, result.Stdout);
    }

    private static string Metrics(params string[] rows) => CliRunner.TempFile("metrics.csv", ["metric,value", .. rows]);

    [Fact]
    public void Flywheel_reproduces_seed_003s_shenzhen_table_from_100_core_customers()
    {
        var details = Details(CliRunner.Run("scorecard", "flywheel", Metrics("core_customers,100"), "--json"));
        var points = details.GetProperty("points").EnumerateArray().ToArray();
        Assert.Equal([1, 3, 6, 9, 12], points.Select(p => p.GetProperty("month").GetInt32()));
        Assert.Equal([100L, 115, 138, 165, 198], points.Select(p => p.GetProperty("core_customers").GetInt64()));
        Assert.Equal([15L, 17, 21, 25, 30], points.Select(p => p.GetProperty("monthly_referrals").GetInt64()));
        Assert.Equal(0.98, points[^1].GetProperty("cumulative_growth").GetDouble(), 1e-9);
        Assert.Equal(350_000m, points[0].GetProperty("monthly_revenue").GetDecimal()); // seed 003: 35万 a month
    }

    [Fact]
    public void Flywheel_steps_and_rates_from_the_file_replace_the_seed_rule()
    {
        var file = Metrics("core_customers,40", "start_month,2", "growth_month_4,50%", "growth_month_7,-0.25", "referral_rate,0.5", "monthly_revenue_per_core,1000");
        var details = Details(CliRunner.Run("scorecard", "flywheel", file, "--json"));
        var points = details.GetProperty("points").EnumerateArray().ToArray();
        Assert.Equal([2, 4, 7], points.Select(p => p.GetProperty("month").GetInt32()));
        Assert.Equal([40L, 60, 45], points.Select(p => p.GetProperty("core_customers").GetInt64()));
        Assert.Equal([20L, 30, 23], points.Select(p => p.GetProperty("monthly_referrals").GetInt64())); // 22.5 rounds away from zero
        Assert.Equal(45_000m, points[^1].GetProperty("monthly_revenue").GetDecimal());
        Assert.Equal(2, details.GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public void Flywheel_console_shows_the_projection_table_and_summary()
    {
        var result = CliRunner.Run("scorecard", "flywheel", Metrics("core_customers,100"));
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("Referral flywheel", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("198", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("+98.0%", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Flywheel_without_core_customers_is_unusable() =>
        AssertUnusable(CliRunner.Run("scorecard", "flywheel", Metrics("referral_rate,0.2")), "core_customers");

    [Fact]
    public void Flywheel_with_a_step_before_the_start_month_is_unusable() =>
        AssertUnusable(CliRunner.Run("scorecard", "flywheel", Metrics("core_customers,100", "start_month,6", "growth_month_3,0.1")), "start month");

    [Theory]
    [InlineData("core_customers,-5", "value.out_of_range")]
    [InlineData("growth_month_3,-1", "value.out_of_range")]
    [InlineData("growth_month_3,NaN", "value.invalid")]
    [InlineData("growth_month_13,0.1", "metric.unknown")]
    [InlineData("core_customers,7", "metric.duplicate")]
    public void Flywheel_bad_rows_are_rejected_with_line_and_reason(string row, string code)
    {
        var json = JsonDocument.Parse(CliRunner.Run("scorecard", "flywheel", Metrics("core_customers,100", row), "--json").Stdout).RootElement;
        var rejected = Assert.Single(json.GetProperty("rejected").EnumerateArray());
        Assert.Equal(3, rejected.GetProperty("line").GetInt32());
        Assert.Equal(code, rejected.GetProperty("code").GetString());
        Assert.Equal(100, json.GetProperty("details").GetProperty("points")[0].GetProperty("core_customers").GetInt64());
    }

    [Fact]
    public void Value_gives_seed_002s_referral_roi_of_about_182_times()
    {
        var details = Details(CliRunner.Run("scorecard", "value", Metrics("referral_cost,1150", "referred_purchases,2100000", "net_margin,10%"), "--json"));
        var roi = details.GetProperty("referral_roi");
        Assert.Equal(210_000m, roi.GetProperty("profit").GetDecimal());
        Assert.Equal(182.6087, roi.GetProperty("multiple").GetDouble(), 1e-4); // 210,000 ÷ 1,150; the seed prints 182
        Assert.Equal(181.6087, roi.GetProperty("net_return").GetDouble(), 1e-4);
        Assert.Equal(0, details.GetProperty("lines").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("total_cost").ValueKind);
    }

    [Fact]
    public void Value_dashboard_pairs_each_cost_with_its_value_and_totals_them()
    {
        var file = Metrics("recall_avoided_cost,800000", "recall_avoided_value,200000000", "promoters_value,300000", "ltv_protected_cost,5000000", "ltv_protected_value,50000000");
        var details = Details(CliRunner.Run("scorecard", "value", file, "--json"));
        var lines = details.GetProperty("lines").EnumerateArray().ToArray();
        Assert.Equal(["recall_avoided", "promoters", "ltv_protected"], lines.Select(l => l.GetProperty("key").GetString()));
        Assert.Equal(250d, lines[0].GetProperty("multiple").GetDouble(), 1e-9); // seed 002: 2亿 ÷ 80万
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("cost").ValueKind); // "repairs free or cheap" is not money
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("multiple").ValueKind);
        Assert.Equal(5_800_000m, details.GetProperty("total_cost").GetDecimal());
        Assert.Equal(250_300_000m, details.GetProperty("total_value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("referral_roi").ValueKind);
    }

    [Fact]
    public void Value_console_shows_labels_multiples_and_the_roi()
    {
        var result = CliRunner.Run("scorecard", "value", Metrics("recall_avoided_cost,800000", "recall_avoided_value,200000000", "referral_cost,1150", "referred_purchases,2100000", "net_margin,0.1"), "--culture", "zh-CN");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("售后价值仪表盘", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("250.0×", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("182.6×", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("recall_avoided_cost,800000", "recall_avoided_value")]               // a cost without its value
    [InlineData("referral_cost,1150", "referred_purchases")]                         // half an ROI
    [InlineData("referral_cost,0|referred_purchases,100|net_margin,0.1", "positive")] // ROI of a free gesture
    [InlineData("bogus,1", "no value figures")]                                     // nothing usable
    public void Value_without_usable_figures_is_unusable(string rows, string mentions) =>
        AssertUnusable(CliRunner.Run("scorecard", "value", Metrics(rows.Split('|'))), mentions);

    [Fact]
    public void Value_rejects_a_negative_amount_with_its_line()
    {
        var json = JsonDocument.Parse(CliRunner.Run("scorecard", "value", Metrics("promoters_value,300000", "repurchase_value,-1"), "--json").Stdout).RootElement;
        var rejected = Assert.Single(json.GetProperty("rejected").EnumerateArray());
        Assert.Equal(3, rejected.GetProperty("line").GetInt32());
        Assert.Equal("value.out_of_range", rejected.GetProperty("code").GetString());
    }

    [Fact]
    public void Value_reads_a_json_metrics_file()
    {
        var file = CliRunner.TempFile("value.json", "{", "  \"referral_cost\": 1150,", "  \"referred_purchases\": 2100000,", "  \"net_margin\": \"10%\"", "}");
        Assert.Equal(182.6087, Details(CliRunner.Run("scorecard", "value", file, "--json")).GetProperty("referral_roi").GetProperty("multiple").GetDouble(), 1e-4);
    }
}

using System.Globalization;
using System.Text.Json;

namespace CustomerLifecycle.Cli.Tests.Scorecard;

public class ScorecardCommandTests
{
    private static JsonElement Json(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    private static JsonElement Metric(JsonElement json, string id) =>
        json.GetProperty("scorecard").GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("id").GetString() == id);

    [Theory]
    [InlineData("85", "excellent")] // seed 001: ≥ 85 excellent — the boundary belongs to the upper band
    [InlineData("75", "pass")]      // 75–85 pass
    [InlineData("74.9", "danger")]  // < 75 danger
    public void Activation_first_visit_nps_is_banded_at_the_seed_boundaries(string nps, string band)
    {
        var json = Json(CliRunner.Run("scorecard", "activation", CliRunner.TempFile("activation.csv", "metric,value", $"first_visit_nps,{nps}"), "--json"));
        Assert.Equal("activation", json.GetProperty("kind").GetString());
        Assert.Equal(band, Metric(json, "activation.first_visit_nps").GetProperty("band").GetString());
    }

    [Fact]
    public void Activation_json_has_bands_ranks_advice_and_the_verdict()
    {
        var file = CliRunner.TempFile("activation.csv", "metric,value", "first_visit_nps,87", "perfect_rate,45%", "callback_rate_24h,0.96", "retention_90d,0.79", "surprise_moments,2.4", "first_visit_responses,100");
        var json = Json(CliRunner.Run("scorecard", "activation", file, "--json"));
        var nps = Metric(json, "activation.first_visit_nps");
        Assert.Equal(87d, nps.GetProperty("value").GetDouble());
        Assert.Equal(0, nps.GetProperty("rank").GetInt32());
        Assert.Equal(85d, nps.GetProperty("band_lower").GetDouble());
        Assert.Equal(100, nps.GetProperty("sample_size").GetInt32());
        Assert.Equal("pass", Metric(json, "activation.callback_rate_24h").GetProperty("band").GetString()); // 96 % < 100 %
        Assert.Equal("fraction", Metric(json, "activation.retention_90d").GetProperty("unit").GetString());
        Assert.False(string.IsNullOrWhiteSpace(nps.GetProperty("advice").GetString()));
        Assert.Equal("activation.pass", json.GetProperty("scorecard").GetProperty("verdict").GetString());
    }

    [Fact]
    public void A_missing_activation_metric_is_undefined_not_zero()
    {
        var json = Json(CliRunner.Run("scorecard", "activation", CliRunner.TempFile("activation.csv", "metric,value", "first_visit_nps,90"), "--json"));
        var perfect = Metric(json, "activation.perfect_rate");
        Assert.Equal(JsonValueKind.Null, perfect.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, perfect.GetProperty("band").ValueKind);
        Assert.Equal("activation.incomplete", json.GetProperty("scorecard").GetProperty("verdict").GetString());
    }

    [Theory]
    [InlineData(0.40, 85, 0.70, 0.30, 0.20, 5, "flywheel")] // seed 003: 5 excellent → keep the flywheel
    [InlineData(0.40, 85, 0.70, 0.29, 0.19, 3, "good")]     // 3–4 → good, fix weak stages
    [InlineData(0.35, 85, 0.60, 0.29, 0.15, 1, "weak")]     // 1–2 → clear weaknesses
    [InlineData(0.10, 50, 0.10, 0.05, 0.05, 0, "crisis")]   // 0 → crisis, rebuild
    public void Lifecycle_diagnosis_follows_the_count_of_excellent_stages(double visit, double nps, double retention, double penetration, double referral, int excellent, string diagnosis)
    {
        var json = Json(CliRunner.Run(
            "scorecard",
            "lifecycle",
            CliRunner.TempFile("lifecycle.json", string.Create(CultureInfo.InvariantCulture, $"{{\"yearly_visit_rate\": {visit}, \"first_visit_nps\": {nps}, \"yearly_retention\": {retention}, \"value_added_penetration\": {penetration}, \"referral_rate\": {referral}}}")),
            "--json"));
        Assert.Equal(excellent, json.GetProperty("details").GetProperty("excellent_count").GetInt32());
        Assert.Equal(diagnosis, json.GetProperty("details").GetProperty("diagnosis").GetString());
        Assert.Equal(excellent, json.GetProperty("scorecard").GetProperty("metrics").EnumerateArray().Count(m => m.GetProperty("band").GetString() == "excellent"));
    }

    [Fact]
    public void Lifecycle_without_a_required_stage_exits_2_naming_it()
    {
        var result = CliRunner.Run("scorecard", "lifecycle", CliRunner.TempFile("lifecycle.csv", "metric,value", "yearly_visit_rate,0.3", "yearly_retention,0.6", "value_added_penetration,0.2"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("referral_rate", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Funnel_reproduces_the_seed_003_worked_example_and_leverage()
    {
        // seed 003: 10,000 → 3,500 → 2,450 → 1,470 → 441 → 66; activation 70 % → 80 % lifts core customers 66 → 75.
        var file = CliRunner.TempFile("funnel.csv", "metric,value", "population,10000", "acquisition,35%", "activation,70%", "retention,60%", "revenue,30%", "referral,15%", "what_if_activation,0.8");
        var details = Json(CliRunner.Run("scorecard", "funnel", file, "--json")).GetProperty("details");
        Assert.Equal([3500L, 2450, 1470, 441, 66], details.GetProperty("stages").EnumerateArray().Select(s => s.GetProperty("count").GetInt64()));
        Assert.Equal(66, details.GetProperty("core_customers").GetInt64());
        Assert.Equal(231_000m, details.GetProperty("core_revenue").GetDecimal()); // 66 × ¥3,500
        var whatIf = details.GetProperty("what_ifs").EnumerateArray().Single();
        Assert.Equal("activation", whatIf.GetProperty("stage").GetString());
        Assert.Equal(75, whatIf.GetProperty("core_customers_after").GetInt64());
    }

    [Fact]
    public void Funnel_from_counts_finds_the_bottleneck()
    {
        var file = CliRunner.TempFile("funnel.csv", "metric,value", "population,1000", "acquisition_count,500", "activation_count,100", "retention_count,80", "revenue_count,40", "referral_count,20");
        var details = Json(CliRunner.Run("scorecard", "funnel", file, "--json")).GetProperty("details");
        Assert.Equal("activation", details.GetProperty("bottleneck").GetString()); // 100 / 500 = 20 %, the lowest step
    }

    [Fact]
    public void Funnel_counts_that_increase_down_the_stages_exit_2()
    {
        var file = CliRunner.TempFile("funnel.csv", "metric,value", "population,1000", "acquisition_count,500", "activation_count,600", "retention_count,80", "revenue_count,40", "referral_count,20");
        var result = CliRunner.Run("scorecard", "funnel", file);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("lifecycle: ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_rows_go_to_stderr_and_json_and_the_rest_is_used()
    {
        var file = CliRunner.TempFile("activation.csv", "metric,value", "first_visit_nps,87", "perfect_rate,140%", "bogus,1");
        var result = CliRunner.Run("scorecard", "activation", file, "--json");
        var json = Json(result);
        Assert.Equal([3, 4], json.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()));
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal($"{file}: 2 of 3 rows rejected (66.7 %)", lines[^1]);
        Assert.Equal("excellent", Metric(json, "activation.first_visit_nps").GetProperty("band").GetString());
    }

    [Fact]
    public void Strict_turns_a_rejected_row_into_unusable_input()
    {
        var file = CliRunner.TempFile("activation.csv", "metric,value", "first_visit_nps,87", "perfect_rate,140%");
        var result = CliRunner.Run("scorecard", "activation", file, "--strict");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("1 of 2 rows rejected (50.0 %) in strict mode; first: line 3", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("scorecard", "activation", CliRunner.TempFile("activation.csv", "metric,value", "first_visit_nps,87"), "--strict").ExitCode);
    }

    [Fact]
    public void A_fleet_with_a_bad_count_is_unusable_input_naming_the_line()
    {
        var faults = CliRunner.TempFile("quality.csv", "record_id,fault_code,reported_at,batch", "r1,F1,2026-01-01,b1");
        var fleet = CliRunner.TempFile("fleet.csv", "batch,units", "b1,10", "b2,many");
        var result = CliRunner.Run("scorecard", "quality", faults, "--fleet", fleet);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{fleet}: line 3: units 'many' is not a whole number", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Chinese_culture_localises_labels_and_verdicts()
    {
        var file = CliRunner.TempFile("activation.csv", "metric,value", "first_visit_nps,87");
        var json = Json(CliRunner.Run("scorecard", "activation", file, "--json", "--culture", "zh-CN"));
        Assert.Contains("NPS", Metric(json, "activation.first_visit_nps").GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Equal("优秀", Metric(json, "activation.first_visit_nps").GetProperty("band_name").GetString());
    }

    [Fact]
    public void Console_output_shows_the_bands_and_the_verdict()
    {
        var file = CliRunner.TempFile("activation.csv", "metric,value", "first_visit_nps,70");
        var result = CliRunner.Run("scorecard", "activation", file);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("70.0", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Danger", result.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("activation", "missing.csv")]
    [InlineData("lifecycle", "missing.json")]
    public void A_missing_input_file_exits_2(string kind, string name)
    {
        var result = CliRunner.Run("scorecard", kind, Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), name));
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_file_without_metric_and_value_columns_exits_2()
    {
        Assert.Equal(2, CliRunner.Run("scorecard", "activation", CliRunner.TempFile("a.csv", "score", "9")).ExitCode);
    }
}

using System.Text.Json;

namespace CustomerLifecycle.Cli.Tests.Nps;

public class NpsCommandTests
{
    private static JsonElement Json(CliResult result)
    {
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    [Fact]
    public void Json_output_has_the_contract_fields()
    {
        // 70 promoters, 20 passives, 10 detractors → NPS 60, adjusted Wald (45.27, 71.24).
        var lines = new List<string> { "score" };
        lines.AddRange(Enumerable.Repeat("9", 70).Concat(Enumerable.Repeat("7", 20)).Concat(Enumerable.Repeat("3", 10)));
        var json = Json(CliRunner.Run("nps", CliRunner.TempFile("s.csv", [.. lines]), "--json"));
        Assert.Equal(100, json.GetProperty("responses").GetInt32());
        Assert.Equal(70, json.GetProperty("promoters").GetInt32());
        Assert.Equal(20, json.GetProperty("passives").GetInt32());
        Assert.Equal(10, json.GetProperty("detractors").GetInt32());
        Assert.Equal(60d, json.GetProperty("nps").GetDouble(), 1e-9);
        Assert.Equal(45.27, json.GetProperty("ci_low").GetDouble(), 0.01);
        Assert.Equal(71.24, json.GetProperty("ci_high").GetDouble(), 0.01);
        Assert.Equal("adjusted_wald", json.GetProperty("method").GetString());
        Assert.Equal(0, json.GetProperty("rejected").GetArrayLength());
    }

    [Fact]
    public void Bad_rows_are_rejected_with_line_and_reason_and_the_rest_processed()
    {
        var file = CliRunner.TempFile("s.csv", "customer_id,score,weight", "c1,10,1", "c2,11,1", "", "c3,x,1", "c4,8,NaN", "c5,0,2");
        var json = Json(CliRunner.Run("nps", file, "--json"));
        Assert.Equal(2, json.GetProperty("responses").GetInt32());
        var rejected = json.GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal([3, 5, 6], rejected.Select(r => r.GetProperty("line").GetInt32()));
        Assert.All(rejected, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("reason").GetString())));
        Assert.Equal("score.out_of_range", rejected[0].GetProperty("code").GetString());
    }

    [Fact]
    public void Nps_of_a_file_without_rows_is_null()
    {
        var json = Json(CliRunner.Run("nps", CliRunner.TempFile("s.csv", "score"), "--json"));
        Assert.Equal(0, json.GetProperty("responses").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("nps").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.GetProperty("ci_low").ValueKind);
    }

    [Fact]
    public void Confidence_option_changes_the_interval()
    {
        var file = CliRunner.TempFile("s.csv", "score", "9", "10", "3", "8", "9");
        var wide = Json(CliRunner.Run("nps", file, "--json", "--confidence", "0.99"));
        var narrow = Json(CliRunner.Run("nps", file, "--json", "--confidence", "0.8"));
        Assert.True(wide.GetProperty("ci_low").GetDouble() < narrow.GetProperty("ci_low").GetDouble());
        Assert.Equal(0.99, wide.GetProperty("confidence").GetDouble());
    }

    [Fact]
    public void By_column_segments_and_header_names_are_case_insensitive()
    {
        var file = CliRunner.TempFile("s.csv", "Score;Centre", "10;Shenzhen", "0;Beijing", "9;Shenzhen");
        var json = Json(CliRunner.Run("nps", file, "--json", "--by", "centre"));
        var segments = json.GetProperty("segments").EnumerateArray().ToArray();
        Assert.Equal(["Beijing", "Shenzhen"], segments.Select(s => s.GetProperty("key").GetString()));
        Assert.Equal(100d, segments[1].GetProperty("summary").GetProperty("nps").GetDouble());
    }

    [Fact]
    public void Period_option_gives_a_trend_in_the_zone()
    {
        var file = CliRunner.TempFile("s.csv", "score,responded_at", "10,2026-01-31T17:00:00Z", "0,2026-01-31T15:00:00Z");
        var json = Json(CliRunner.Run("nps", file, "--json", "--period", "month", "--zone", "Asia/Shanghai"));
        Assert.Equal(["2026-01-01", "2026-02-01"], json.GetProperty("trend").EnumerateArray().Select(p => p.GetProperty("start").GetString()));
    }

    [Fact]
    public void Responses_the_trend_cannot_place_are_counted_and_said()
    {
        var file = CliRunner.TempFile("s.csv", "score,responded_at", "10,2026-01-31T17:00:00Z", "0,", "9,");
        var result = CliRunner.Run("nps", file, "--json", "--period", "month");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, Json(result).GetProperty("trend_undated").GetInt64());
        Assert.Contains("2 of 3 responses have no responded_at time", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_trend_asked_of_a_file_without_time_stamps_says_why_it_is_empty()
    {
        var file = CliRunner.TempFile("s.csv", "Score,Customer ID,Answered", "10,a,2026-01-31", "3,b,2026-02-01");
        var result = CliRunner.Run("nps", file, "--period", "month");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no response has a responded_at time", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_column_headed_for_people_gives_the_trend()
    {
        var file = CliRunner.TempFile("s.csv", "Score;Responded At", "10;2026-01-31T17:00:00Z", "0;2026-01-31T15:00:00Z");
        var json = Json(CliRunner.Run("nps", file, "--json", "--period", "month", "--zone", "Asia/Shanghai"));
        Assert.Equal(["2026-01-01", "2026-02-01"], json.GetProperty("trend").EnumerateArray().Select(p => p.GetProperty("start").GetString()));
        Assert.Equal(0, json.GetProperty("trend_undated").GetInt64());
    }

    [Fact]
    public void Without_a_period_there_is_no_undated_count()
    {
        var json = Json(CliRunner.Run("nps", CliRunner.TempFile("s.csv", "score", "10"), "--json"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("trend_undated").ValueKind);
    }

    [Fact]
    public void Compare_reports_difference_interval_z_and_p()
    {
        // seed-000 coffee experiment shape: 152/32/16 vs 160/30/10 → +7, p ≈ 0.235 (adjusted Wald).
        static string[] Rows(int p, int pa, int d) => ["score", .. Enumerable.Repeat("9", p), .. Enumerable.Repeat("7", pa), .. Enumerable.Repeat("2", d)];
        var json = Json(CliRunner.Run("nps", "compare", CliRunner.TempFile("a.csv", Rows(152, 32, 16)), CliRunner.TempFile("b.csv", Rows(160, 30, 10)), "--json"));
        Assert.Equal(7d, json.GetProperty("difference").GetDouble(), 1e-9);
        Assert.Equal(0.2351, json.GetProperty("p_value").GetDouble(), 0.0005);
        Assert.Equal(1.187, json.GetProperty("z").GetDouble(), 0.001);
        Assert.True(json.GetProperty("ci_low").GetDouble() < 0);
        Assert.Equal(68d, json.GetProperty("a").GetProperty("nps").GetDouble(), 1e-9);
        Assert.Equal(75d, json.GetProperty("b").GetProperty("nps").GetDouble(), 1e-9);
    }

    [Fact]
    public void Missing_file_exits_2_with_one_line_on_stderr()
    {
        var result = CliRunner.Run("nps", "/no/such/file.csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
        Assert.Contains("no such file", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void File_without_a_score_column_exits_2()
    {
        var result = CliRunner.Run("nps", CliRunner.TempFile("s.csv", "rating", "9"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'score'", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--confidence", "1.5")]
    [InlineData("--method", "bootstrap")]
    [InlineData("--zone", "Mars/Olympus")]
    public void Bad_option_values_exit_2(string option, string value) =>
        Assert.Equal(2, CliRunner.Run("nps", CliRunner.TempFile("s.csv", "score", "9"), option, value).ExitCode);

    [Fact]
    public void Empty_file_exits_2() =>
        Assert.Equal(2, CliRunner.Run("nps", CliRunner.TempFile("s.csv")).ExitCode);

    [Fact]
    public void Table_output_shows_the_interval()
    {
        var result = CliRunner.Run("nps", CliRunner.TempFile("s.csv", "score", "9", "10", "3"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("NPS", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("[", result.Stdout, StringComparison.Ordinal);
    }
}

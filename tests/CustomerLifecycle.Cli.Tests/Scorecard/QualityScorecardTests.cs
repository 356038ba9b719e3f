using System.Text.Json;

namespace CustomerLifecycle.Cli.Tests.Scorecard;

public class QualityScorecardTests
{
    private const string Header = "record_id,fault_code,reported_at,production_month,battery_batch,bms_version,condition";

    /// <summary>Seed 002: five cars with the same winter range drop within three weeks, built 2020-11, one battery batch, BMS V10.2, cold mornings.</summary>
    private static readonly string[] SeedFaults =
    [
        "RO-1,range_drop,2026-01-05,2020-11,B7,V10.2,cold_morning",
        "RO-2,range_drop,2026-01-08T08:30:00+08:00,2020-11,B7,V10.2,cold_morning",
        "RO-3,range_drop,2026-01-12,2020-11,B7,V10.2,",
        "RO-4,range_drop,2026-01-15T07:10:00Z,2020-11,B7,V10.2,cold_morning",
        "RO-5,range_drop,2026-01-20,2020-11,B7,V10.2,cold_morning",
    ];

    private static string Faults(params string[] rows) => CliRunner.TempFile("faults.csv", [Header, .. rows]);

    private static JsonElement Json(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    private static JsonElement[] Signals(JsonElement json) => [.. json.GetProperty("details").GetProperty("signals").EnumerateArray()];

    [Fact]
    public void Five_repeated_faults_sharing_a_batch_within_three_weeks_are_one_signal()
    {
        var json = Json(CliRunner.Run("scorecard", "quality", Faults([.. SeedFaults, "RO-9,slow_charging,2026-01-06,2021-05,B9,V10.3,none"]), "--json"));
        Assert.Equal(6, json.GetProperty("details").GetProperty("records").GetInt32());
        var signal = Assert.Single(Signals(json));
        Assert.Equal("range_drop", signal.GetProperty("fault_code").GetString());
        Assert.Equal(5, signal.GetProperty("support").GetInt32());
        var shared = signal.GetProperty("shared_attributes");
        Assert.Equal("B7", shared.GetProperty("battery_batch").GetString());
        Assert.Equal("V10.2", shared.GetProperty("bms_version").GetString());
        Assert.Equal("2020-11", shared.GetProperty("production_month").GetString());
        Assert.False(shared.TryGetProperty("condition", out _)); // RO-3's condition is blank, so not shared by all five
        Assert.Equal(["RO-1", "RO-2", "RO-3", "RO-4", "RO-5"], signal.GetProperty("record_ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2026-01-05T00:00:00Z", signal.GetProperty("first_reported").GetString());
        Assert.Equal("2026-01-20T00:00:00Z", signal.GetProperty("last_reported").GetString());
        Assert.Equal(JsonValueKind.Null, signal.GetProperty("affected_population").ValueKind);
        Assert.Empty(json.GetProperty("rejected").EnumerateArray());
    }

    [Fact]
    public void The_signal_does_not_depend_on_the_row_order()
    {
        var sorted = Json(CliRunner.Run("scorecard", "quality", Faults(SeedFaults), "--json")).GetProperty("details").GetRawText();
        var shuffled = Json(CliRunner.Run("scorecard", "quality", Faults([.. SeedFaults.Reverse()]), "--json")).GetProperty("details").GetRawText();
        Assert.Equal(sorted, shuffled);
    }

    [Fact]
    public void Four_faults_are_not_a_signal()
    {
        var result = CliRunner.Run("scorecard", "quality", Faults(SeedFaults[..4]), "--json");
        Assert.Empty(Signals(Json(result)));
    }

    [Fact]
    public void Five_faults_spread_over_more_than_21_days_are_not_a_signal()
    {
        string[] spread = [.. SeedFaults[..4], "RO-5,range_drop,2026-01-26,2020-11,B7,V10.2,cold_morning"]; // 21 days after RO-1
        Assert.Empty(Signals(Json(CliRunner.Run("scorecard", "quality", Faults(spread), "--json"))));
    }

    [Fact]
    public void Faults_with_different_codes_do_not_add_up()
    {
        string[] mixed = [.. SeedFaults[..4], "RO-5,door_rattle,2026-01-20,2020-11,B7,V10.2,cold_morning"];
        Assert.Empty(Signals(Json(CliRunner.Run("scorecard", "quality", Faults(mixed), "--json"))));
    }

    [Theory]
    [InlineData(",range_drop,2026-01-21,2020-11,B7,V10.2,x", "record_id.missing")]
    [InlineData("RO-7, ,2026-01-21,2020-11,B7,V10.2,x", "fault_code.missing")]
    [InlineData("RO-7,range_drop,2026-02-30,2020-11,B7,V10.2,x", "reported_at.invalid")]
    [InlineData("RO-7,range_drop,yesterday,2020-11,B7,V10.2,x", "reported_at.invalid")]
    [InlineData("RO-7,range_drop,,2020-11,B7,V10.2,x", "reported_at.invalid")]
    [InlineData("RO-2,range_drop,2026-01-21,2020-11,B7,V10.2,x", "record_id.duplicate")]
    public void Bad_rows_are_rejected_with_their_line_and_the_rest_is_used(string row, string code)
    {
        var result = CliRunner.Run("scorecard", "quality", Faults([.. SeedFaults, row]), "--json");
        var json = Json(result);
        var rejected = Assert.Single(json.GetProperty("rejected").EnumerateArray());
        Assert.Equal(7, rejected.GetProperty("line").GetInt32());
        Assert.Equal(code, rejected.GetProperty("code").GetString());
        Assert.Contains("line 7", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(5, Assert.Single(Signals(json)).GetProperty("support").GetInt32());
    }

    [Fact]
    public void Console_output_lists_the_signal_with_its_attributes()
    {
        var result = CliRunner.Run("scorecard", "quality", Faults(SeedFaults), "--culture", "zh-CN");
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("质量信号", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("battery_batch=B7", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("2026-01-20", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Console_output_says_when_there_is_no_signal()
    {
        var result = CliRunner.Run("scorecard", "quality", Faults(SeedFaults[..2]));
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Contains("no quality signal in 2 fault records", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("record_id,reported_at,battery_batch", "fault_code")]   // a required column is missing
    [InlineData(Header + "\n,range_drop,bad,x,y,z,w", "no usable fault records")] // every row rejected
    [InlineData("", "empty")]
    public void Unusable_files_exit_2_with_one_line(string content, string mentions)
    {
        var result = CliRunner.Run("scorecard", "quality", CliRunner.TempFile("faults.csv", content.Split('\n')));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(mentions, result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_fleet_file_counts_the_units_sharing_the_signals_attributes()
    {
        var fleet = CliRunner.TempFile("fleet.csv", "production_month,battery_batch,bms_version,units", "2020-11,B7,V10.2,8000", "2020-11,B8,V10.2,5000", "2021-03,B7,V10.2,100", "2020-11,B7,,3");
        var signal = Assert.Single(Signals(Json(CliRunner.Run("scorecard", "quality", Faults(SeedFaults), "--fleet", fleet, "--json"))));
        Assert.Equal(8_000, signal.GetProperty("affected_population").GetInt64()); // seed 002: the 8,000-car batch
    }

    [Fact]
    public void Fleet_counting_ignores_condition_attributes_the_fleet_does_not_hold()
    {
        string[] allCold = [.. SeedFaults.Select(r => r.EndsWith(',') ? r + "cold_morning" : r)];
        var fleet = CliRunner.TempFile("fleet.csv", "battery_batch,units", "B7,8000", "B8,5000");
        var signal = Assert.Single(Signals(Json(CliRunner.Run("scorecard", "quality", Faults(allCold), "--fleet", fleet, "--json"))));
        Assert.Equal("cold_morning", signal.GetProperty("shared_attributes").GetProperty("condition").GetString());
        Assert.Equal(8_000, signal.GetProperty("affected_population").GetInt64());
    }

    [Theory]
    [InlineData("battery_batch,units|B7,-3", "not a whole number")]
    [InlineData("battery_batch,units|B7,many", "not a whole number")]
    public void A_bad_fleet_file_exits_2_with_one_line(string content, string mentions)
    {
        var result = CliRunner.Run("scorecard", "quality", Faults(SeedFaults), "--fleet", CliRunner.TempFile("fleet.csv", content.Split('|')));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(mentions, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 2", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_missing_file_exits_2() =>
        Assert.Equal(2, CliRunner.Run("scorecard", "quality", Path.Combine(Path.GetTempPath(), "no-such-dir-lifecycle", "faults.csv")).ExitCode);
}

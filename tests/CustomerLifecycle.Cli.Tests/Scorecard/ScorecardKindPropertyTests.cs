using System.Globalization;
using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;

namespace CustomerLifecycle.Cli.Tests.Scorecard;

public class ScorecardKindPropertyTests
{
    private static JsonElement Details(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement.GetProperty("details");
    }

    [Property(MaxTest = 40)]
    public bool Flywheel_with_non_negative_growth_never_loses_core_customers_and_refers_the_rounded_rate(PositiveInt start, NonNegativeInt[] growthPercents)
    {
        var core = start.Get % 1_000_000;
        var steps = growthPercents.Take(11).Select((g, i) => string.Create(CultureInfo.InvariantCulture, $"growth_month_{i + 2},{g.Get % 300}%")).ToArray();
        var file = CliRunner.TempFile("flywheel.csv", ["metric,value", $"core_customers,{core}", "referral_rate,0.15", .. steps]);
        var points = Details("scorecard", "flywheel", file, "--json").GetProperty("points").EnumerateArray()
            .Select(p => (Core: p.GetProperty("core_customers").GetInt64(), Referrals: p.GetProperty("monthly_referrals").GetInt64())).ToArray();
        return points[0].Core == core
            && points.Zip(points.Skip(1)).All(p => p.Second.Core >= p.First.Core)
            && points.All(p => p.Referrals == (long)Math.Round(p.Core * 0.15, MidpointRounding.AwayFromZero));
    }

    [Property(MaxTest = 25)]
    public bool Quality_signals_do_not_depend_on_the_row_order_and_every_record_has_the_shared_attributes(int seed)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(1, 12).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $"R{i},{(random.Next(4) == 0 ? "b" : "a")},2026-01-{1 + random.Next(28):00},{random.Next(2)},{random.Next(2)},{random.Next(3)}")).ToArray();
        const string header = "record_id,fault_code,reported_at,x,y,z";
        var shuffled = rows.OrderBy(_ => random.Next()).ToArray();
        var first = Details("scorecard", "quality", CliRunner.TempFile("q.csv", [header, .. rows]), "--json");
        var second = Details("scorecard", "quality", CliRunner.TempFile("q.csv", [header, .. shuffled]), "--json");
        var byId = rows.Select(r => r.Split(',')).ToDictionary(f => f[0], f => (Fault: f[1], Attributes: new Dictionary<string, string> { ["x"] = f[3], ["y"] = f[4], ["z"] = f[5] }));
        var consistent = first.GetProperty("signals").EnumerateArray().All(s =>
            s.GetProperty("support").GetInt32() >= 5
            && s.GetProperty("record_ids").EnumerateArray().All(id =>
                byId[id.GetString()!].Fault == s.GetProperty("fault_code").GetString()
                && s.GetProperty("shared_attributes").EnumerateObject().All(a => byId[id.GetString()!].Attributes[a.Name] == a.Value.GetString())));
        return consistent && first.GetRawText() == second.GetRawText();
    }
}

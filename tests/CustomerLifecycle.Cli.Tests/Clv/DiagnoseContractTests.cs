using System.Globalization;
using System.Text.Json;

namespace CustomerLifecycle.Cli.Tests.Clv;

/// <summary>
/// The <c>clv diagnose</c> contract (field names exactly as documented) on generated logs the code was not tuned on,
/// and the homogeneous-dropout regression through the command.
/// </summary>
public class DiagnoseContractTests
{
    private static readonly string[] ModelFields = ["model", "parameters", "log_likelihood", "aic", "bic", "holdout", "bins", "tracking"];

    [Fact]
    public void Json_of_every_model_has_the_documented_fields_and_tracking_sums_equal_the_totals()
    {
        var folder = Path.GetDirectoryName(CliRunner.TempFile("x.txt", "x"))!;
        var tracking = Path.Combine(folder, "tracking.csv");
        var result = Run(GeneratedLog(400, homogeneous: false, seed: 3), "--model", "bg-nbd,mbg-nbd,pareto-nbd", "--bins", "5", "--allow-unconverged", "--json", "-o", tracking);

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        var customers = json.GetProperty("customers").GetInt32();
        var models = json.GetProperty("models").EnumerateArray().ToArray();
        Assert.Equal(["bg-nbd", "mbg-nbd", "pareto-nbd"], models.Select(m => m.GetProperty("model").GetString()));
        foreach (var m in models)
        {
            Assert.All(ModelFields, f => Assert.True(m.TryGetProperty(f, out _), f));
            var holdout = m.GetProperty("holdout");
            Assert.All(new[] { "mae", "rmse", "total_actual", "total_expected" }, f => Assert.Equal(JsonValueKind.Number, holdout.GetProperty(f).ValueKind));

            var bins = m.GetProperty("bins").EnumerateArray().ToArray();
            Assert.Equal([0, 1, 2, 3, 4, 5], bins.Select(b => b.GetProperty("x").GetInt32()));
            Assert.All(bins, b => Assert.All(new[] { "customers", "actual", "expected" }, f => Assert.Equal(JsonValueKind.Number, b.GetProperty(f).ValueKind)));
            Assert.Equal(customers, bins.Sum(b => b.GetProperty("customers").GetDouble()), 1e-9);
            Assert.Equal(holdout.GetProperty("total_actual").GetDouble(), bins.Sum(b => b.GetProperty("customers").GetDouble() * b.GetProperty("actual").GetDouble()), 1e-6);
            Assert.Equal(holdout.GetProperty("total_expected").GetDouble(), bins.Sum(b => b.GetProperty("customers").GetDouble() * b.GetProperty("expected").GetDouble()), 1e-6);

            var periods = m.GetProperty("tracking").EnumerateArray().ToArray();
            Assert.Equal(Enumerable.Range(1, periods.Length), periods.Select(p => p.GetProperty("period").GetInt32()));
            Assert.Equal(periods.Sum(p => p.GetProperty("actual").GetDouble()), periods[^1].GetProperty("cumulative_actual").GetDouble());
            Assert.Equal(periods.Sum(p => p.GetProperty("expected").GetDouble()), periods[^1].GetProperty("cumulative_expected").GetDouble(), 1e-6);
            var inHoldout = periods.Where(p => p.GetProperty("holdout").GetBoolean()).Sum(p => p.GetProperty("actual").GetDouble());
            Assert.Equal(holdout.GetProperty("total_actual").GetDouble(), inHoldout);
        }

        var csv = File.ReadAllLines(tracking);
        Assert.Equal("week,actual_cumulative,expected_cumulative,actual_in_period,expected_in_period,holdout,expected_cumulative_mbg-nbd,expected_cumulative_pareto-nbd", csv[0]);
        Assert.Equal(models[0].GetProperty("tracking").GetArrayLength() + 1, csv.Length);
    }

    [Fact]
    public void Bg_nbd_on_data_with_one_dropout_probability_for_all_is_diagnosed_with_finite_numbers()
    {
        var result = Run(GeneratedLog(1200, homogeneous: true, seed: 5), "--model", "bg-nbd,mbg-nbd", "--allow-unconverged", "--json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.DoesNotContain("not finite", result.Stderr, StringComparison.Ordinal); // every number was computed
        var models = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("models").EnumerateArray().ToArray();
        foreach (var m in models)
        {
            var numbers = new[] { m.GetProperty("log_likelihood"), m.GetProperty("aic"), m.GetProperty("holdout").GetProperty("mae") }
                .Concat(m.GetProperty("bins").EnumerateArray().Select(b => b.GetProperty("expected")))
                .Concat(m.GetProperty("tracking").EnumerateArray().Select(p => p.GetProperty("cumulative_expected")));
            Assert.All(numbers, n => Assert.Equal(JsonValueKind.Number, n.ValueKind));
            Assert.InRange(m.GetProperty("holdout").GetProperty("total_expected").GetDouble() / m.GetProperty("holdout").GetProperty("total_actual").GetDouble(), 0.7, 1.3);
        }
    }

    [Fact]
    public void Bg_bb_rows_give_bins_by_frequency_and_by_recency_with_the_documented_fields()
    {
        var random = new Random(9);
        var rows = new List<string> { "frequency,recency,periods,weight,later" };
        for (var i = 0; i < 120; i++)
        {
            var x = random.Next(7);
            var tx = x == 0 ? 0 : x + random.Next(7 - x);
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{x},{tx},6,{1 + random.Next(5)},{random.Next(Math.Min(6, x + tx + 1))}"));
        }

        var result = CliRunner.Run("clv", "diagnose", CliRunner.TempFile("rows.csv", [.. rows]), "--model", "bg-bb", "--holdout", "later", "--bins", "4", "--allow-unconverged", "--json");

        Assert.True(result.ExitCode == 0, result.Stderr);
        var model = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("models")[0];
        Assert.All(new[] { "model", "parameters", "log_likelihood", "aic", "bic", "holdout", "bins", "recency_bins" }, f => Assert.True(model.TryGetProperty(f, out _), f));
        var frequency = model.GetProperty("bins").EnumerateArray().ToArray();
        var recency = model.GetProperty("recency_bins").EnumerateArray().ToArray();
        Assert.Equal([0, 1, 2, 3, 4], frequency.Select(b => b.GetProperty("x").GetInt32()));
        Assert.Equal([0, 1, 2, 3, 4], recency.Select(b => b.GetProperty("t_x").GetInt32()));
        var total = model.GetProperty("holdout").GetProperty("total_actual").GetDouble();
        Assert.Equal(total, frequency.Sum(b => b.GetProperty("customers").GetDouble() * b.GetProperty("actual").GetDouble()), 1e-6);
        Assert.Equal(total, recency.Sum(b => b.GetProperty("customers").GetDouble() * b.GetProperty("actual").GetDouble()), 1e-6);
    }

    /// <summary>
    /// A weekly log over 2024: purchase rates from a few levels, each customer's first purchase in the first 12 weeks,
    /// dropout after each repeat purchase with probability 0.3 for all (homogeneous) or one of 0.05 … 0.6.
    /// </summary>
    internal static string GeneratedLog(int customers, bool homogeneous, int seed)
    {
        var random = new Random(seed);
        var start = new DateOnly(2024, 1, 1);
        var lines = new List<string> { "cust,day" };
        for (var i = 0; i < customers; i++)
        {
            var rate = new[] { 0.05, 0.1, 0.2, 0.4, 0.8 }[random.Next(5)];
            var dropout = homogeneous ? 0.3 : new[] { 0.05, 0.15, 0.3, 0.6 }[random.Next(4)];
            var week = i == 0 ? 0d : random.Next(84) / 7d; // the cohort starts on 1 January: 26 calibration weeks exactly
            lines.Add(Line(i, week));
            while ((week += -Math.Log(1 - random.NextDouble()) / rate) < 52)
            {
                lines.Add(Line(i, week));
                if (random.NextDouble() < dropout)
                {
                    break;
                }
            }
        }

        return CliRunner.TempFile(homogeneous ? "homogeneous.csv" : "log.csv", [.. lines]);

        string Line(int customer, double week) =>
            string.Create(CultureInfo.InvariantCulture, $"c{customer},{start.AddDays((int)Math.Floor(week * 7)):yyyy-MM-dd}");
    }

    private static CliResult Run(string file, params string[] extra) =>
        CliRunner.Run(["clv", "diagnose", file, "--customer", "cust", "--date", "day", "--period", "week", "--calibration-end", "2024-06-30", "--end", "2024-12-29", .. extra]);
}

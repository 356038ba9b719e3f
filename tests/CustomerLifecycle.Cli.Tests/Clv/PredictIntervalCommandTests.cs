using System.Text.Json;

namespace CustomerLifecycle.Cli.Tests.Clv;

public class PredictIntervalCommandTests
{
    private static readonly string Donations = FitCommandTests.DataFile("donations.csv");
    private static readonly string Regular = FitCommandTests.DataFile("retention_regular.csv");

    /// <summary>400 customers simulated from Pareto/NBD (r 0.55, α 10.6, s 0.61, β 11.7) over 30, 38 or 52 weeks, fixed seed.</summary>
    private static string Summary()
    {
        var random = new Random(9);
        var lines = Enumerable.Range(0, 400).Select(i =>
        {
            var age = new[] { 30d, 38d, 52d }[i % 3];
            var lambda = MathNet.Numerics.Distributions.Gamma.Sample(random, 0.55, 10.6);
            var alive = Math.Min(age, MathNet.Numerics.Distributions.Exponential.Sample(random, MathNet.Numerics.Distributions.Gamma.Sample(random, 0.61, 11.7)));
            var x = MathNet.Numerics.Distributions.Poisson.Sample(random, Math.Max(lambda * alive, 1e-12));
            var recency = x == 0 ? 0d : Math.Round(alive * Math.Pow(random.NextDouble(), 1d / x), 2);
            return FormattableString.Invariant($"c{i},{x},{recency},{age}");
        });
        return CliRunner.TempFile("summary.csv", ["customer_id,frequency,recency,T", .. lines]);
    }

    private static void AssertEndsAround(JsonElement row, string column)
    {
        var value = row.GetProperty(column).GetDouble();
        Assert.InRange(value, row.GetProperty(column + "_low").GetDouble(), row.GetProperty(column + "_high").GetDouble());
    }

    [Fact]
    public void Bg_bb_interval_adds_ends_around_purchases_p_alive_and_dert()
    {
        var result = CliRunner.Run("clv", "predict", Donations, "--model", "bg-bb", "--horizon", "5", "--discount", "0.1", "--interval", "0.9", "--draws", "300", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal("normal", doc.RootElement.GetProperty("interval").GetProperty("kind").GetString());
        foreach (var row in doc.RootElement.GetProperty("predictions").EnumerateArray())
        {
            AssertEndsAround(row, "expected_purchases");
            AssertEndsAround(row, "p_alive");
            AssertEndsAround(row, "dert");
        }
    }

    [Fact]
    public void Sbg_interval_adds_ends_around_survival_retention_and_derl_in_csv_too()
    {
        var json = CliRunner.Run("clv", "predict", Regular, "--model", "sbg", "--discount", "0.1", "--interval", "0.8", "--json");
        var csv = CliRunner.Run("clv", "predict", Regular, "--model", "sbg", "--discount", "0.1", "--interval", "0.8", "--csv");

        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Stdout);
        var rows = doc.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("retention_low").ValueKind);
        foreach (var row in rows.Skip(1))
        {
            AssertEndsAround(row, "survival");
            AssertEndsAround(row, "retention");
            AssertEndsAround(row, "derl");
        }

        Assert.Equal(0, csv.ExitCode);
        Assert.EndsWith("survival_low,survival_high,retention_low,retention_high,derl_low,derl_high", csv.Stdout.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Bootstrap_interval_reports_its_kind_replicates_and_those_left_out()
    {
        var result = CliRunner.Run("clv", "predict", Summary(), "--model", "pareto-nbd", "--horizon", "10", "--interval", "0.9", "--interval-method", "bootstrap", "--draws", "20", "--seed", "2", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var interval = doc.RootElement.GetProperty("interval");
        Assert.Equal("bootstrap", interval.GetProperty("kind").GetString());
        Assert.Equal(20, interval.GetProperty("draws").GetInt32() + interval.GetProperty("failed_replicates").GetInt32());
        Assert.Contains("parametric bootstrap", interval.GetProperty("method").GetString(), StringComparison.Ordinal);
        foreach (var row in doc.RootElement.GetProperty("predictions").EnumerateArray())
        {
            AssertEndsAround(row, "expected_purchases");
            AssertEndsAround(row, "p_alive");
        }
    }

    [Fact]
    public void A_fit_saved_by_clv_fit_json_carries_its_covariance_so_params_intervals_work()
    {
        var summary = Summary();
        var fit = CliRunner.Run("clv", "fit", summary, "--model", "pareto-nbd", "--json");
        Assert.Equal(0, fit.ExitCode);
        using (var doc = JsonDocument.Parse(fit.Stdout))
        {
            var covariance = doc.RootElement.GetProperty("log_parameter_covariance");
            Assert.Equal(["r", "alpha", "s", "beta"], covariance.GetProperty("parameters").EnumerateArray().Select(e => e.GetString()!));
            Assert.Equal(4, covariance.GetProperty("matrix").GetArrayLength());
        }

        var saved = CliRunner.TempFile("fit.json", fit.Stdout);
        var fromFile = CliRunner.Run("clv", "predict", summary, "--params", saved, "--horizon", "10", "--interval", "0.9", "--draws", "200", "--json");
        var fitted = CliRunner.Run("clv", "predict", summary, "--model", "pareto-nbd", "--horizon", "10", "--interval", "0.9", "--draws", "200", "--json");

        Assert.Equal(0, fromFile.ExitCode);
        using var a = JsonDocument.Parse(fromFile.Stdout);
        using var b = JsonDocument.Parse(fitted.Stdout);
        var first = a.RootElement.GetProperty("predictions")[1];
        Assert.Equal(b.RootElement.GetProperty("predictions")[1].GetProperty("expected_purchases_high").GetDouble(), first.GetProperty("expected_purchases_high").GetDouble(), 1e-9);
    }

    [Fact]
    public void An_old_saved_fit_without_covariance_still_predicts_and_names_the_way_out_for_intervals()
    {
        var summary = Summary();
        var fit = CliRunner.Run("clv", "fit", summary, "--model", "bg-nbd", "--json");
        using var doc = JsonDocument.Parse(fit.Stdout);
        var old = JsonSerializer.Serialize(doc.RootElement.EnumerateObject().Where(p => p.Name != "log_parameter_covariance").ToDictionary(p => p.Name, p => p.Value));
        var saved = CliRunner.TempFile("old.json", old);

        Assert.Equal(0, CliRunner.Run("clv", "predict", summary, "--params", saved, "--horizon", "10", "--json").ExitCode);
        var refused = CliRunner.Run("clv", "predict", summary, "--params", saved, "--horizon", "10", "--interval", "0.9");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("carries no covariance", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("--interval-method bootstrap", refused.Stderr, StringComparison.Ordinal);
        var bootstrap = CliRunner.Run("clv", "predict", summary, "--params", saved, "--horizon", "10", "--interval", "0.9", "--interval-method", "bootstrap", "--draws", "12", "--json");
        Assert.Equal(0, bootstrap.ExitCode);
    }

    [Theory]
    [InlineData(new[] { "--interval-method", "normal" }, "--interval-method: only with --interval")]
    [InlineData(new[] { "--interval", "0.9", "--interval-method", "jackknife" }, "--interval-method: must be normal or bootstrap")]
    [InlineData(new[] { "--interval", "0.9", "--interval-method", "bootstrap", "--draws", "5" }, "--draws: must be 10–10,000")]
    [InlineData(new[] { "--interval", "0.9", "--draws", "5" }, "--draws: must be 10–100,000")]
    public void Bad_interval_options_exit_2_naming_the_option(string[] options, string message)
    {
        var result = CliRunner.Run(["clv", "predict", Summary(), "--model", "bg-nbd", "--horizon", "5", .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr.Trim().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Bootstrap_for_bg_bb_is_refused()
    {
        var result = CliRunner.Run("clv", "predict", Donations, "--model", "bg-bb", "--horizon", "5", "--interval", "0.9", "--interval-method", "bootstrap");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("asymptotic normal", result.Stderr, StringComparison.Ordinal);
    }
}

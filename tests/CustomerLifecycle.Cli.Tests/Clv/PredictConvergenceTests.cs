using System.Text.Json;
using System.Text.Json.Nodes;

namespace CustomerLifecycle.Cli.Tests.Clv;

public class PredictConvergenceTests
{
    private static readonly string Cdnow = FitCommandTests.DataFile("cdnow_customers_summary_with_transactions.csv");

    private static readonly Lazy<string> CdnowFit = new(() => CliRunner.Run("clv", "fit", Cdnow, "--model", "bg-nbd", "--json").Stdout);

    [Fact]
    public void A_saved_fit_with_its_keys_in_another_order_gives_byte_identical_predictions()
    {
        var fit = JsonNode.Parse(CdnowFit.Value)!.AsObject();
        var shuffled = new JsonObject();
        foreach (var (name, value) in fit.Reverse().ToArray())
        {
            shuffled[name] = name == "parameters"
                ? new JsonObject(value!.AsObject().Reverse().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value!.DeepClone())))
                : value?.DeepClone();
        }

        var straight = CliRunner.Run("clv", "predict", Cdnow, "--params", CliRunner.TempFile("fit.json", CdnowFit.Value), "--horizon", "39", "--csv");
        var reversed = CliRunner.Run("clv", "predict", Cdnow, "--params", CliRunner.TempFile("shuffled.json", shuffled.ToJsonString()), "--horizon", "39", "--csv");

        Assert.Equal(0, reversed.ExitCode);
        Assert.NotEqual(fit.First().Key, shuffled.First().Key);
        Assert.Equal(straight.Stdout, reversed.Stdout);
        var customer1 = reversed.Stdout.Split('\n')[1].Split(',');
        Assert.Equal(1.226, double.Parse(customer1[4], System.Globalization.CultureInfo.InvariantCulture), 5e-4);
        Assert.Equal(0.727, double.Parse(customer1[5], System.Globalization.CultureInfo.InvariantCulture), 5e-4);
    }

    [Fact]
    public void A_saved_fit_that_did_not_converge_is_refused_with_exit_2_and_one_line()
    {
        var saved = CliRunner.TempFile("failed.json", CdnowFit.Value.Replace("\"converged\": true", "\"converged\": false", StringComparison.Ordinal));

        var result = CliRunner.Run("clv", "predict", Cdnow, "--params", saved, "--horizon", "39", "--csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Stdout);
        var line = Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.Contains("did not converge", line, StringComparison.Ordinal);
        Assert.Contains("--allow-unconverged", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Allow_unconverged_predicts_with_one_warning_on_stderr()
    {
        var saved = CliRunner.TempFile("failed.json", CdnowFit.Value.Replace("\"converged\": true", "\"converged\": false", StringComparison.Ordinal));

        var result = CliRunner.Run("clv", "predict", Cdnow, "--params", saved, "--horizon", "39", "--csv", "--allow-unconverged");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2358, result.Stdout.TrimEnd().Split('\n').Length);
        var warnings = result.Stderr.Split('\n').Where(l => l.Contains("did not converge", StringComparison.Ordinal)).ToArray();
        Assert.Single(warnings);
        Assert.StartsWith("lifecycle: warning:", warnings[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_in_process_fit_that_does_not_converge_is_refused_like_a_saved_one()
    {
        var path = CliRunner.TempFile("silent.csv", ["customer_id,frequency,recency,T", "a,0,0,39", "b,0,0,39", "c,0,0,38"]);

        var refused = CliRunner.Run("clv", "predict", path, "--model", "bg-nbd", "--horizon", "10", "--csv");
        var allowed = CliRunner.Run("clv", "predict", path, "--model", "bg-nbd", "--horizon", "10", "--csv", "--allow-unconverged");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("did not converge", refused.Stderr.Trim().Split('\n')[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("lifecycle: warning: the bg-nbd fit did not converge", allowed.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_names_a_repeat_buyer_left_out_of_the_spend_fit_by_customer_id()
    {
        var path = CliRunner.TempFile(
            "spend.csv",
            ["customer_id,frequency,recency,T,monetary_value", "a,2,30,39,20", "b,1,10,39,0", "c,3,35,39,35", "d,0,0,39,", "e,5,38,39,12.5", "f,1,5,39,60", "g,2,20,39,18"]);

        var result = CliRunner.Run("clv", "predict", path, "--model", "bg-nbd", "--horizon", "10", "--json", "--allow-unconverged");

        Assert.Contains("(first: customer b at line 3)", result.Stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(7, json.RootElement.GetProperty("predictions").GetArrayLength());
    }

    [Fact]
    public void A_discounted_value_needs_a_whole_horizon()
    {
        var result = CliRunner.Run("clv", "predict", Cdnow, "--model", "bg-nbd", "--horizon", "2.5", "--discount", "0.01", "--csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("whole number of periods", Assert.Single(result.Stderr.Trim().Split('\n')), StringComparison.Ordinal);
    }

    [Fact]
    public void The_fit_json_carries_the_format_version_and_a_fingerprint_of_the_data()
    {
        using var json = JsonDocument.Parse(CdnowFit.Value);

        Assert.Equal(1, json.RootElement.GetProperty("format_version").GetInt32());
        var data = json.RootElement.GetProperty("data");
        Assert.Equal(2357d, data.GetProperty("customers").GetDouble());
        Assert.True(data.GetProperty("sum_age").GetDouble() > 0d);
    }
}

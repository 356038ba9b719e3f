using System.Globalization;
using System.Text.Json;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;
using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Cli.Tests.Clv;

public class PredictExtrasCommandTests
{
    private static readonly string Cdnow = FitCommandTests.DataFile("cdnow_customers_summary_with_transactions.csv");
    private static readonly string Donations = FitCommandTests.DataFile("donations.csv");
    private static readonly string Regular = FitCommandTests.DataFile("retention_regular.csv");

    [Fact]
    public void Sbg_derl_lists_renewals_1_to_10_at_the_fitted_parameters_without_a_horizon()
    {
        var result = CliRunner.Run("clv", "predict", Regular, "--model", "sbg", "--derl", "--discount", "0.1", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var p = doc.RootElement.GetProperty("parameters");
        var model = new SbgModel(p.GetProperty("alpha").GetDouble(), p.GetProperty("beta").GetDouble());
        var derl = doc.RootElement.GetProperty("derl").EnumerateArray().ToArray();
        Assert.Equal(10, derl.Length);
        for (var n = 1; n <= 10; n++)
        {
            Assert.Equal(n, derl[n - 1].GetProperty("renewal").GetInt32());
            Assert.Equal(model.DiscountedExpectedResidualLifetime(0.1, n - 1), derl[n - 1].GetProperty("value").GetDouble(), 1e-12);
        }

        // Without --horizon the projection covers the observed periods (0–7).
        Assert.Equal(8, doc.RootElement.GetProperty("predictions").GetArrayLength());
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Dert_adds_a_column_in_csv_and_json_matching_the_library()
    {
        var csv = CliRunner.Run("clv", "predict", Cdnow, "--model", "pareto-nbd", "--horizon", "39", "--dert", "0.0029", "--csv");
        var json = CliRunner.Run("clv", "predict", Cdnow, "--model", "pareto-nbd", "--horizon", "39", "--dert", "0.0029", "--json");

        Assert.Equal(0, csv.ExitCode);
        var lines = csv.Stdout.TrimEnd().Split('\n');
        var header = lines[0].Split(',');
        Assert.Equal("dert", header[^1]);
        using var doc = JsonDocument.Parse(json.Stdout);
        var p = doc.RootElement.GetProperty("parameters");
        var model = new ParetoNbdModel(p.GetProperty("r").GetDouble(), p.GetProperty("alpha").GetDouble(), p.GetProperty("s").GetDouble(), p.GetProperty("beta").GetDouble());
        var first = doc.RootElement.GetProperty("predictions")[0];
        var expected = DiscountedResidualTransactions.Of(model, 0.0029, first.GetProperty("frequency").GetDouble(), first.GetProperty("recency").GetDouble(), first.GetProperty("T").GetDouble());
        Assert.Equal(expected, first.GetProperty("dert").GetDouble(), 1e-12);
        Assert.Equal(expected, double.Parse(lines[1].Split(',')[^1], CultureInfo.InvariantCulture), 1e-12);
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void New_customer_reports_the_unconditional_expectation_over_the_horizon()
    {
        var result = CliRunner.Run("clv", "predict", Cdnow, "--model", "bg-nbd", "--horizon", "39", "--new-customer", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var p = doc.RootElement.GetProperty("parameters");
        var model = new BgNbdModel(p.GetProperty("r").GetDouble(), p.GetProperty("alpha").GetDouble(), p.GetProperty("a").GetDouble(), p.GetProperty("b").GetDouble());
        Assert.Equal(model.ExpectedTransactions(39), doc.RootElement.GetProperty("new_customer").GetProperty("expected_purchases").GetDouble(), 1e-12);
    }

    [DatasetFact("donations.csv")]
    public void New_customer_works_for_bg_bb_opportunities()
    {
        var result = CliRunner.Run("clv", "predict", Donations, "--model", "bg-bb", "--horizon", "5", "--new-customer", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.InRange(doc.RootElement.GetProperty("new_customer").GetProperty("expected_purchases").GetDouble(), 0.5, 5d);
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Interval_adds_low_and_high_columns_around_every_estimate()
    {
        var json = CliRunner.Run("clv", "predict", Cdnow, "--model", "bg-nbd", "--horizon", "39", "--interval", "0.9", "--draws", "200", "--seed", "3", "--json");
        var csv = CliRunner.Run("clv", "predict", Cdnow, "--model", "bg-nbd", "--horizon", "39", "--interval", "0.9", "--draws", "200", "--seed", "3", "--csv");

        Assert.Equal(0, json.ExitCode);
        Assert.Equal(0, csv.ExitCode);
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.Contains("200 draws", doc.RootElement.GetProperty("interval").GetProperty("method").GetString(), StringComparison.Ordinal);
        foreach (var row in doc.RootElement.GetProperty("predictions").EnumerateArray().Take(200))
        {
            foreach (var column in new[] { "expected_purchases", "p_alive", "expected_spend", "clv" })
            {
                Assert.InRange(row.GetProperty(column).GetDouble(), row.GetProperty(column + "_low").GetDouble(), row.GetProperty(column + "_high").GetDouble());
            }
        }

        var header = csv.Stdout.Split('\n')[0];
        Assert.EndsWith("expected_purchases_low,expected_purchases_high,p_alive_low,p_alive_high,expected_spend_low,expected_spend_high,clv_low,clv_high", header, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", csv.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", json.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--dert", "0", "--dert")]
    [InlineData("--dert", "-1", "--dert")]
    [InlineData("--dert", "NaN", "--dert")]
    [InlineData("--dert", "11", "--dert")]
    [InlineData("--interval", "1", "--interval")]
    [InlineData("--interval", "0", "--interval")]
    [InlineData("--interval", "NaN", "--interval")]
    [InlineData("--draws", "2000", "--draws: only with --interval")]
    [InlineData("--seed", "4", "--seed: only with --interval")]
    [InlineData("--derl", null, "--derl: only for --model sbg")]
    public void Bad_option_values_exit_2_with_one_line_naming_the_option(string option, string? value, string message)
    {
        var summary = CliRunner.TempFile("summary.csv", "customer_id,frequency,recency,T\na,1,2,10\nb,0,0,10\n");
        string[] args = ["clv", "predict", summary, "--model", "pareto-nbd", "--horizon", "5", option, .. value is null ? Array.Empty<string>() : [value]];

        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr.Trim().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--model", "sbg", "--derl" }, "--derl: give the discount rate")]
    [InlineData(new[] { "--model", "sbg", "--new-customer" }, "--new-customer: sbg")]
    [InlineData(new[] { "--model", "sbg", "--interval", "0.9", "--interval-method", "bootstrap" }, "--interval-method bootstrap: available for")]
    [InlineData(new[] { "--model", "sbg", "--dert", "0.1" }, "--dert: only for")]
    public void Options_that_do_not_fit_the_model_exit_2(string[] options, string message)
    {
        var result = CliRunner.Run(["clv", "predict", Regular, .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_continuous_model_still_needs_a_horizon()
    {
        var summary = CliRunner.TempFile("summary.csv", "customer_id,frequency,recency,T\na,1,2,10\n");

        var result = CliRunner.Run("clv", "predict", summary, "--model", "bg-nbd");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--horizon: required for bg-nbd", result.Stderr, StringComparison.Ordinal);
    }
}

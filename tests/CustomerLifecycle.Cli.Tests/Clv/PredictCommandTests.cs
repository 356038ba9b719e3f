using System.Globalization;
using System.Text.Json;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Cli.Tests.Clv;

public class PredictCommandTests
{
    private static readonly string Donations = FitCommandTests.DataFile("donations.csv");

    [DatasetFact("donations.csv")]
    public void Predict_with_saved_params_gives_one_row_per_input_row_matching_the_library()
    {
        var fit = CliRunner.Run("clv", "fit", Donations, "--model", "bg-bb", "--json");
        var saved = CliRunner.TempFile("fit.json", fit.Stdout);

        var result = CliRunner.Run("clv", "predict", Donations, "--params", saved, "--horizon", "5", "--discount", "0.1", "--csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.TrimEnd().Split('\n');
        Assert.Equal("customer_id,frequency,recency,periods,weight,expected_purchases,p_alive,dert", lines[0]);
        Assert.Equal(23, lines.Length);
        using var doc = JsonDocument.Parse(fit.Stdout);
        var p = doc.RootElement.GetProperty("parameters");
        var model = new BgBbModel(p.GetProperty("alpha").GetDouble(), p.GetProperty("beta").GetDouble(), p.GetProperty("gamma").GetDouble(), p.GetProperty("delta").GetDouble());
        var cells = lines[1].Split(',');
        var row = new DiscreteSummary(0, 0, 6);
        Assert.Equal(model.ConditionalExpectedTransactions(row, 5), Parse(cells[5]), 1e-12);
        Assert.Equal(model.ProbabilityAlive(row), Parse(cells[6]), 1e-12);
        Assert.Equal(model.DiscountedExpectedResidualTransactions(row, 0.1), Parse(cells[7]), 1e-12);
        Assert.DoesNotContain("fitting", result.Stderr, StringComparison.Ordinal);
    }

    [DatasetFact("donations.csv")]
    public void Predict_without_params_fits_first_and_reports_the_fit_in_json()
    {
        var result = CliRunner.Run("clv", "predict", Donations, "--model", "bg-bb", "--horizon", "5", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("fit").GetProperty("converged").GetBoolean());
        Assert.Equal(1.204, root.GetProperty("parameters").GetProperty("alpha").GetDouble(), 5e-4);
        var rows = root.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.Equal(22, rows.Length);
        Assert.All(rows, r => Assert.InRange(r.GetProperty("p_alive").GetDouble(), 0d, 1d));
        Assert.All(rows, r => Assert.InRange(r.GetProperty("expected_purchases").GetDouble(), 0d, 5d));
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("dert").ValueKind);
        Assert.Contains("fitting bg-bb", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Sbg_predict_projects_survivors_beyond_the_observed_years()
    {
        var result = CliRunner.Run("clv", "predict", FitCommandTests.DataFile("retention_regular.csv"), "--model", "sbg", "--horizon", "12", "--discount", "0.1", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var rows = doc.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.Equal(13, rows.Length);
        Assert.Equal(241d, rows[7].GetProperty("alive").GetDouble());
        Assert.Equal(JsonValueKind.Null, rows[8].GetProperty("alive").ValueKind);
        // Fader & Hardie (2007) report 173 regular customers in year 12; the 7-year sBG fit projects about 170.
        Assert.InRange(rows[12].GetProperty("expected_alive").GetDouble(), 165d, 175d);
        var model = new SbgModel(
            doc.RootElement.GetProperty("parameters").GetProperty("alpha").GetDouble(),
            doc.RootElement.GetProperty("parameters").GetProperty("beta").GetDouble());
        Assert.Equal(model.DiscountedExpectedResidualLifetime(0.1, 3), rows[3].GetProperty("derl").GetDouble(), 1e-12);
        Assert.Equal(JsonValueKind.Null, rows[0].GetProperty("retention").ValueKind);
    }

    [DatasetTheory("donations.csv")]
    [InlineData("{\"model\": \"bg-bb\"}", "no \"parameters\" object")]
    [InlineData("{\"model\": \"bg-bb\", \"parameters\": {\"alpha\": 1, \"beta\": 1, \"gamma\": 1}}", "\"delta\" is missing")]
    [InlineData("{\"model\": \"bg-bb\", \"parameters\": {\"alpha\": -1, \"beta\": 1, \"gamma\": 1, \"delta\": 1}}", "alpha must be a finite number > 0")]
    [InlineData("{\"model\": \"sbg\", \"parameters\": {\"alpha\": 1, \"beta\": 1}}", "does not match")]
    [InlineData("not json", "not a saved fit")]
    public void Bad_params_exit_2_with_one_line(string json, string message)
    {
        var saved = CliRunner.TempFile("fit.json", json);

        var result = CliRunner.Run("clv", "predict", Donations, "--model", "bg-bb", "--params", saved, "--horizon", "5");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr.Trim().Split('\n')[^1], StringComparison.Ordinal);
    }

    [DatasetTheory("donations.csv")]
    [InlineData("--horizon", "2.5")]
    [InlineData("--horizon", "-1")]
    [InlineData("--discount", "0")]
    [InlineData("--discount", "NaN")]
    public void Bad_horizon_or_discount_exit_2(string option, string value)
    {
        string[] args = ["clv", "predict", Donations, "--model", "bg-bb", "--horizon", "5"];
        var result = CliRunner.Run([.. args.Where((_, i) => option != "--horizon" || i < 5), option, value]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Stderr, StringComparison.Ordinal);
    }

    [DatasetFact("donations.csv")]
    public void Predict_needs_a_model_or_params()
    {
        var result = CliRunner.Run("clv", "predict", Donations, "--horizon", "5");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("give --model or --params", result.Stderr, StringComparison.Ordinal);
    }

    [DatasetFact("donations.csv")]
    public void Table_output_lists_the_predictions()
    {
        var result = CliRunner.Run("clv", "predict", Donations, "--model", "bg-bb", "--horizon", "5");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("expected_purchases", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("p_alive", result.Stdout, StringComparison.Ordinal);
    }

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}

public class ContinuousModelCommandTests
{
    private static readonly string Cdnow = FitCommandTests.DataFile("cdnow_customers_summary_with_transactions.csv");

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Bg_nbd_fit_of_cdnow_reproduces_fader_hardie_lee()
    {
        var result = CliRunner.Run("clv", "fit", Cdnow, "--model", "bg-nbd", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var p = doc.RootElement.GetProperty("parameters");
        Assert.Equal(0.243, p.GetProperty("r").GetDouble(), 5e-4); // Fader, Hardie & Lee (2005)
        Assert.Equal(4.414, p.GetProperty("alpha").GetDouble(), 5e-4);
        Assert.Equal(0.793, p.GetProperty("a").GetDouble(), 5e-4);
        Assert.Equal(2.426, p.GetProperty("b").GetDouble(), 5e-4);
        Assert.Equal(-9582.4, doc.RootElement.GetProperty("log_likelihood").GetDouble(), 0.05);
        Assert.Equal(2357d, doc.RootElement.GetProperty("customers").GetDouble());
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Bg_nbd_predict_gives_customer_1_its_published_expectation_and_spend()
    {
        var result = CliRunner.Run("clv", "predict", Cdnow, "--model", "bg-nbd", "--horizon", "39", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var rows = doc.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.Equal(2357, rows.Length);
        var first = rows[0];
        Assert.Equal("1", first.GetProperty("customer_id").GetString());
        Assert.Equal(1.226, first.GetProperty("expected_purchases").GetDouble(), 5e-4); // x = 2, t_x = 30.43, T = 38.86
        Assert.Equal(24.65, first.GetProperty("expected_spend").GetDouble(), 0.01); // Gamma-Gamma (p 6.25, q 3.74, v 15.44): 24.6586, quoted truncated as 24.65
        Assert.Equal(
            first.GetProperty("expected_purchases").GetDouble() * first.GetProperty("expected_spend").GetDouble(),
            first.GetProperty("clv").GetDouble(),
            1e-9);
        Assert.All(rows, r => Assert.InRange(r.GetProperty("p_alive").GetDouble(), 0d, 1d));
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Discounted_clv_is_below_the_undiscounted_value()
    {
        var plain = CliRunner.Run("clv", "predict", Cdnow, "--model", "bg-nbd", "--horizon", "52", "--csv");
        var discounted = CliRunner.Run("clv", "predict", Cdnow, "--model", "bg-nbd", "--horizon", "52", "--discount", "0.002", "--csv");

        Assert.Equal(0, discounted.ExitCode);
        var a = double.Parse(plain.Stdout.Split('\n')[1].Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var b = double.Parse(discounted.Stdout.Split('\n')[1].Split(',')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("customer_id,frequency,recency,T,expected_purchases,p_alive,expected_spend,clv", discounted.Stdout.Split('\n')[0]);
        Assert.InRange(b, 0.9 * a, a);
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Gamma_gamma_alone_cannot_predict_purchases()
    {
        var result = CliRunner.Run("clv", "predict", Cdnow, "--model", "gamma-gamma", "--horizon", "39");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("predict needs", result.Stderr, StringComparison.Ordinal);
    }
}

using System.Text.Json;
using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Cli.Tests.Clv;

public class FitCovariatesCommandTests
{
    private const string Transactions = "external/clvtools/apparelTrans.csv";
    private const string Covariates = "external/clvtools/apparelStaticCov.csv";

    private static readonly Lazy<string> ApparelSummary = new(() =>
    {
        var output = Path.Combine(Path.GetTempPath(), $"apparel-summary-{Guid.NewGuid():N}.csv");
        var result = CliRunner.Run("clv", "summarize", Datasets.File(Transactions), "--customer", "Id", "--date", "Date", "--amount", "Price", "--period", "week", "--end", "2010-12-31", "--calibration-end", "2006-12-31", "-o", output);
        Assert.Equal(0, result.ExitCode);
        return output;
    });

    private static readonly string[] Summary = ["customer_id,frequency,recency,T", "a,2,10,30", "b,0,0,30", "c,5,28,30", "d,1,3,20"];

    [DatasetFact(Transactions, Covariates)]
    public void Pareto_nbd_with_covariates_in_both_processes_reports_the_published_fit_as_json()
    {
        var result = CliRunner.Run("clv", "fit", ApparelSummary.Value, "--model", "pareto-nbd", "--covariates", Datasets.File(Covariates), "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal(-5821.0627, root.GetProperty("log_likelihood").GetDouble(), 1e-3);
        Assert.True(root.GetProperty("converged").GetBoolean());
        Assert.Equal(["r", "alpha", "s", "beta"], root.GetProperty("parameters").EnumerateObject().Select(p => p.Name));
        foreach (var block in new[] { "life", "transaction" })
        {
            Assert.Equal(["Gender", "Channel"], root.GetProperty("covariates").GetProperty(block).EnumerateObject().Select(p => p.Name));
            Assert.True(root.GetProperty("standard_errors").GetProperty("covariates").GetProperty(block).GetProperty("Gender").GetDouble() > 0d);
        }

        Assert.Empty(root.GetProperty("covariates").GetProperty("constrained").EnumerateObject());
        Assert.Equal(0d, root.GetProperty("penalty").GetDouble());
        Assert.Equal(16d + 11642.1254, root.GetProperty("aic").GetDouble(), 1e-2);
        Assert.True(root.GetProperty("bic").GetDouble() > root.GetProperty("aic").GetDouble());
        Assert.Equal(600d, root.GetProperty("customers").GetDouble());
    }

    [DatasetFact(Transactions, Covariates)]
    public void Gender_constrained_across_the_processes_reports_the_published_fit_and_the_penalty()
    {
        var result = CliRunner.Run("clv", "fit", ApparelSummary.Value, "--model", "pareto-nbd", "--covariates", Datasets.File(Covariates), "--constrain", "Gender", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal(-5826.5342, root.GetProperty("log_likelihood").GetDouble(), 1e-3);
        Assert.Equal(["Gender"], root.GetProperty("covariates").GetProperty("constrained").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["Channel"], root.GetProperty("covariates").GetProperty("life").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Bg_nbd_with_chosen_columns_and_penalties_prints_a_table()
    {
        var covariates = CliRunner.TempFile("cov.csv", "Id,z1,z2", "a,1,0.5", "b,0,1", "c,1,2", "d,0,0");

        var result = CliRunner.Run("clv", "fit", CliRunner.TempFile("s.csv", Summary), "--model", "bg-nbd", "--covariates", covariates, "--life", "z1", "--transaction", "z2", "--l2", "life=1,transaction=2");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("life.z1", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("transaction.z2", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("life.z2", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("penalty", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_customer_without_covariates_is_rejected_with_line_and_reason_and_refused_under_strict()
    {
        var covariates = CliRunner.TempFile("cov.csv", "customer_id,z", "a,1", "b,0", "c,1", "x,1");
        var summary = CliRunner.TempFile("s.csv", Summary);

        var result = CliRunner.Run("clv", "fit", summary, "--model", "pareto-nbd", "--covariates", covariates, "--json");
        var strict = CliRunner.Run("clv", "fit", summary, "--model", "pareto-nbd", "--covariates", covariates, "--strict");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var rejected = doc.RootElement.GetProperty("rejected").EnumerateArray().Single();
        Assert.Equal(5, rejected.GetProperty("line").GetInt32());
        Assert.Equal("covariates.missing", rejected.GetProperty("code").GetString());
        Assert.Contains("customer d has no row", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(3d, doc.RootElement.GetProperty("customers").GetDouble());
        Assert.Contains("line 5", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains("line 5", strict.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--life", "nope")]
    [InlineData("--transaction", "z,z")]
    [InlineData("--l2", "life=-1")]
    [InlineData("--l2", "lfe=1")]
    [InlineData("--l2", "life=1,life=2")]
    [InlineData("--constrain", "q")]
    [InlineData("--model", "mbg-nbd")]
    [InlineData("--life", "z")]
    public void Bad_option_values_exit_2_with_one_line(string option, string value)
    {
        var covariates = CliRunner.TempFile("cov.csv", "customer_id,z", "a,1", "b,0", "c,1", "d,1");
        string[] args = ["clv", "fit", CliRunner.TempFile("s.csv", Summary), "--covariates", covariates];
        args = option == "--model" ? [.. args, "--model", value] : [.. args, "--model", "pareto-nbd", option, value];
        if (option == "--life" && value == "z")
        {
            args = [.. args, "--constrain", "z"];
        }

        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("lifecycle:", Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_covariate_option_without_a_covariate_file_or_a_summary_without_ids_exits_2()
    {
        var stray = CliRunner.Run("clv", "fit", CliRunner.TempFile("s.csv", Summary), "--model", "pareto-nbd", "--life", "z");
        var noIds = CliRunner.Run("clv", "fit", CliRunner.TempFile("s.csv", "frequency,recency,T", "1,2,3"), "--model", "pareto-nbd", "--covariates", CliRunner.TempFile("cov.csv", "Id,z", "a,1"));

        Assert.Equal(2, stray.ExitCode);
        Assert.Contains("--life: needs --covariates", stray.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, noIds.ExitCode);
        Assert.Contains("customer_id", noIds.Stderr, StringComparison.Ordinal);
    }
}

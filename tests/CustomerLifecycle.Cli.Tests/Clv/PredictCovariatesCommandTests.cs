using System.Globalization;
using System.Text.Json;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;
using MathNet.Numerics.Distributions;

namespace CustomerLifecycle.Cli.Tests.Clv;

public class PredictCovariatesCommandTests
{
    // 400 BG/NBD customers (fixed seed), z = 1 for odd ones with a 1.8× purchase rate; customer c7 has no covariate row.
    private static readonly Lazy<(string Summary, string Covariates)> Files = new(() =>
    {
        var random = new Random(5);
        var summary = new List<string> { "customer_id,frequency,recency,T" };
        var covariates = new List<string> { "customer_id,z" };
        for (var i = 0; i < 400; i++)
        {
            var z = i % 2;
            var age = 30 + (i % 9);
            var rate = Gamma.Sample(random, 0.9, 5d * Math.Exp(-0.6 * z));
            var p = Beta.Sample(random, 1.2, 3d);
            double t = 0d, recency = 0d;
            var x = 0;
            while ((t += Exponential.Sample(random, rate)) <= age)
            {
                (x, recency) = (x + 1, t);
                if (random.NextDouble() < p)
                {
                    break;
                }
            }

            summary.Add(string.Create(CultureInfo.InvariantCulture, $"c{i},{x},{Math.Round(recency, 3)},{age}"));
            if (i != 7)
            {
                covariates.Add(string.Create(CultureInfo.InvariantCulture, $"c{i},{z}"));
            }
        }

        return (CliRunner.TempFile("s.csv", [.. summary]), CliRunner.TempFile("cov.csv", [.. covariates]));
    });

    [Fact]
    public void Bg_nbd_predicts_each_customer_from_the_model_of_its_own_covariates()
    {
        var result = CliRunner.Run("clv", "predict", Files.Value.Summary, "--model", "bg-nbd", "--covariates", Files.Value.Covariates, "--horizon", "10", "--dert", "0.003", "--allow-unconverged", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var p = doc.RootElement.GetProperty("parameters");
        double P(string name) => p.GetProperty(name).GetDouble();
        var predictions = doc.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.Equal(399, predictions.Length);
        foreach (var row in predictions.Take(6))
        {
            var z = int.Parse(row.GetProperty("customer_id").GetString()![1..], CultureInfo.InvariantCulture) % 2;
            var life = Math.Exp(P("life.z") * z);
            var own = new BgNbdModel(P("r"), P("alpha") * Math.Exp(-P("transaction.z") * z), P("a") * life, P("b") * life);
            var (x, tx, t) = (row.GetProperty("frequency").GetDouble(), row.GetProperty("recency").GetDouble(), row.GetProperty("T").GetDouble());
            Assert.Equal(own.ConditionalExpectedTransactions(10, x, tx, t), row.GetProperty("expected_purchases").GetDouble(), 1e-12);
            Assert.Equal(own.ProbabilityAlive(x, tx, t), row.GetProperty("p_alive").GetDouble(), 1e-12);
            Assert.Equal(DiscountedResidualTransactions.Of(own, 0.003, x, tx, t), row.GetProperty("dert").GetDouble(), 1e-12);
        }

        // The purchase coefficient is found near the simulated 0.6: customers with z = 1 buy more.
        Assert.InRange(P("transaction.z"), 0.2, 1.0);
    }

    [Fact]
    public void A_customer_without_covariates_is_rejected_with_line_and_reason()
    {
        var result = CliRunner.Run("clv", "predict", Files.Value.Summary, "--model", "pareto-nbd", "--covariates", Files.Value.Covariates, "--horizon", "10", "--allow-unconverged", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var rejected = doc.RootElement.GetProperty("rejected").EnumerateArray().Single();
        Assert.Equal(9, rejected.GetProperty("line").GetInt32());
        Assert.Equal("covariates.missing", rejected.GetProperty("code").GetString());
        Assert.Contains("customer c7 has no row", rejected.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("line 9", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.RootElement.GetProperty("predictions").EnumerateArray(), r => r.GetProperty("customer_id").GetString() == "c7");
    }

    [Fact]
    public void Csv_output_carries_the_dert_column_in_customer_order()
    {
        var result = CliRunner.Run("clv", "predict", Files.Value.Summary, "--model", "bg-nbd", "--covariates", Files.Value.Covariates, "--horizon", "10", "--dert", "0.003", "--allow-unconverged", "--csv");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.TrimEnd().Split('\n');
        Assert.Equal("dert", lines[0].Split(',')[^1]);
        Assert.StartsWith("c0,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("c8,", lines[8], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--model", "bg-bb", "pareto-nbd or bg-nbd")]
    [InlineData("--model", "mbg-nbd", "pareto-nbd or bg-nbd")]
    [InlineData("--interval", "0.9", "--interval")]
    [InlineData("--new-customer", null, "--new-customer")]
    [InlineData("--horizon", "-1", "--horizon")]
    public void Unsupported_combinations_are_unusable_input(string option, string? value, string message)
    {
        string[] args = ["clv", "predict", Files.Value.Summary, "--covariates", Files.Value.Covariates];
        args = option == "--model" ? [.. args, option, value!, "--horizon", "10"]
            : option == "--horizon" ? [.. args, "--model", "bg-nbd", option, value!]
            : [.. args, "--model", "bg-nbd", "--horizon", "10", option, .. value is null ? Array.Empty<string>() : [value]];

        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_covariate_file_is_unusable_input()
    {
        var result = CliRunner.Run("clv", "predict", Files.Value.Summary, "--model", "bg-nbd", "--covariates", "/no/such/cov.csv", "--horizon", "10");

        Assert.Equal(2, result.ExitCode);
    }
}

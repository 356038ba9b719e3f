using System.Globalization;
using System.Text.Json;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Cli.Tests.Clv;

public class FitDiscreteCovariatesCommandTests
{
    private const int Periods = 6;

    private static readonly string[] Cohorts =
    [
        "segment,period,alive",
        .. Series("base", [1000, 869, 743, 653, 593, 551, 517]),
        .. Series("promo", [1000, 800, 650, 550, 480, 430, 395]),
        .. Series("base2", [500, 430, 380, 340, 300, 280, 262]),
    ];

    [Fact]
    public void Bg_bb_with_a_covariate_in_both_processes_reports_coefficients_standard_errors_and_criteria_as_json()
    {
        // Expected counts of 2000 customers per group: z = 1 has α·e^0.6 and γ·e^−0.5 (more purchases, less dropout).
        var rows = CliRunner.TempFile("rows.csv", ["customer_id,frequency,recency,periods,weight", .. Rows("a", 0d, 0d), .. Rows("b", 0.6, -0.5)]);
        var covariates = CliRunner.TempFile("cov.csv", ["customer_id,z", .. Ids(rows).Select(id => $"{id},{(id.StartsWith('b') ? 1 : 0)}")]);

        var result = CliRunner.Run("clv", "fit", rows, "--model", "bg-bb", "--covariates", covariates, "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("converged").GetBoolean(), root.GetProperty("message").GetString());
        Assert.Equal(["alpha", "beta", "gamma", "delta"], root.GetProperty("parameters").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0.6, root.GetProperty("covariates").GetProperty("transaction").GetProperty("z").GetDouble(), 0.05);
        Assert.Equal(-0.5, root.GetProperty("covariates").GetProperty("life").GetProperty("z").GetDouble(), 0.1);
        Assert.True(root.GetProperty("standard_errors").GetProperty("covariates").GetProperty("life").GetProperty("z").GetDouble() > 0d);
        Assert.Equal(12d - (2d * root.GetProperty("log_likelihood").GetDouble()), root.GetProperty("aic").GetDouble(), 1e-6);
        Assert.True(root.GetProperty("bic").GetDouble() > root.GetProperty("aic").GetDouble());
        Assert.Equal(0d, root.GetProperty("penalty").GetDouble());
    }

    [Fact]
    public void A_bg_bb_row_without_covariates_is_rejected_with_line_and_reason_and_refused_under_strict()
    {
        var rows = CliRunner.TempFile("rows.csv", "customer_id,frequency,recency,periods", "a,1,2,4", "b,0,0,4", "c,3,4,4", "d,2,3,4", "e,0,0,4", "f,x,1,4");
        var covariates = CliRunner.TempFile("cov.csv", "customer_id,z", "a,1", "b,0", "c,1", "e,0");

        var result = CliRunner.Run("clv", "fit", rows, "--model", "bg-bb", "--covariates", covariates, "--json", "--max-iterations", "50");
        var strict = CliRunner.Run("clv", "fit", rows, "--model", "bg-bb", "--covariates", covariates, "--strict");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var rejected = doc.RootElement.GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal([5, 7], rejected.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal("covariates.missing", rejected[0].GetProperty("code").GetString());
        Assert.Contains("customer d has no row", rejected[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("frequency.invalid", rejected[1].GetProperty("code").GetString());
        Assert.Equal(4d, doc.RootElement.GetProperty("customers").GetDouble());
        Assert.Equal(2, strict.ExitCode);
    }

    [Fact]
    public void A_bg_bb_file_without_customer_ids_exits_2_naming_the_join_column()
    {
        var result = CliRunner.Run("clv", "fit", CliRunner.TempFile("rows.csv", "frequency,recency,periods", "1,2,4"), "--model", "bg-bb", "--covariates", CliRunner.TempFile("cov.csv", "Id,z", "a,1"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 2 has no customer id", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Sbg_segments_with_a_covariate_report_the_lifetime_coefficient_and_reject_a_segment_without_covariates()
    {
        var cohorts = CliRunner.TempFile("cohorts.csv", [.. Cohorts, "lost,0,100", "lost,1,90"]);
        var segments = CliRunner.TempFile("segments.csv", "segment,promo", "base,0", "promo,1", "base2,0", "bad,x");

        var result = CliRunner.Run("clv", "fit", cohorts, "--model", "sbg", "--covariates", segments, "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("converged").GetBoolean(), root.GetProperty("message").GetString());
        Assert.Equal(["alpha", "beta"], root.GetProperty("parameters").EnumerateObject().Select(p => p.Name));
        Assert.True(root.GetProperty("covariates").GetProperty("life").GetProperty("promo").GetDouble() > 0d, "the promo segment churns faster");
        Assert.Empty(root.GetProperty("covariates").GetProperty("transaction").EnumerateObject());
        Assert.Equal([23, 24], root.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal("covariate.invalid", root.GetProperty("covariates_rejected").EnumerateArray().Single().GetProperty("code").GetString());
        Assert.Equal(2500d, root.GetProperty("customers").GetDouble());
    }

    [Theory]
    [InlineData("--transaction", "promo")]
    [InlineData("--constrain", "promo")]
    [InlineData("--l2", "transaction=1")]
    public void Sbg_refuses_purchase_process_options_with_exit_2(string option, string value)
    {
        var result = CliRunner.Run("clv", "fit", CliRunner.TempFile("cohorts.csv", Cohorts), "--model", "sbg", "--covariates", CliRunner.TempFile("segments.csv", "segment,promo", "base,0", "promo,1", "base2,0"), option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("only the lifetime", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("segment,period,alive|a,0,100|a,2,80", "periods 0, 2")]
    [InlineData("segment,period,alive|a,0,100|a,1,120", "Survivors cannot increase")]
    [InlineData("period,alive|0,100|1,80", "segment")]
    public void An_unusable_segmented_cohort_file_exits_2_with_the_reason(string file, string reason)
    {
        var result = CliRunner.Run("clv", "fit", CliRunner.TempFile("cohorts.csv", file.Split('|')), "--model", "sbg", "--covariates", CliRunner.TempFile("segments.csv", "segment,z", "a,1"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(reason, result.Stderr, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Series(string segment, int[] alive) =>
        alive.Select((a, t) => string.Create(CultureInfo.InvariantCulture, $"{segment},{t},{a}"));

    /// <summary>Every (x, t_x) over <see cref="Periods"/> opportunities with its expected count among 2000 customers: C(t_x−1, x−1)·L.</summary>
    private static IEnumerable<string> Rows(string prefix, double transaction, double life)
    {
        var model = new BgBbModel(1.2 * Math.Exp(transaction), 0.75, 0.66 * Math.Exp(life), 2.8);
        for (var tx = 0; tx <= Periods; tx++)
        {
            for (var x = tx == 0 ? 0 : 1; x <= tx; x++)
            {
                var sequences = tx == 0 ? 1d : Binomial(tx - 1, x - 1);
                var weight = 2000d * sequences * Math.Exp(model.LogLikelihood(new DiscreteSummary(x, tx, Periods)));
                yield return string.Create(CultureInfo.InvariantCulture, $"{prefix}{x}_{tx},{x},{tx},{Periods},{weight:R}");
            }
        }
    }

    private static IEnumerable<string> Ids(string path) => File.ReadLines(path).Skip(1).Select(l => l.Split(',')[0]);

    private static double Binomial(int n, int k) => Enumerable.Range(1, k).Aggregate(1d, (c, i) => c * (n - k + i) / i);
}

using System.Text.Json;
using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Cli.Tests.Clv;

public class DiagnoseCommandTests
{
    private const string Cdnow = "external/btyd/cdnowElog.csv";

    private static readonly string[] Log =
    [
        "cust,day",
        "a,2024-01-01", "a,2024-01-03", "a,2024-01-08",
        "b,2024-01-02", "b,2024-01-05", "b,2024-01-09", "b,2024-01-10",
        "c,2024-01-04",
    ];

    [DatasetFact(Cdnow)]
    public void Json_compares_the_models_on_the_CDNOW_holdout()
    {
        var result = Run("--model", "bg-nbd,pareto-nbd", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal((2357, 39d), (json.GetProperty("customers").GetInt32(), json.GetProperty("holdout_length").GetDouble()));
        var models = json.GetProperty("models").EnumerateArray().ToArray();
        Assert.Equal(["bg-nbd", "pareto-nbd"], models.Select(m => m.GetProperty("model").GetString()));
        var bg = models[0];
        Assert.Equal(0.243, bg.GetProperty("parameters").GetProperty("r").GetDouble(), 1e-3);
        Assert.Equal(-9582.43, bg.GetProperty("log_likelihood").GetDouble(), 0.01);
        Assert.Equal(19172.86, bg.GetProperty("aic").GetDouble(), 0.02);
        Assert.True(bg.GetProperty("bic").GetDouble() > bg.GetProperty("aic").GetDouble());
        var holdout = bg.GetProperty("holdout");
        Assert.Equal(1882d, holdout.GetProperty("total_actual").GetDouble());
        Assert.Equal(1653.41, holdout.GetProperty("total_expected").GetDouble(), 0.01);
        Assert.Equal(0.7855, holdout.GetProperty("mae").GetDouble(), 1e-4);
        Assert.Equal(1.6080, holdout.GetProperty("rmse").GetDouble(), 1e-4);
        var bins = bg.GetProperty("bins").EnumerateArray().ToArray();
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7], bins.Select(b => b.GetProperty("x").GetInt32()));
        Assert.Equal(2357d, bins.Sum(b => b.GetProperty("customers").GetDouble()));
        var tracking = bg.GetProperty("tracking").EnumerateArray().ToArray();
        Assert.Equal(78, tracking.Length);
        Assert.Equal(4339d, tracking[^1].GetProperty("cumulative_actual").GetDouble());
        Assert.Equal(tracking.Sum(t => t.GetProperty("expected").GetDouble()), tracking[^1].GetProperty("cumulative_expected").GetDouble(), 1e-6);
        Assert.Equal(1, tracking[0].GetProperty("period").GetInt32());
    }

    [DatasetFact(Cdnow)]
    public void Tracking_csv_is_read_by_the_report()
    {
        var folder = Path.GetDirectoryName(CliRunner.TempFile("x.txt", "x"))!;
        var tracking = Path.Combine(folder, "tracking.csv");
        var diagnose = Run("--model", "bg-nbd,mbg-nbd", "-o", tracking);

        Assert.Equal(0, diagnose.ExitCode);
        Assert.Contains("bg-nbd", diagnose.Stdout, StringComparison.Ordinal); // the readable tables
        var lines = File.ReadAllLines(tracking);
        Assert.Equal("week,actual_cumulative,expected_cumulative,actual_in_period,expected_in_period,holdout,expected_cumulative_mbg-nbd", lines[0]);
        Assert.Equal(79, lines.Length);
        Assert.StartsWith("78,4339,", lines[^1], StringComparison.Ordinal);

        var html = Path.Combine(folder, "report.html");
        var report = CliRunner.Run("report", tracking, "-o", html);
        Assert.Equal(0, report.ExitCode);
        Assert.Contains("<svg", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_rows_are_reported_and_strict_refuses_them()
    {
        var file = CliRunner.TempFile("t.csv", [.. Log, "a,someday", ",2024-01-04"]);
        string[] args = ["clv", "diagnose", file, "--customer", "cust", "--date", "day", "--period", "day", "--calibration-end", "2024-01-06", "--model", "bg-nbd", "--allow-unconverged", "--json"];

        var lenient = CliRunner.Run(args);
        Assert.Equal(0, lenient.ExitCode);
        var json = JsonDocument.Parse(lenient.Stdout).RootElement;
        Assert.Equal(["date.invalid", "customer_id.missing"], json.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Equal((3, 0), (json.GetProperty("customers").GetInt32(), json.GetProperty("excluded_customers").GetInt32()));
        Assert.Contains("line 10", lenient.Stderr, StringComparison.Ordinal);

        var strict = CliRunner.Run([.. args, "--strict"]);
        Assert.Equal(2, strict.ExitCode);
    }

    [Theory]
    [InlineData("--model", "gamma-gamma")]
    [InlineData("--model", "bg-nbd,bg-nbd")]
    [InlineData("--model", ",")]
    [InlineData("--bins", "0")]
    [InlineData("--calibration-end", "2024-01-10")]
    [InlineData("--calibration-end", "January")]
    [InlineData("--period", "fortnight")]
    [InlineData("--max-iterations", "0")]
    public void Bad_options_are_unusable_input(string option, string value)
    {
        var args = new List<string> { "clv", "diagnose", CliRunner.TempFile("t.csv", Log), "--customer", "cust", "--date", "day", "--period", "day", "--calibration-end", "2024-01-06", "--model", "bg-nbd" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var result = CliRunner.Run([.. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_or_no_cohort_is_unusable_input()
    {
        var file = CliRunner.TempFile("t.csv", Log);
        Assert.Equal(2, CliRunner.Run("clv", "diagnose", file, "--customer", "who", "--date", "day", "--period", "day", "--calibration-end", "2024-01-06", "--model", "bg-nbd").ExitCode);
        var late = CliRunner.Run("clv", "diagnose", file, "--customer", "cust", "--date", "day", "--period", "day", "--calibration-end", "2023-12-31", "--model", "bg-nbd");
        Assert.Equal(2, late.ExitCode);
        Assert.Contains("no customer", late.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_fit_that_does_not_converge_is_refused_unless_allowed()
    {
        string[] args = ["clv", "diagnose", CliRunner.TempFile("t.csv", Log), "--customer", "cust", "--date", "day", "--period", "day", "--calibration-end", "2024-01-06", "--model", "bg-nbd", "--max-iterations", "1"];

        var refused = CliRunner.Run(args);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--allow-unconverged", refused.Stderr, StringComparison.Ordinal);

        var allowed = CliRunner.Run([.. args, "--allow-unconverged", "--json"]);
        Assert.Equal(0, allowed.ExitCode);
        Assert.False(JsonDocument.Parse(allowed.Stdout).RootElement.GetProperty("models")[0].GetProperty("converged").GetBoolean());
        Assert.Contains("did not converge", allowed.Stderr, StringComparison.Ordinal);
    }

    private static CliResult Run(params string[] extra) =>
        CliRunner.Run(["clv", "diagnose", Datasets.File(Cdnow), "--customer", "sampleid", "--date", "date", "--period", "week", "--calibration-end", "1997-09-30", .. extra]);
}

public class DiagnoseBgBbCommandTests
{
    [DatasetFact("external/btyd/donationsSummary_rf_matrix.csv")]
    public void Bg_bb_rows_give_bins_by_frequency_and_by_recency()
    {
        var rows = File.ReadLines(Datasets.File("external/btyd/donationsSummary_rf_matrix.csv")).Skip(1);
        var file = CliRunner.TempFile("donations.csv", ["frequency,recency,periods,weight,x_star", .. rows]);

        var result = CliRunner.Run("clv", "diagnose", file, "--model", "bg-bb", "--holdout", "x_star", "--holdout-periods", "5", "--json");

        Assert.Equal(0, result.ExitCode);
        var model = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("models")[0];
        Assert.Equal("bg-bb", model.GetProperty("model").GetString());
        Assert.Equal(1.204, model.GetProperty("parameters").GetProperty("alpha").GetDouble(), 1e-3);
        Assert.Equal(13260d, model.GetProperty("holdout").GetProperty("total_actual").GetDouble());
        var bins = model.GetProperty("bins").EnumerateArray().ToArray();
        var recency = model.GetProperty("recency_bins").EnumerateArray().ToArray();
        Assert.Equal(11104d, bins.Sum(b => b.GetProperty("customers").GetDouble()));
        Assert.Equal(11104d, recency.Sum(b => b.GetProperty("customers").GetDouble()));
        Assert.Equal(1091d, recency[1].GetProperty("customers").GetDouble());
        Assert.Equal(1, recency[1].GetProperty("t_x").GetInt32());
    }

    [Fact]
    public void Bg_bb_rows_with_a_bad_holdout_are_rejected_and_the_length_defaults_to_the_calibration()
    {
        var file = CliRunner.TempFile("rows.csv", "frequency,recency,periods,later", "0,0,6,0", "3,5,6,2", "2,4,6,many", "9,9,6,1", "6,6,6,4");

        var result = CliRunner.Run("clv", "diagnose", file, "--model", "bg-bb", "--holdout", "later", "--allow-unconverged", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal(6, json.GetProperty("holdout_periods").GetInt32());
        Assert.Equal(["holdout.invalid", "frequency.invalid"], json.GetProperty("rejected").EnumerateArray().OrderBy(r => r.GetProperty("line").GetInt32()).Select(r => r.GetProperty("code").GetString()));
        Assert.Contains("as long as the calibration", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("clv", "diagnose", file, "--model", "bg-bb").ExitCode); // no --holdout column
        Assert.Equal(2, CliRunner.Run("clv", "diagnose", file, "--model", "bg-bb,bg-nbd", "--holdout", "later").ExitCode);
        Assert.Equal(2, CliRunner.Run("clv", "diagnose", file, "--model", "bg-bb", "--holdout", "later", "--strict").ExitCode);
    }
}

using System.Text;

namespace CustomerLifecycle.Cli.Tests.Robustness;

/// <summary>
/// The exit-code contract for inputs at the edges: exit 0 when the input was processed (bad rows listed), 2 with one
/// line on stderr when it is unusable, never 1. One test per class of input that once broke it.
/// </summary>
public class InputEdgeTests
{
    // Six ordinary customers whose BG/NBD fit does not converge (a flat likelihood surface).
    internal const string GoodFit = "{\"format_version\": 1, \"model\": \"bg-nbd\", \"parameters\": {\"r\": 0.24, \"alpha\": 4.4, \"a\": 0.79, \"b\": 2.4}, \"converged\": true}";

    private static readonly string[] SixCustomers =
        ["customer_id,frequency,recency,T", "a,2,30,40", "b,1,20,40", "c,0,0,40", "d,5,38,40", "e,0,0,35", "f,3,10,39"];

    [Fact]
    public void A_survey_answered_at_the_end_of_the_calendar_is_rejected_with_the_supported_range_and_the_rest_is_processed()
    {
        var file = CliRunner.TempFile("s.csv", "customer_id,score,responded_at", "a,9,2026-01-01T00:00:00Z", "b,3,9999-12-31T23:59:59Z");

        foreach (var period in new[] { "day", "week", "month", "quarter", "year" })
        {
            var r = CliRunner.Run("nps", file, "--period", period, "--json");
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("responded_at.out_of_range", r.Stdout, StringComparison.Ordinal);
            Assert.Contains("1900-01-01 to 2199-12-31", r.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Transactions_and_an_end_outside_the_supported_dates_never_overflow_the_period_arithmetic()
    {
        var log = CliRunner.TempFile("t.csv", "cust,date,amount", "a,2020-01-01,10", "a,2020-03-01,10", "b,9999-12-31,5", "c,0001-01-01,5");

        var summarised = CliRunner.Run("clv", "summarize", log, "--customer", "cust", "--date", "date", "--amount", "amount", "--period", "month");
        var late = CliRunner.Run("clv", "summarize", log, "--customer", "cust", "--date", "date", "--period", "day", "--end", "9999-12-31");

        Assert.Equal(0, summarised.ExitCode);
        Assert.Equal(2, summarised.Stderr.Split('\n').Count(l => l.Contains("outside the supported dates", StringComparison.Ordinal)));
        AssertUnusable(late, "--end");
    }

    [Fact]
    public void Two_responses_three_centuries_apart_make_a_daily_trend_of_two_points()
    {
        var file = CliRunner.TempFile("s.csv", "score,responded_at", "9,1900-01-01", "3,2199-12-31T23:59:59Z");

        var r = CliRunner.Run("nps", file, "--period", "day", "--json");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(2, r.Stdout.Split("\"start\"").Length - 1);
    }

    [Fact]
    public void A_bg_bb_row_with_two_to_the_31_opportunities_is_rejected_at_once()
    {
        var file = CliRunner.TempFile("bgbb.csv", "frequency,recency,periods", "1,1,2147483647", "2,3,6", "0,0,6", "1,2,6");

        var r = CliRunner.Run("clv", "fit", file, "--model", "bg-bb", "--json");

        Assert.NotEqual(1, r.ExitCode);
        Assert.Contains("periods.too_many", r.Stdout + r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_whose_sum_exceeds_decimal_are_unusable_input_not_a_crash()
    {
        const string Max = "79228162514264337593543950335";
        var log = CliRunner.TempFile("t.csv", "cust,date,amount", $"a,2020-01-01,{Max}", $"a,2020-02-01,{Max}", $"a,2020-03-01,{Max}", "b,2020-01-01,5");

        AssertUnusable(CliRunner.Run("clv", "summarize", log, "--customer", "cust", "--date", "date", "--amount", "amount", "--period", "week"), "out of range");
    }

    [Theory]
    [InlineData("population,0")]
    [InlineData("population,1e30")]
    public void A_funnel_population_of_zero_or_beyond_any_count_is_unusable(string population)
    {
        var file = CliRunner.TempFile("funnel.csv", "metric,value", population, "acquisition,35%", "activation,70%", "retention,60%", "revenue,30%", "referral,15%");

        AssertUnusable(CliRunner.Run("scorecard", "funnel", file), "population");
    }

    [Fact]
    public void A_metric_of_1e30_is_rejected_with_its_line()
    {
        var r = CliRunner.Run("scorecard", "activation", CliRunner.TempFile("a.csv", "metric,value", "first_visit_nps,1e30", "perfect_rate,45%"), "--json");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("line 2", r.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1,2]")]
    [InlineData("{\"format_version\": 1, \"model\": \"bg-nbd\", \"parameters\": {\"r\": 0.24, \"alpha\": 4.4, \"a\": 0.79}, \"converged\": true}")]
    [InlineData("{\"format_version\": 1, \"model\": \"bg-nbd\", \"parameters\": {\"r\": \"x\", \"alpha\": 4.4, \"a\": 0.79, \"b\": 2.4}, \"converged\": true}")]
    [InlineData("not json")]
    public void A_malformed_parameter_file_is_unusable_input_in_one_line(string json)
    {
        var summary = CliRunner.TempFile("sum.csv", SixCustomers);

        AssertUnusable(CliRunner.Run("clv", "predict", summary, "-m", "bg-nbd", "--params", CliRunner.TempFile("fit.json", json), "--horizon", "10"), "--params");
    }

    [Theory]
    [InlineData("--discount", "1e-300")]
    [InlineData("--confidence", "0.9999999999999999")]
    [InlineData("--confidence", "1e-320")]
    public void Option_values_that_would_only_fail_deep_inside_are_unusable_input(string option, string value)
    {
        var result = option == "--confidence"
            ? CliRunner.Run("nps", CliRunner.TempFile("s.csv", "score", "9", "3"), option, value)
            : CliRunner.Run("clv", "predict", CliRunner.TempFile("sum.csv", SixCustomers), "-m", "bg-nbd", "--allow-unconverged", "--horizon", "10", option, value);

        AssertUnusable(result, option == "--confidence" ? option : "out of range");
    }

    [Fact]
    public void Survey_weights_too_small_to_square_are_rejected_rows_not_nan()
    {
        var r = CliRunner.Run("nps", CliRunner.TempFile("w.csv", "score,weight", "9,1e-320", "3,1e200", "7,1"), "--json");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal(2, r.Stdout.Split("weight.invalid").Length - 1);
        Assert.DoesNotContain("NaN", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_customer_whose_only_purchase_is_on_the_default_end_is_named_for_age_zero_not_the_calibration_end()
    {
        var log = CliRunner.TempFile("t.csv", "cust,date", "a,2020-01-01", "a,2020-01-20", "b,2020-03-01");

        var r = CliRunner.Run("clv", "summarize", log, "--customer", "cust", "--date", "date", "--period", "week");

        Assert.Equal(0, r.ExitCode);
        Assert.DoesNotContain("calibration", r.Stderr, StringComparison.Ordinal);
        Assert.Contains("age T = 0", r.Stderr.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fit_of_six_ordinary_customers_that_does_not_converge_gives_exit_2_or_predictions_with_a_warning()
    {
        var summary = CliRunner.Run("clv", "predict", CliRunner.TempFile("sum.csv", SixCustomers), "-m", "bg-nbd", "--horizon", "10", "--csv");
        var allowed = CliRunner.Run("clv", "predict", CliRunner.TempFile("sum.csv", SixCustomers), "-m", "bg-nbd", "--horizon", "10", "--csv", "--allow-unconverged");

        AssertUnusable(summary, "did not converge");

        // Allowed, the fit is used with a warning; its degenerate parameters may still make a prediction impossible,
        // which is then unusable input in one line, never an internal error.
        Assert.Contains("warning: the bg-nbd fit did not converge", allowed.Stderr, StringComparison.Ordinal);
        if (allowed.ExitCode != 0)
        {
            AssertUnusable(allowed, "out of range");
        }
    }

    [Fact]
    public void Json_inputs_with_a_utf8_byte_order_mark_are_read_like_csv_inputs()
    {
        var metrics = BomFile("lifecycle.json", "{\"yearly_visit_rate\": 0.3, \"first_visit_nps\": 80, \"yearly_retention\": 0.6, \"value_added_penetration\": 0.2, \"referral_rate\": 0.1}");
        var summary = CliRunner.TempFile("sum.csv", SixCustomers);

        Assert.Equal(0, CliRunner.Run("scorecard", "lifecycle", metrics).ExitCode);
        Assert.Equal(0, CliRunner.Run("clv", "predict", summary, "-m", "bg-nbd", "--params", BomFile("fit.json", GoodFit), "--horizon", "10").ExitCode);
    }

    internal static void AssertUnusable(CliResult result, string mention)
    {
        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("lifecycle: ", StringComparison.Ordinal) && !l.Contains("warning", StringComparison.Ordinal)).ToArray();
        var line = Assert.Single(lines);
        Assert.Contains(mention, line, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Stderr, StringComparison.Ordinal);
    }

    private static string BomFile(string name, string text)
    {
        var path = CliRunner.TempFile(name);
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        return path;
    }
}

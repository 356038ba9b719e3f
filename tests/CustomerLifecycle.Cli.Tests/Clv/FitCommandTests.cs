using System.Text.Json;
using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Cli.Tests.Clv;

public class FitCommandTests
{
    // Files the repository holds (Data/) first; the published data sets are read in place from the datasets folder.
    internal static string DataFile(string name) =>
        File.Exists(Path.Combine(AppContext.BaseDirectory, "Data", name)) ? Path.Combine(AppContext.BaseDirectory, "Data", name) : Datasets.File(name);

    [DatasetFact("donations.csv")]
    public void Bg_bb_fit_of_the_donations_reports_the_published_estimates_as_json()
    {
        var result = CliRunner.Run("clv", "fit", DataFile("donations.csv"), "--model", "bg-bb", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var root = doc.RootElement;
        Assert.Equal("bg-bb", root.GetProperty("model").GetString());
        var parameters = root.GetProperty("parameters");
        Assert.Equal(1.204, parameters.GetProperty("alpha").GetDouble(), 5e-4); // Fader, Hardie & Shang (2010)
        Assert.Equal(0.750, parameters.GetProperty("beta").GetDouble(), 5e-4);
        Assert.Equal(0.657, parameters.GetProperty("gamma").GetDouble(), 5e-4);
        Assert.Equal(2.783, parameters.GetProperty("delta").GetDouble(), 5e-4);
        Assert.True(root.GetProperty("standard_errors").GetProperty("delta").GetDouble() > 0d);
        Assert.Equal(-33225.6, root.GetProperty("log_likelihood").GetDouble(), 0.05);
        Assert.True(root.GetProperty("converged").GetBoolean());
        Assert.True(root.GetProperty("iterations").GetInt32() > 0);
        Assert.Equal(22, root.GetProperty("rows").GetInt32());
        Assert.Equal(11104d, root.GetProperty("customers").GetDouble());
        Assert.Equal(0, root.GetProperty("rejected").GetArrayLength());
    }

    [Fact]
    public void A_summary_with_a_decimal_comma_fits_as_its_plain_twin_when_the_separator_is_given()
    {
        // A deterministic summary of 60 customers; the same numbers written with a decimal point, then with a comma.
        var rows = Enumerable.Range(0, 60).Select(i =>
        {
            var x = i % 5;
            var t = 30 + (i % 9) + 0.25;
            var tx = x == 0 ? 0 : t * ((i % 7) + 1) / 8.5;
            return (x, tx, t);
        }).ToArray();
        string[] Lines(char point, char separator) =>
            [$"frequency{separator}recency{separator}T", .. rows.Select(r =>
                string.Join(separator, r.x.ToString(System.Globalization.CultureInfo.InvariantCulture), Number(r.tx, point), Number(r.t, point)))];
        static string Number(double v, char point) => v.ToString("0.0###", System.Globalization.CultureInfo.InvariantCulture).Replace('.', point);

        var plain = CliRunner.Run("clv", "fit", CliRunner.TempFile("plain.csv", Lines('.', ',')), "--model", "bg-nbd", "--json");
        var comma = CliRunner.Run("clv", "fit", CliRunner.TempFile("comma.csv", Lines(',', ';')), "--model", "bg-nbd", "--json", "--decimal-separator", ",");
        var refused = CliRunner.Run("clv", "fit", CliRunner.TempFile("comma2.csv", Lines(',', ';')), "--model", "bg-nbd", "--json");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(0, comma.ExitCode);
        var expected = JsonDocument.Parse(plain.Stdout).RootElement;
        var actual = JsonDocument.Parse(comma.Stdout).RootElement;
        Assert.Equal(expected.GetProperty("parameters").GetRawText(), actual.GetProperty("parameters").GetRawText());
        Assert.Equal(expected.GetProperty("log_likelihood").GetRawText(), actual.GetProperty("log_likelihood").GetRawText());
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("not a finite number", refused.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Sbg_fit_reads_period_and_alive_and_prints_a_table()
    {
        var result = CliRunner.Run("clv", "fit", DataFile("retention_regular.csv"), "--model", "sbg");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0.704", result.Stdout, StringComparison.Ordinal); // Fader & Hardie (2007): α 0.704, β 1.182
        Assert.Contains("1.18", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("converged", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("fitting sbg", result.Stderr, StringComparison.Ordinal);
    }

    [DatasetFact("donations.csv")]
    public void Bad_rows_are_rejected_with_line_and_reason_and_the_rest_is_fitted()
    {
        var path = CliRunner.TempFile(
            "d.csv",
            File.ReadAllLines(DataFile("donations.csv")).Concat(["2,1,6,5", "7,7,6,3", "1,1,6,-2", "x,1,6,1"]).ToArray());

        var result = CliRunner.Run("clv", "fit", path, "--model", "bg-bb", "--json");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        var rejected = doc.RootElement.GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal([24, 25, 26, 27], rejected.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal(["recency.invalid", "frequency.invalid", "weight.invalid", "frequency.invalid"], rejected.Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(22, doc.RootElement.GetProperty("rows").GetInt32());
        Assert.Contains("line 24", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{path}: 4 of 26 rows rejected (15.4 %)", result.Stderr, StringComparison.Ordinal);
    }

    [DatasetFact("donations.csv")]
    public void A_fit_that_does_not_converge_exits_0_says_so_and_warns()
    {
        // Two BFGS iterations cannot reach the donation optimum from the default start.
        var result = CliRunner.Run("clv", "fit", DataFile("donations.csv"), "--model", "bg-bb", "--json", "--max-iterations", "2");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.False(doc.RootElement.GetProperty("converged").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(doc.RootElement.GetProperty("message").GetString()));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("standard_errors").GetProperty("alpha").ValueKind);
        Assert.Contains("did not converge", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("clv", "fit", DataFile("donations.csv"), "--model", "bg-bb", "--max-iterations", "0").ExitCode);
    }

    [Theory]
    [InlineData("frequency,recency\n1,1\n", "bg-bb", "no 'periods' or 'n' column")]
    [InlineData("period,alive\n0,100\n2,50\n", "sbg", "period 1 is missing")]
    [InlineData("period,alive\n0,100\n1,120\n", "sbg", "survivors cannot increase")]
    [InlineData("period,alive\n0,100\n", "sbg", "at least period 1")]
    [InlineData("frequency,recency,periods\n9,9,3\n", "bg-bb", "no usable rows")]
    public void Unusable_input_exits_2_with_one_line(string content, string model, string message)
    {
        var path = CliRunner.TempFile("bad.csv", content.TrimEnd('\n').Split('\n'));

        var result = CliRunner.Run("clv", "fit", path, "--model", model);

        Assert.Equal(2, result.ExitCode);
        var lines = result.Stderr.Trim().Split('\n');
        Assert.Contains(message, lines[^1], StringComparison.Ordinal);
        Assert.StartsWith("lifecycle: ", lines[^1], StringComparison.Ordinal);
    }

    [DatasetFact("donations.csv")]
    public void Missing_file_and_unknown_model_exit_2()
    {
        Assert.Equal(2, CliRunner.Run("clv", "fit", "/nonexistent/summary.csv", "--model", "bg-bb").ExitCode);
        Assert.Equal(2, CliRunner.Run("clv", "fit", DataFile("donations.csv"), "--model", "bg-xyz").ExitCode);
        Assert.Equal(2, CliRunner.Run("clv", "fit", DataFile("donations.csv")).ExitCode);
    }

    [Fact]
    public void A_file_whose_every_row_is_rejected_says_why_for_each_row_then_exits_2()
    {
        var path = CliRunner.TempFile("all-bad.csv", "frequency,recency,T", "2,30,20", "1.5,3,10", "3,4,Infinity");

        var result = CliRunner.Run("clv", "fit", path, "--model", "bg-nbd");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("line 2: recency 30 is greater than T 20", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("(frequency.not_whole)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 4: T \"Infinity\" is not a finite number", result.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("no usable rows to fit", result.Stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Gamma_gamma_leaves_out_repeat_buyers_without_a_positive_mean_spend_and_says_which_line()
    {
        var path = CliRunner.TempFile(
            "spend.csv",
            ["customer_id,frequency,recency,T,monetary_value", "a,2,30,39,20", "b,1,10,39,0", "c,3,35,39,35", "d,0,0,39,", "e,5,38,39,12.5", "f,1,5,39,60", "g,2,20,39,18"]);

        var result = CliRunner.Run("clv", "fit", path, "--model", "gamma-gamma", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Stdout);
        var rejected = Assert.Single(json.RootElement.GetProperty("rejected").EnumerateArray());
        Assert.Equal(3, rejected.GetProperty("line").GetInt32());
        Assert.Equal("monetary_value.not_positive", rejected.GetProperty("code").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("customers").GetDouble(), 6); // a, c, e, f, g: the repeat buyers it could use
    }

    [Fact]
    public void Gamma_gamma_without_a_spend_column_is_unusable_input()
    {
        var path = CliRunner.TempFile("nospend.csv", "frequency,recency,T", "2,30,39", "1,10,39");

        var result = CliRunner.Run("clv", "fit", path, "--model", "gamma-gamma");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("needs a 'monetary_value' or 'zbar' column", result.Stderr, StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;

namespace CustomerLifecycle.Cli.Tests.Robustness;

/// <summary>
/// What the tool writes is safe: CSV cells that a spreadsheet would run as formulas are neutralised, <c>-o</c> never
/// destroys an input nor follows a link, text from the data cannot steer the terminal, and no number in JSON or CSV is
/// NaN or an infinity.
/// </summary>
public partial class SafeOutputTests
{
    private static readonly string[] SixCustomers =
        ["customer_id,frequency,recency,T", "=cmd|' /C calc'!A0,2,30,40", "+b,1,20,40", "-c,0,0,40", "@d,5,38,40", "e,0,0,35", "-7,3,10,39"];

    [Fact]
    public void Summary_csv_neutralises_formula_cells_and_keeps_numbers()
    {
        var log = CliRunner.TempFile("t.csv", "cust,date,amount", "=HYPERLINK(\"x\"),2020-01-01,10", "=HYPERLINK(\"x\"),2020-02-01,12", "-5,2020-01-01,3", "-5,2020-03-01,4");

        var r = CliRunner.Run("clv", "summarize", log, "--customer", "cust", "--date", "date", "--amount", "amount", "--period", "week");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\",1,", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n-5,1,", r.Stdout, StringComparison.Ordinal);
        Assert.Contains(",12\n", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Prediction_csv_neutralises_every_formula_prefix()
    {
        var r = CliRunner.Run("clv", "predict", CliRunner.TempFile("sum.csv", SixCustomers), "-m", "bg-nbd", "--params", CliRunner.TempFile("fit.json", InputEdgeTests.GoodFit), "--horizon", "10", "--csv");

        Assert.Equal(0, r.ExitCode);
        var ids = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l[..l.IndexOf(",", 1, StringComparison.Ordinal)]).ToArray();
        Assert.Equal(["'=cmd|' /C calc'!A0", "'+b", "'-c", "'@d", "e", "-7"], ids);
    }

    [Fact]
    public void Output_never_overwrites_an_input_even_through_another_spelling()
    {
        var log = CliRunner.TempFile("t.csv", "cust,date", "a,2020-01-01", "a,2020-02-01");
        var before = File.ReadAllText(log);
        var other = Path.Combine(Path.GetDirectoryName(log)!, ".", Path.GetFileName(log));

        var r = CliRunner.Run("clv", "summarize", log, "--customer", "cust", "--date", "date", "--period", "week", "-o", other);

        InputEdgeTests.AssertUnusable(r, "inputs");
        Assert.Equal(before, File.ReadAllText(log));
    }

    [Fact]
    public void Output_of_the_duckdb_engine_never_overwrites_its_input_either()
    {
        var log = CliRunner.TempFile("t.csv", "cust,date", "a,2020-01-01", "a,2020-02-01");
        var before = File.ReadAllText(log);

        var r = CliRunner.Run("clv", "summarize", log, "--customer", "cust", "--date", "date", "--period", "week", "--engine", "duckdb", "-o", log);

        InputEdgeTests.AssertUnusable(r, "inputs");
        Assert.Equal(before, File.ReadAllText(log));
    }

    [Fact]
    public void Output_refuses_a_symbolic_link_at_the_target()
    {
        var log = CliRunner.TempFile("t.csv", "cust,date", "a,2020-01-01", "a,2020-02-01");
        var victim = CliRunner.TempFile("victim.txt", "keep me");
        var link = Path.Combine(Path.GetDirectoryName(log)!, "out.csv");
        File.CreateSymbolicLink(link, victim);

        var summary = CliRunner.Run("clv", "summarize", log, "--customer", "cust", "--date", "date", "--period", "week", "-o", link);
        var report = CliRunner.Run("report", CliRunner.TempFile("survey.csv", "score", "9", "3"), "-o", link);

        InputEdgeTests.AssertUnusable(summary, "symbolic link");
        InputEdgeTests.AssertUnusable(report, "symbolic link");
        Assert.Equal("keep me\n", File.ReadAllText(victim));
    }

    [Fact]
    public void Output_replaces_the_target_whole_and_leaves_no_temporary_file()
    {
        var log = CliRunner.TempFile("t.csv", "cust,date", "a,2020-01-01", "a,2020-02-01");
        var folder = Path.GetDirectoryName(log)!;
        var target = Path.Combine(folder, "summary.csv");
        File.WriteAllText(target, new string('x', 100_000));

        var r = CliRunner.Run("clv", "summarize", log, "--customer", "cust", "--date", "date", "--period", "week", "-o", target);

        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("customer_id,frequency,recency,T\na,", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(["summary.csv", "t.csv"], Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Terminal_escapes_and_bidi_overrides_from_the_data_are_escaped_on_stdout_and_stderr()
    {
        var file = CliRunner.TempFile("s.csv", "score,touchpoint,responded_at", "9,a\u001b[2Jred\u202eevil,2026-01-01", "8,b,\u001b]0;title\u0007");

        foreach (var args in new[] { new[] { "nps", file, "--by", "touchpoint" }, ["nps", file, "--by", "touchpoint", "--json"] })
        {
            var r = CliRunner.Run(args);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("a\\u001B[2Jred\\u202Eevil", r.Stdout, StringComparison.Ordinal);
            Assert.Contains("\\u001B]0;title\\u0007", r.Stderr, StringComparison.Ordinal);
            Assert.DoesNotMatch(Unsafe(), r.Stdout + r.Stderr);
        }
    }

    [Fact]
    public void No_json_or_csv_output_holds_a_non_finite_number()
    {
        var summary = CliRunner.TempFile("sum.csv", SixCustomers);
        var fit = CliRunner.TempFile("fit.json", InputEdgeTests.GoodFit);
        string[][] runs =
        [
            ["clv", "predict", summary, "-m", "bg-nbd", "--params", fit, "--horizon", "1e200", "--json"],
            ["clv", "predict", summary, "-m", "bg-nbd", "--params", fit, "--horizon", "1e200", "--csv"],
            ["clv", "fit", summary, "-m", "pareto-nbd", "--json"],
            ["nps", CliRunner.TempFile("w.csv", "score,weight", "9,1e-320", "3,1e-320"), "--json"],
        ];

        foreach (var args in runs)
        {
            var r = CliRunner.Run(args);
            Assert.NotEqual(1, r.ExitCode);
            Assert.DoesNotMatch(NonFinite(), r.Stdout);
        }

        var horizon = CliRunner.Run(runs[0]);
        Assert.Contains("\"expected_purchases\": null", horizon.Stdout, StringComparison.Ordinal);
        Assert.Contains("written as null", horizon.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"NaN|Infinity|∞")]
    private static partial Regex NonFinite();

    [GeneratedRegex("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]")]
    private static partial Regex Unsafe();
}

using CustomerLifecycle.Parquet.Writing;

namespace CustomerLifecycle.Cli.Tests.Clv;

/// <summary>Parquet in and out of the clv commands: chosen by the .parquet name, the same results as CSV, and a bad file is unusable input (exit 2).</summary>
public class ParquetCommandTests
{
    private static readonly string[] Log =
    [
        "customer,date,amount", "a,2024-01-01,10.50", "a,2024-01-15,20", "b,2024-01-03,5", "b,2024-02-03,7.25", "b,2024-02-20,",
        "c,2024-01-20,30", "d,2024-01-02,1", "d,2024-03-01,3", "x,2024-01-05,-4",
    ];

    [Fact]
    public void Parquet_log_summarises_like_the_csv()
    {
        var csv = CliRunner.TempFile("t.csv", Log);
        var parquet = ParquetLog(Path.ChangeExtension(csv, ".parquet"));

        var fromCsv = Summarize(csv, "--end", "2024-03-31");
        var fromParquet = Summarize(parquet, "--end", "2024-03-31");

        Assert.Equal(0, fromParquet.ExitCode);
        Assert.Equal(fromCsv.Stdout, fromParquet.Stdout);
        Assert.Contains("t.csv: line 10: amount -4 is negative", fromCsv.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"t\.parquet: row 9: amount -4[.0]* is negative.*\(amount\.negative\)", fromParquet.Stderr);
    }

    [Fact]
    public void Summary_written_as_parquet_predicts_like_the_csv_summary()
    {
        var csv = CliRunner.TempFile("t.csv", Log);
        var folder = Path.GetDirectoryName(csv)!;
        var summaryCsv = Path.Combine(folder, "s.csv");
        var summaryParquet = Path.Combine(folder, "s.PARQUET");
        Assert.Equal(0, Summarize(csv, "--end", "2024-03-31", "-o", summaryCsv).ExitCode);
        Assert.Equal(0, Summarize(csv, "--end", "2024-03-31", "-o", summaryParquet).ExitCode);
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(summaryParquet)[..4]);

        string[] predict = ["--model", "bg-nbd", "--horizon", "10", "--csv", "--allow-unconverged"];
        var fromCsv = CliRunner.Run(["clv", "predict", summaryCsv, .. predict]);
        var fromParquet = CliRunner.Run(["clv", "predict", summaryParquet, .. predict]);

        Assert.Equal(0, fromParquet.ExitCode);
        Assert.Equal(fromCsv.Stdout, fromParquet.Stdout);
    }

    [Theory]
    [InlineData("bg-nbd")]
    [InlineData("pareto-nbd")]
    [InlineData("gamma-gamma")]
    public void Summary_written_as_parquet_fits_like_the_csv_summary(string model)
    {
        var csv = CliRunner.TempFile("t.csv", Log);
        var folder = Path.GetDirectoryName(csv)!;
        var summaryCsv = Path.Combine(folder, "s.csv");
        var summaryParquet = Path.Combine(folder, "s.parquet");
        Assert.Equal(0, Summarize(csv, "--end", "2024-03-31", "-o", summaryCsv).ExitCode);
        Assert.Equal(0, Summarize(csv, "--end", "2024-03-31", "-o", summaryParquet).ExitCode);

        var fromCsv = CliRunner.Run("clv", "fit", summaryCsv, "--model", model, "--json");
        var fromParquet = CliRunner.Run("clv", "fit", summaryParquet, "--model", model, "--json");

        // The same fit; rejected rows differ only in numbering (a Parquet file has rows, not lines).
        Assert.Equal(0, fromParquet.ExitCode);
        using var a = System.Text.Json.JsonDocument.Parse(fromCsv.Stdout);
        using var b = System.Text.Json.JsonDocument.Parse(fromParquet.Stdout);
        foreach (var key in new[] { "parameters", "log_likelihood", "customers" })
        {
            Assert.Equal(a.RootElement.GetProperty(key).GetRawText(), b.RootElement.GetProperty(key).GetRawText());
        }
    }

    [Fact]
    public void Predictions_go_to_a_parquet_file_with_o()
    {
        var summary = CliRunner.TempFile("s.csv", "customer_id,frequency,recency,T", "a,2,30,40", "b,0,0,35", "c,5,33,38", "d,1,5,39");
        var output = Path.Combine(Path.GetDirectoryName(summary)!, "p.parquet");

        var result = CliRunner.Run("clv", "predict", summary, "--model", "bg-nbd", "--horizon", "10", "-o", output, "--allow-unconverged");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Contains("4 predictions written to", result.Stderr, StringComparison.Ordinal);
        var bytes = File.ReadAllBytes(output);
        Assert.Equal("PAR1"u8.ToArray(), bytes[..4]);
        Assert.Equal("PAR1"u8.ToArray(), bytes[^4..]);
    }

    [Fact]
    public void Output_may_not_be_the_parquet_input()
    {
        var parquet = ParquetLog(CliRunner.TempFile("t.parquet"));
        var before = File.ReadAllBytes(parquet);

        var result = Summarize(parquet, "-o", parquet);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is one of the command's inputs", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(parquet));
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("text")]
    [InlineData("missing column")]
    [InlineData("wrong type")]
    [InlineData("absent")]
    public void Unusable_parquet_is_exit_2_with_one_line(string damage)
    {
        var path = CliRunner.TempFile("t.parquet");
        switch (damage)
        {
            case "truncated":
                var bytes = File.ReadAllBytes(ParquetLog(path));
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case "text":
                File.WriteAllLines(path, Log);
                break;
            case "missing column":
                Write(path, ParquetOutputColumn.Text("customer", ["a"]), ParquetOutputColumn.Text("day", ["2024-01-01"]));
                break;
            case "wrong type":
                Write(path, ParquetOutputColumn.Doubles("customer", [1.5]), ParquetOutputColumn.Text("date", ["2024-01-01"]), ParquetOutputColumn.Money("amount", [1m]));
                break;
            default:
                File.Delete(path);
                break;
        }

        var result = Summarize(path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("lifecycle: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(path, result.Stderr, StringComparison.Ordinal);
    }

    private static CliResult Summarize(string path, params string[] extra) =>
        CliRunner.Run(["clv", "summarize", path, "--customer", "customer", "--date", "date", "--amount", "amount", "--period", "day", .. extra]);

    /// <summary>The log above as Parquet: ids and dates as text, amounts as DECIMAL (the empty one null).</summary>
    private static string ParquetLog(string path)
    {
        var rows = Log.Skip(1).Select(l => l.Split(',')).ToArray();
        Write(
            path,
            ParquetOutputColumn.Text("customer", rows.Select(r => r[0]).ToArray()),
            ParquetOutputColumn.Text("date", rows.Select(r => r[1]).ToArray()),
            ParquetOutputColumn.Money("amount", rows.Select(r => r[2].Length == 0 ? (decimal?)null : decimal.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)).ToArray()));
        return path;
    }

    private static void Write(string path, params ParquetOutputColumn[] columns)
    {
        using var stream = File.Create(path);
        ParquetTableWriter.WriteAsync(stream, columns).GetAwaiter().GetResult();
    }
}

using System.Globalization;

namespace CustomerLifecycle.Cli.Tests.Clv;

/// <summary><c>clv summarize --engine duckdb</c> writes what the default engine writes.</summary>
public class SummarizeEngineTests
{
    [Theory]
    [InlineData("week", "day", null)]
    [InlineData("month", "week", "2020-09-30")]
    [InlineData("day", "month", "2020-06-30")]
    public void Duckdb_engine_output_is_identical_to_the_default_engine(string period, string groupBy, string? calibrationEnd)
    {
        var file = CliRunner.TempFile("log.csv", Log(seed: 4));
        string[] args = ["clv", "summarize", file, "--customer", "customer_id", "--date", "date", "--amount", "amount", "--period", period, "--group-by", groupBy, "--end", "2020-12-15"];
        if (calibrationEnd is not null)
        {
            args = [.. args, "--calibration-end", calibrationEnd];
        }

        var standard = CliRunner.Run(args);
        var duckdb = CliRunner.Run([.. args, "--engine", "duckdb"]);

        Assert.Equal(0, standard.ExitCode);
        Assert.Equal(0, duckdb.ExitCode);
        Assert.Equal(standard.Stdout, duckdb.Stdout);
        Assert.True(standard.Stdout.Split('\n').Length > 100, "the log must have many customers");
    }

    [Fact]
    public void Duckdb_engine_defaults_the_end_to_the_latest_date_like_the_default_engine()
    {
        var file = CliRunner.TempFile("log.csv", Log(seed: 5));
        string[] args = ["clv", "summarize", file, "--customer", "customer_id", "--date", "date", "--period", "week"];

        Assert.Equal(CliRunner.Run(args).Stdout, CliRunner.Run([.. args, "--engine", "duckdb"]).Stdout);
    }

    [Fact]
    public void Duckdb_engine_refuses_a_zone_an_unknown_engine_and_a_missing_column()
    {
        var file = CliRunner.TempFile("log.csv", Log(seed: 6));
        string[] args = ["clv", "summarize", file, "--customer", "customer_id", "--date", "date", "--period", "week"];

        var zoned = CliRunner.Run([.. args, "--engine", "duckdb", "--zone", "Asia/Shanghai"]);
        Assert.NotEqual(0, zoned.ExitCode);
        Assert.Contains("--zone Asia/Shanghai", zoned.Stderr, StringComparison.Ordinal);
        var unknown = CliRunner.Run([.. args, "--engine", "spark"]);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("expected default or duckdb", unknown.Stderr, StringComparison.Ordinal);
        var column = CliRunner.Run(["clv", "summarize", file, "--customer", "nobody", "--date", "date", "--period", "week", "--engine", "duckdb"]);
        Assert.NotEqual(0, column.ExitCode);
        Assert.Contains("nobody", column.Stderr, StringComparison.Ordinal);
    }

    /// <summary>A log with repeat purchases on one day, month ends and refunds, in no order.</summary>
    private static string[] Log(int seed)
    {
        var random = new Random(seed);
        var lines = new List<string> { "customer_id,date,amount" };
        for (var c = 0; c < 300; c++)
        {
            var day = new DateOnly(2019, 12, 31).AddDays(random.Next(330));
            for (var p = random.Next(1, 8); p > 0; p--)
            {
                var amount = random.Next(25) == 0 ? "-5.00" : (random.Next(1, 40000) / 100m).ToString(CultureInfo.InvariantCulture);
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"k{c:D4},{day:yyyy-MM-dd},{amount}"));
                day = day.AddDays(random.Next(3) == 0 ? 0 : random.Next(1, 50));
            }
        }

        return [lines[0], .. lines.Skip(1).OrderBy(_ => random.Next())];
    }
}

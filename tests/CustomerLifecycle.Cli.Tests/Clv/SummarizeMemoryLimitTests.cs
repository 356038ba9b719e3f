using System.Globalization;
using CustomerLifecycle.Data.Transactions.Partitioning;

namespace CustomerLifecycle.Cli.Tests.Clv;

/// <summary><c>clv summarize --memory-limit</c> cuts a log into partitions by customer and writes what the in-memory summary writes.</summary>
public sealed class SummarizeMemoryLimitTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("summarize-partitions-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Theory]
    [InlineData(null)]
    [InlineData("2020-06-30")]
    public void Memory_limit_output_is_identical_to_the_in_memory_summary(string? calibrationEnd)
    {
        var file = CliRunner.TempFile("log.csv", Log(seed: 7, customers: 16_000));
        Assert.True(new TransactionLogPartitioner(new() { MemoryLimit = 64L << 20 }).PartitionsFor(new FileInfo(file).Length) > 1, "the log must need partitions at 64 MiB");
        string[] args = ["clv", "summarize", file, "--customer", "customer_id", "--date", "date", "--amount", "amount", "--period", "week", "--group-by", "week"];
        if (calibrationEnd is not null)
        {
            args = [.. args, "--calibration-end", calibrationEnd];
        }

        var memory = CliRunner.Run(args);
        var bounded = CliRunner.Run([.. args, "--memory-limit", "64MiB", "--temp-dir", _temp]);

        Assert.Equal(0, memory.ExitCode);
        Assert.Equal((0, memory.Stdout, memory.Stderr), (bounded.ExitCode, bounded.Stdout, bounded.Stderr));
        Assert.Contains("rows rejected", bounded.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_temp));
    }

    [Fact]
    public void Memory_limit_output_file_and_json_are_identical_to_the_in_memory_summary()
    {
        var file = CliRunner.TempFile("log.csv", Log(seed: 8, customers: 16_000));
        var (memoryCsv, boundedCsv) = (Path.Combine(_temp, "..", Path.GetFileName(_temp) + "-memory.csv"), Path.Combine(_temp, "..", Path.GetFileName(_temp) + "-bounded.csv"));
        string[] args = ["clv", "summarize", file, "--customer", "customer_id", "--date", "date", "--amount", "amount", "--period", "day"];
        try
        {
            var memory = CliRunner.Run([.. args, "-o", memoryCsv]);
            var bounded = CliRunner.Run([.. args, "-o", boundedCsv, "--memory-limit", "64MiB", "--temp-dir", _temp]);
            var memoryJson = CliRunner.Run([.. args, "--json"]);
            var boundedJson = CliRunner.Run([.. args, "--json", "--memory-limit", "64MiB", "--temp-dir", _temp]);

            Assert.Equal((0, memory.Stderr), (bounded.ExitCode, bounded.Stderr.Replace(boundedCsv, memoryCsv, StringComparison.Ordinal)));
            Assert.Equal(File.ReadAllBytes(memoryCsv), File.ReadAllBytes(boundedCsv));
            Assert.Equal((0, memoryJson.Stdout), (boundedJson.ExitCode, boundedJson.Stdout));
            Assert.Empty(Directory.GetFileSystemEntries(_temp));
        }
        finally
        {
            File.Delete(memoryCsv);
            File.Delete(boundedCsv);
        }
    }

    [Theory]
    [InlineData("--memory-limit", "lots", "expected a size such as 256MB")]
    [InlineData("--memory-limit", "1MB", "at least 64 MiB; got 976.56 KiB")]
    [InlineData("--temp-dir", "/tmp", "--temp-dir: only with --memory-limit")]
    public void A_bad_bound_is_unusable_input(string option, string value, string message)
    {
        var file = CliRunner.TempFile("log.csv", Log(seed: 9, customers: 10));

        var result = CliRunner.Run("clv", "summarize", file, "--customer", "customer_id", "--date", "date", "--period", "week", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_temporary_folder_is_unusable_input()
    {
        var file = CliRunner.TempFile("log.csv", Log(seed: 9, customers: 10));
        var missing = Path.Combine(_temp, "nowhere");

        var result = CliRunner.Run("clv", "summarize", file, "--customer", "customer_id", "--date", "date", "--period", "week", "--memory-limit", "1GB", "--temp-dir", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--temp-dir: {missing}: no such folder", result.Stderr, StringComparison.Ordinal);
    }

    /// <summary>A log with repeat purchases on one day, refunds and a row without a customer, shuffled out of date order.</summary>
    private static string[] Log(int seed, int customers)
    {
        var random = new Random(seed);
        var lines = new List<string>();
        for (var c = 0; c < customers; c++)
        {
            var day = new DateOnly(2019, 12, 31).AddDays(random.Next(330));
            for (var p = random.Next(1, 8); p > 0; p--)
            {
                var amount = random.Next(25) == 0 ? "-5.00" : (random.Next(1, 40000) / 100m).ToString(CultureInfo.InvariantCulture);
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"k{c:D5},{day:yyyy-MM-dd},{amount}"));
                day = day.AddDays(random.Next(3) == 0 ? 0 : random.Next(1, 50));
            }
        }

        lines.Add(",2020-03-01,1.00");
        return ["customer_id,date,amount", .. lines.OrderBy(_ => random.Next())];
    }
}

using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.Parquet;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace CustomerLifecycle.Benchmarks.Data;

/// <summary>
/// Reading and summarising the same transaction log (1.9 million purchases of 200,000 customers, fixed seed) from a
/// CSV file (the baseline: the streaming text reader) and from a Parquet file with typed columns (text id, DATE,
/// DECIMAL(18, 2); Snappy; row groups of 1,000,000 rows), as a warehouse exports it. Both files are in memory.
/// </summary>
[MemoryDiagnoser]
public class ParquetTransactionBenchmarks
{
    private static readonly TransactionColumns Columns = new("customer_id", "date", "amount");
    private static readonly TransactionSummaryOptions Options = new() { Unit = PeriodUnit.Week, ObservationEnd = new LocalDate(2026, 6, 30) };
    private byte[] _csv = [];
    private byte[] _parquet = [];

    [Params(1_900_000)]
    public int Rows;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261205);
        var ids = new string[Rows];
        var dates = new DateOnly[Rows];
        var amounts = new decimal[Rows];
        var text = new StringBuilder("customer_id,date,amount\n");
        var first = new DateOnly(2025, 1, 1);
        for (var i = 0; i < Rows; i++)
        {
            ids[i] = "C" + random.Next(200_000).ToString("D6", CultureInfo.InvariantCulture);
            dates[i] = first.AddDays(random.Next(546));
            amounts[i] = random.Next(100, 50_000) / 100m;
            text.Append(CultureInfo.InvariantCulture, $"{ids[i]},{dates[i]:yyyy-MM-dd},{amounts[i]}\n");
        }

        _csv = Encoding.UTF8.GetBytes(text.ToString());
        _parquet = WriteParquet(ids, dates, amounts).GetAwaiter().GetResult();
    }

    /// <summary>The CSV through the streaming text reader (<see cref="TransactionLogReader.ReadAndSummarize"/>).</summary>
    [Benchmark(Baseline = true)]
    public int Csv()
    {
        using var table = TextTable.Open(new MemoryStream(_csv));
        return TransactionLogReader.ReadAndSummarize(table, Columns, _ => Options).Summary.Customers.Count;
    }

    /// <summary>The Parquet file through <see cref="ParquetTransactionLogReader"/>, one row group at a time.</summary>
    [Benchmark]
    public async Task<int> Parquet()
    {
        using var stream = new MemoryStream(_parquet);
        var summary = await new ParquetTransactionLogReader().ReadAndSummarizeAsync(stream, Columns, _ => Options).ConfigureAwait(false);
        return summary.Summary.Customers.Count;
    }

    private static async Task<byte[]> WriteParquet(string[] ids, DateOnly[] dates, decimal[] amounts)
    {
        var id = new DataField<string>("customer_id");
        var date = new DataField<DateOnly>("date");
        var amount = new DecimalDataField("amount", 18, 2);
        using var stream = new MemoryStream();
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(id, date, amount), stream).ConfigureAwait(false))
        {
            for (var start = 0; start < ids.Length; start += 1_000_000)
            {
                var length = Math.Min(1_000_000, ids.Length - start);
                using var group = writer.CreateRowGroup();
                await group.WriteAsync(id, new ArraySegment<string>(ids, start, length)).ConfigureAwait(false);
                await group.WriteAsync<DateOnly>(date, dates.AsMemory(start, length)).ConfigureAwait(false);
                await group.WriteAsync<decimal>(amount, amounts.AsMemory(start, length)).ConfigureAwait(false);
            }
        }

        return stream.ToArray();
    }
}

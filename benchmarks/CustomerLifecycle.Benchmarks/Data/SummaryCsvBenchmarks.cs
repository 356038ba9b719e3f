using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Benchmarks.Data;

/// <summary>
/// Reading and validating a customer-summary CSV (frequency, recency, T, monetary value; 100,000 rows, fixed seed)
/// against the baseline of the same tokenizer merely walking the same fields. Divide by <see cref="Rows"/> for the
/// cost per row. <see cref="WholePeriods"/> chooses the recency: tenths of a period (tens of thousands of distinct
/// histories in 100,000 rows) or whole periods, as <c>clv summarize --period week</c> writes them (a few thousand).
/// </summary>
[MemoryDiagnoser]
public class SummaryCsvBenchmarks
{
    private byte[] _csv = [];

    [Params(100_000)]
    public int Rows;

    /// <summary>Whether recency and T are whole periods (few distinct histories) rather than tenths (many).</summary>
    [Params(false, true)]
    public bool WholePeriods;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var text = new StringBuilder("frequency,recency,T,monetary_value\n");
        for (var i = 0; i < Rows; i++)
        {
            var age = WholePeriods ? random.Next(1, 78) : random.Next(2, 78) / 2d;
            var x = random.Next(0, 12);
            var recency = x == 0 ? 0d : Math.Round(random.NextDouble() * age, WholePeriods ? 0 : 1);
            text.Append(CultureInfo.InvariantCulture, $"{x},{recency},{age},{(x == 0 ? string.Empty : (random.Next(500, 9000) / 100m).ToString(CultureInfo.InvariantCulture))}\n");
        }

        _csv = Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The tokenizer walking every field of every row: the floor any reader of this text stands on.</summary>
    [Benchmark(Baseline = true)]
    public int WalkFields()
    {
        using var table = TextTable.Open(new MemoryStream(_csv));
        var total = 0;
        while (table.TryReadRecord(out _))
        {
            for (var i = 0; i < 4; i++)
            {
                total += table.Field(i).Length;
            }
        }

        return total;
    }

    /// <summary>
    /// Reading and validating every row with <see cref="CustomerSummaryCursor"/>, touching each accepted row's values: the
    /// row the goal (≤ 100 ns and 0 B per row, within 2× of <see cref="WalkFields"/>) is judged on.
    /// </summary>
    [Benchmark]
    public double ReadEachRow()
    {
        using var table = TextTable.Open(new MemoryStream(_csv));
        var cursor = new CustomerSummaryCursor(table);
        var total = 0d;
        while (cursor.MoveNext())
        {
            var row = cursor.Current;
            total += row.Frequency + row.Recency + row.Age + row.Weight + (row.MonetaryValue is { } m ? (double)m : 0d);
        }

        return total;
    }

    /// <summary>Reading, validating and materialising every summary (<see cref="CustomerSummaryReader.Read(Stream, TextTableOptions?, string?)"/>).</summary>
    [Benchmark]
    public int ReadAndValidate() => CustomerSummaryReader.Read(new MemoryStream(_csv)).Import.Accepted.Count;

    /// <summary>
    /// Reading and validating every row into weighted unique (x, t_x, T) rows
    /// (<see cref="CustomerSummaryReader.ReadUnique(TextTable)"/>, what <c>clv fit</c> of a purchase model reads): no
    /// object per row, so its allocation is the buffers and the distinct histories only.
    /// </summary>
    [Benchmark]
    public int ReadUniqueRows()
    {
        using var table = TextTable.Open(new MemoryStream(_csv));
        return CustomerSummaryReader.ReadUnique(table).Rows.Count;
    }
}

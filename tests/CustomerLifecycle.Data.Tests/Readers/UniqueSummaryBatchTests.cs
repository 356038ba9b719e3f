using System.Globalization;
using System.Text;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Data.Tests.Readers;

/// <summary>
/// The unique-row table inserts rows in batches (their slots read ahead together): a history's weights still add in the
/// order of its rows, whatever the number of rows left in the last batch.
/// </summary>
public class UniqueSummaryBatchTests
{
    // Weights whose sums depend on the order of addition: (0.1 + 0.2) + 0.7 differs from 0.1 + (0.2 + 0.7).
    private static readonly double[] Weights = [0.1, 0.2, 0.7, 1e-17, 3];

    private static readonly Gen<(int X, int Age, int W)> Row =
        from x in Gen.Choose(0, 5)
        from age in Gen.Choose(1, 6)
        from w in Gen.Choose(0, Weights.Length - 1)
        select (x, age, w);

    [Property(MaxTest = 60)]
    public Property Batched_inserts_add_each_historys_weights_in_row_order() =>
        Prop.ForAll(
            Gen.ListOf(Row).ToArbitrary(),
            rows =>
            {
                var text = new StringBuilder("frequency,recency,T,weight\n");
                foreach (var (x, age, w) in rows)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{x},{(x == 0 ? 0 : age / 2d)},{age},{Weights[w].ToString("R", CultureInfo.InvariantCulture)}\n");
                }

                var bytes = Encoding.UTF8.GetBytes(text.ToString());
                using var table = TextTable.Open(new MemoryStream(bytes));
                var unique = CustomerSummaryReader.ReadUnique(table);
                var every = CustomerSummaryReader.Read(new MemoryStream(bytes));
                var expected = CustomerSummaries.Compress(every.Import.Accepted).Select(Key).ToArray();
                return expected.SequenceEqual(unique.Rows.Select(Key)) && ClvDataFingerprint.Of(every.Import.Accepted) == unique.Data;
            });

    private static (long, long, long, long) Key(CustomerSummary s) =>
        (BitConverter.DoubleToInt64Bits(s.Frequency), BitConverter.DoubleToInt64Bits(s.Recency), BitConverter.DoubleToInt64Bits(s.Age), BitConverter.DoubleToInt64Bits(s.Weight));
}

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
/// The table of distinct (x, t_x, T) histories behind <see cref="CustomerSummaryReader.ReadUnique(TextTable)"/>: as it
/// grows to tens of thousands of histories, and for values equal as doubles but written differently (0 and −0), it
/// gives the rows, weights and fingerprint of compressing every accepted row.
/// </summary>
public class UniqueSummaryTableTests
{
    private static (double, double, double, double) Key(CustomerSummary s) => (s.Frequency, s.Recency, s.Age, s.Weight);

    private static (UniqueSummaryFile Unique, CustomerSummaryFile Every) ReadBoth(string text)
    {
        using var table = TextTable.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        return (CustomerSummaryReader.ReadUnique(table), CustomerSummaryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))));
    }

    private static void AssertSame(UniqueSummaryFile unique, CustomerSummaryFile every)
    {
        Assert.Equal(CustomerSummaries.Compress(every.Import.Accepted).Select(Key), unique.Rows.Select(Key));
        Assert.Equal(ClvDataFingerprint.Of(every.Import.Accepted), unique.Data);
    }

    [Fact]
    public void Sixty_thousand_distinct_histories_keep_their_weights_through_every_growth_of_the_table()
    {
        var text = new StringBuilder("frequency,recency,T,weight\n");
        for (var i = 0; i < 120_000; i++)
        {
            var k = i % 60_000;
            var age = 1 + (k % 400);
            text.Append(CultureInfo.InvariantCulture, $"{k / 400},{(k / 400 == 0 ? 0 : (k % 7) / 8d)},{age},{1 + (i % 3)}\n");
        }

        var (unique, every) = ReadBoth(text.ToString());
        Assert.Equal(60_000, unique.Rows.Count);
        AssertSame(unique, every);
    }

    [Fact]
    public void Zero_and_negative_zero_are_one_history_written_as_first_read()
    {
        var (unique, every) = ReadBoth("frequency,recency,T\n-0,-0,2\n0,0,2\n0,-0,2\n");
        var row = Assert.Single(unique.Rows);
        Assert.Equal(3d, row.Weight);
        Assert.True(double.IsNegative(row.Frequency) && double.IsNegative(row.Recency));
        AssertSame(unique, every);
    }

    [Property(MaxTest = 200)]
    public Property Round_and_fractional_histories_fold_as_the_compression_of_every_row()
    {
        var value = Gen.Elements("0", "-0", "1", "2", "0.5", "1.5", "3", "0.25", "1e1", "10", "10.0");
        var row = from x in Gen.Elements("0", "1", "2", "3", "-0")
                  from tx in value
                  from t in value
                  from w in Gen.Elements("", "1", "2.5", "0.1")
                  select $"{x},{tx},{t},{w}\n";
        var file = from n in Gen.Choose(0, 200) from rows in Gen.ArrayOf(row, n) select "frequency,recency,T,weight\n" + string.Concat(rows);
        return Prop.ForAll(file.ToArbitrary(), text =>
        {
            var (unique, every) = ReadBoth(text);
            return unique.Rows.Select(Key).SequenceEqual(CustomerSummaries.Compress(every.Import.Accepted).Select(Key))
                && unique.Data == ClvDataFingerprint.Of(every.Import.Accepted);
        });
    }
}

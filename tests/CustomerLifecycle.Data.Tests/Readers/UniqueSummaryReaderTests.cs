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

/// <summary>Reading a summary straight into weighted unique rows gives what reading every row and compressing gives.</summary>
public class UniqueSummaryReaderTests
{
    private static readonly string[] Numbers = ["0", "1", "2.0", " 3 ", "1.5", "-1", "", "x", "NaN", "2", "40", "39.5"];
    private static readonly string[] Ids = ["", "a", "b", " a ", "c"];
    private static readonly string[] Amounts = ["", "12.50", "0", "-3", "$4.00", "abc", "7"];
    private static readonly string[] Weights = ["", "1", "2", "0.5", "0", "-1"];

    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    private static (double, double, double, double) Key(CustomerSummary s) => (s.Frequency, s.Recency, s.Age, s.Weight);

    [Property(MaxTest = 300)]
    public Property Unique_rows_fingerprint_and_rejections_are_those_of_every_row_compressed()
    {
        var row = from id in Gen.Elements(Ids)
                  from x in Gen.Elements(Numbers)
                  from tx in Gen.Elements(Numbers)
                  from t in Gen.Elements(Numbers)
                  from m in Gen.Elements(Amounts)
                  from w in Gen.Elements(Weights)
                  select $"{id},{x},{tx},{t},{m},{w}\n";
        var file = from n in Gen.Choose(0, 30) from rows in Gen.ArrayOf(row, n) select "customer_id,frequency,recency,T,monetary_value,weight\n" + string.Concat(rows);
        return Prop.ForAll(file.ToArbitrary(), text =>
        {
            var every = CustomerSummaryReader.Read(Bytes(text));
            using var table = TextTable.Open(Bytes(text));
            var unique = CustomerSummaryReader.ReadUnique(table);
            return unique.Rows.Select(Key).SequenceEqual(CustomerSummaries.Compress(every.Import.Accepted).Select(Key))
                && unique.Data == ClvDataFingerprint.Of(every.Import.Accepted)
                && unique.RowCount == every.Import.RowCount
                && unique.Rejected.Select(r => (r.Line, r.Code, r.Reason)).SequenceEqual(every.Import.Rejected.Select(r => (r.Line, r.Code, r.Reason)))
                && unique.HasMonetaryValues && unique.HasWeights;
        });
    }

    [Fact]
    public void A_bg_nbd_fit_on_the_unique_rows_is_the_fit_on_every_row()
    {
        var random = new Random(7);
        var text = new StringBuilder("frequency,recency,T\n");
        for (var i = 0; i < 3000; i++)
        {
            var age = random.Next(1, 40) / 2d;
            var x = Math.Min((int)(-Math.Log(1 - random.NextDouble()) / 0.6), 20);
            var recency = x == 0 ? 0d : Math.Round(random.NextDouble() * age, 1);
            text.Append(FormattableString.Invariant($"{x},{recency},{age}\n"));
        }

        var every = CustomerSummaryReader.Read(Bytes(text.ToString()));
        using var table = TextTable.Open(Bytes(text.ToString()));
        var unique = CustomerSummaryReader.ReadUnique(table);
        var whole = BgNbdModel.Fit(every.Import.Accepted);
        var fromUnique = BgNbdModel.Fit(unique.Rows);
        Assert.True(unique.Rows.Count < 3000);
        Assert.Equal(whole.Parameters.Select(p => p.Value), fromUnique.Parameters.Select(p => p.Value));
        Assert.Equal(whole.LogLikelihood, fromUnique.LogLikelihood);
        Assert.Equal((whole.Rows, whole.Customers), (fromUnique.Rows, fromUnique.Customers));
        Assert.Equal(whole.Data, unique.Data);
    }

    [Fact]
    public void Identical_histories_merge_into_one_row_whose_weight_is_their_sum()
    {
        const string text = "frequency,recency,T,weight\n2,3,10,\n0,0,5,2\n2,3.0,10.0,1.5\n1,5,4,\n";
        using var table = TextTable.Open(Bytes(text));
        var file = CustomerSummaryReader.ReadUnique(table);
        Assert.Equal([(0d, 0d, 5d, 2d), (2d, 3d, 10d, 2.5d)], file.Rows.Select(Key));
        Assert.Equal(new ClvDataFingerprint(3, 4.5, 5d, 35d), file.Data);
        Assert.Equal(4, file.RowCount);
        Assert.Equal((5, "recency.after_age"), (file.Rejected[0].Line, file.Rejected[0].Code));
    }

    [Fact]
    public void Strict_reading_refuses_a_rejected_row()
    {
        using var table = TextTable.Open(Bytes("frequency,recency,T\n1,5,4\n"), new TextTableOptions { Strict = true });
        var ex = Assert.Throws<ImportRejectedException>(() => CustomerSummaryReader.ReadUnique(table));
        Assert.Equal(1, ex.RowCount);
    }

    [Fact]
    public void A_table_without_a_frequency_column_is_refused()
    {
        using var table = TextTable.Open(Bytes("recency,T\n1,5\n"));
        Assert.Throws<TextTableException>(() => CustomerSummaryReader.ReadUnique(table));
    }
}

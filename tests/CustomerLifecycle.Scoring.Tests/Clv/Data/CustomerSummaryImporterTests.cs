using CustomerLifecycle.Core;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Scoring.Tests.Clv.Data;

public class CustomerSummaryImporterTests
{
    private static readonly CustomerSummaryImporter Importer = new();

    [Fact]
    public void Valid_rows_are_accepted_with_every_field()
    {
        var result = Importer.Import(
        [
            new CustomerSummaryRecord(2, "2", "30.43", "38.86", "1", "22.35", null),
            new CustomerSummaryRecord(3, "0.0", "0", "38.86", null, "", "12"),
        ]);

        Assert.True(result.IsClean);
        var first = result.Accepted[0];
        Assert.Equal((2d, 30.43, 38.86, CustomerId.From("1"), 22.35m, 1d), (first.Frequency, first.Recency, first.Age, first.Customer!.Value, first.MonetaryValue, first.Weight));
        var second = result.Accepted[1];
        Assert.Equal((0d, 0d, null, (decimal?)null, 12d), (second.Frequency, second.Recency, second.Customer, second.MonetaryValue, second.Weight));
    }

    [Theory]
    [InlineData("", "0", "1", "frequency.missing")]
    [InlineData("two", "0", "1", "frequency.not_a_number")]
    [InlineData("NaN", "0", "1", "frequency.not_a_number")]
    [InlineData("Infinity", "0", "1", "frequency.not_a_number")]
    [InlineData("-1", "0", "1", "frequency.negative")]
    [InlineData("1.5", "0.5", "1", "frequency.not_whole")]
    [InlineData("1", "", "1", "recency.missing")]
    [InlineData("1", "x", "1", "recency.not_a_number")]
    [InlineData("1", "-0.1", "1", "recency.negative")]
    [InlineData("1", "2", "1", "recency.after_age")]
    [InlineData("0", "0.5", "1", "recency.without_repeat")]
    [InlineData("1", "0.5", "", "age.missing")]
    [InlineData("1", "0.5", "∞", "age.not_a_number")]
    [InlineData("0", "0", "0", "age.not_positive")]
    [InlineData("0", "0", "-3", "age.not_positive")]
    public void Bad_history_is_rejected_with_a_stable_code(string x, string tx, string t, string code)
    {
        var result = Importer.Import([new CustomerSummaryRecord(7, x, tx, t)]);

        Assert.Empty(result.Accepted);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(7, rejected.Line);
        Assert.Equal(code, rejected.Code);
        Assert.False(string.IsNullOrWhiteSpace(rejected.Reason));
    }

    [Theory]
    [InlineData("abc", null, "monetary_value.not_a_number")]
    [InlineData("NaN", null, "monetary_value.not_a_number")]
    [InlineData("-1", null, "monetary_value.negative")]
    [InlineData(null, "0", "weight.invalid")]
    [InlineData(null, "-2", "weight.invalid")]
    [InlineData(null, "NaN", "weight.invalid")]
    [InlineData(null, "1e400", "weight.invalid")]
    public void Bad_value_or_weight_is_rejected(string? value, string? weight, string code)
    {
        var result = Importer.Import([new CustomerSummaryRecord(3, "1", "1", "2", "c", value, weight)]);

        Assert.Equal(code, Assert.Single(result.Rejected).Code);
    }

    [Fact]
    public void A_row_with_several_problems_is_reported_once_with_every_reason()
    {
        var result = Importer.Import([new CustomerSummaryRecord(4, "-1", "x", "0", null, "-5", "0")]);

        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("frequency.negative", rejected.Code);
        Assert.Contains("recency", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("T 0", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("weight", rejected.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_customer_id_is_rejected_naming_the_first_line()
    {
        var result = Importer.Import(
        [
            new CustomerSummaryRecord(2, "1", "1", "2", "c1"),
            new CustomerSummaryRecord(3, "0", "0", "2", " c1 "),
            new CustomerSummaryRecord(4, "0", "0", "2", null),
            new CustomerSummaryRecord(5, "0", "0", "2", null),
        ]);

        Assert.Equal(3, result.Accepted.Count);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal((3, "customer_id.duplicate"), (rejected.Line, rejected.Code));
        Assert.Contains("line 2", rejected.Reason, StringComparison.Ordinal);
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void The_published_CDNOW_summary_imports_without_rejections()
    {
        var lines = File.ReadAllLines(Datasets.File("cdnow_customers_summary_with_transactions.csv"));
        var records = lines.Skip(1).Select((l, i) => l.Split(',')).Select((f, i) => new CustomerSummaryRecord(i + 2, f[1], f[2], f[3], f[0], f[4]));

        var result = Importer.Import(records);

        Assert.True(result.IsClean);
        Assert.Equal(2357, result.Accepted.Count);
        Assert.Equal(1016, CustomerSummaries.Compress(result.Accepted).Count);
    }
}

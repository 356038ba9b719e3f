using System.Text;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv;

namespace CustomerLifecycle.Data.Tests.Readers;

/// <summary>A customer summary exported with a decimal comma (a semicolon-separated spreadsheet in much of Europe) reads
/// as the same rows as its plain twin when the table's number convention says so, and is refused row by row when not.</summary>
public sealed class DecimalCommaSummaryTests
{
    private const string Plain = "frequency,recency,T,monetary_value,weight\n2,30.43,38.86,22.35,1.5\n0,0,38.86,,2\n1,1.71,38.86,11.77,1\n";
    private const string Comma = "frequency;recency;T;monetary_value;weight\n2;30,43;38,86;22,35;1,5\n0;0;38,86;;2\n1;1,71;38,86;11,77;1\n";

    private static TextTable Open(string text, NumberConvention? numbers = null) =>
        TextTable.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), new TextTableOptions { Numbers = numbers ?? NumberConvention.Unspecified }, "s.csv");

    [Fact]
    public void A_summary_with_a_decimal_comma_reads_as_its_plain_twin_under_that_convention()
    {
        using var plain = Open(Plain);
        using var comma = Open(Comma, NumberConvention.WithDecimalSeparator(','));
        var expected = CustomerSummaryReader.Read(plain).Import;
        var read = CustomerSummaryReader.Read(comma).Import;

        Assert.Empty(read.Rejected);
        Assert.Equal(3, read.Accepted.Count);
        Assert.Equal(expected.Accepted, read.Accepted);
        Assert.Equal(22.35m, read.Accepted[0].MonetaryValue);
        Assert.Equal(30.43, read.Accepted[0].Recency);
        Assert.Equal(1.5, read.Accepted[0].Weight);
    }

    [Fact]
    public void The_unique_rows_of_a_decimal_comma_summary_are_those_of_its_plain_twin()
    {
        using var plain = Open(Plain);
        using var comma = Open(Comma, NumberConvention.ForCulture(System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
        IReadOnlyList<CustomerSummary> expected = CustomerSummaryReader.ReadUnique(plain).Rows;
        Assert.Equal(expected, CustomerSummaryReader.ReadUnique(comma).Rows);
    }

    [Fact]
    public void Without_a_convention_a_decimal_comma_is_refused_with_the_field_as_written()
    {
        using var comma = Open(Comma);
        var read = CustomerSummaryReader.Read(comma).Import;

        Assert.Equal([2, 3, 4], read.Rejected.Select(r => r.Line));
        Assert.Contains("\"38,86\"", read.Rejected[0].Reason, StringComparison.Ordinal);
    }
}

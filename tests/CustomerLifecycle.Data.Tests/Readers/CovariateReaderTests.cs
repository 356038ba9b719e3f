using System.Text;
using CustomerLifecycle.Core;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Data.Tests.Readers;

public sealed class CovariateReaderTests
{
    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Every_column_but_the_id_is_a_covariate_and_bad_rows_are_rejected_with_line_and_reason()
    {
        var file = CovariateReader.Read(Bytes("Gender,Id,Channel\n1,7,0\n0,8,x\n1,,0\n0,7,1\n0.5,9,-2\n1,10,\n"), null, "cov.csv");

        Assert.Equal(["Gender", "Channel"], file.Names);
        Assert.Equal([2, 6], file.Rows.Select(r => r.Line));
        Assert.Equal([0.5, -2d], file.Find(CustomerId.From("9"))!.Values);
        Assert.Null(file.Find(CustomerId.From("8")));
        Assert.Equal(
            [(3, "covariate.invalid"), (4, "customer_id.missing"), (5, "customer_id.duplicate"), (7, "covariate.invalid")],
            file.Rejected.Select(r => (r.Line, r.Code)));
        Assert.Contains("Channel \"x\"", file.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("line 2", file.Rejected[2].Reason, StringComparison.Ordinal);
        Assert.Equal("4 of 6 rows rejected (66.7 %)", file.DescribeRejections());
    }

    [Fact]
    public void A_customer_id_column_and_decimal_commas_are_read()
    {
        var file = CovariateReader.Read(Bytes("customer_id;age\na;1,5\n"), new TextTableOptions { Numbers = NumberConvention.WithDecimalSeparator(',') });

        Assert.Equal(1.5, file.Rows.Single().Values.Single());
    }

    [Fact]
    public void A_table_without_an_id_or_without_covariates_is_unusable_and_strict_refuses_rejections()
    {
        Assert.Throws<TextTableException>(() => CovariateReader.Read(Bytes("customer,z\na,1\n")));
        Assert.Throws<TextTableException>(() => CovariateReader.Read(Bytes("Id\na\n")));
        Assert.Throws<ImportRejectedException>(() => CovariateReader.Read(Bytes("Id,z\na,q\n"), new TextTableOptions { Strict = true }));
        Assert.Throws<ArgumentNullException>(() => CovariateReader.Read((TextTable)null!));
    }
}

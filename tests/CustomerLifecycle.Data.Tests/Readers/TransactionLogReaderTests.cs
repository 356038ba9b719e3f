using System.Globalization;
using System.Text;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Readers;

public class TransactionLogReaderTests
{
    private static readonly TransactionColumns Columns = new("customer", "date", "amount");

    private static TransactionLog Read(string text, TextTableOptions? options = null, Encoding? encoding = null) =>
        TransactionLogReader.Read(new MemoryStream((encoding ?? Encoding.UTF8).GetBytes(text)), Columns, options, "log.csv");

    private static TransactionSummaryOptions Options => new() { Unit = PeriodUnit.Day, ObservationEnd = new LocalDate(2024, 3, 1) };

    [Fact]
    public void Amounts_as_people_write_them_are_read_and_every_purchase_counts()
    {
        var log = Read("customer,date,amount\na,2024-01-01,\"3,319.47\"\na,2024-01-11,$145.30\nb,2024-01-01,$ 235.59\nb,2024-01-21,$12.00\n");
        Assert.Empty(log.AmountProblems);
        Assert.Equal(["3319.47", "145.30", "235.59", "12.00"], log.Records.Select(r => r.Amount));
        Assert.Equal("$", log.Currency);
        var result = TransactionLogReader.Summarize(log, Options);
        Assert.Empty(result.Summary.UnknownValues);
        Assert.Equal([1d, 1d], result.Summary.Customers.Select(c => c.Frequency));
    }

    [Theory]
    [InlineData("¥145.30", "145.30", "¥")]
    [InlineData("USD 12.00", "12.00", "USD")]
    [InlineData("\"3,319.47\"", "3319.47", null)]
    public void Each_way_of_writing_an_amount_is_read(string amount, string expected, string? currency)
    {
        var log = Read($"customer,date,amount\na,2024-01-01,{amount}\n");
        Assert.Equal((expected, currency), (log.Records.Single().Amount, log.Currency));
    }

    [Fact]
    public void A_comma_culture_reads_grouped_decimal_commas()
    {
        var log = Read("customer;date;amount\na;2024-01-01;1 234,50\n", new TextTableOptions { Numbers = NumberConvention.ForCulture(CultureInfo.GetCultureInfo("fr-FR")) });
        Assert.Equal("1234.50", log.Records.Single().Amount);
    }

    [Fact]
    public void An_ambiguous_amount_is_a_purchase_of_unknown_value_with_the_readers_reason()
    {
        var log = Read("customer,date,amount\na,2024-01-01,10\na,2024-01-05,\"1.234,5\"\na,2024-01-09,7\n");
        var result = TransactionLogReader.Summarize(log, Options);
        var unknown = Assert.Single(result.Summary.UnknownValues);
        Assert.Equal((3, "amount.ambiguous", "amount"), (unknown.Line, unknown.Code, unknown.Column));
        Assert.Contains("give a culture or a decimal separator", unknown.Reason, StringComparison.Ordinal);
        var customer = Assert.Single(result.Summary.Customers);
        Assert.Equal(2d, customer.Frequency);
        Assert.Equal(8d, customer.Recency);
        Assert.Null(customer.MonetaryValue);
        Assert.Equal("1 of 3 rows counted as purchases of unknown amount (33.3 %)", result.DescribeUnknownValues());
        Assert.Equal("0 of 3 rows rejected (0.0 %)", result.DescribeRejections());
    }

    [Fact]
    public void A_second_currency_is_an_unknown_value_not_a_sum()
    {
        var log = Read("customer,date,amount\na,2024-01-01,$10\na,2024-01-05,€7\n");
        Assert.Equal("$", log.Currency);
        Assert.Equal("amount.other_currency", Assert.Single(log.AmountProblems).Code);
    }

    [Fact]
    public void Rejected_rows_after_a_multi_line_field_report_their_physical_line()
    {
        var log = Read("customer,note,date,amount\na,\"gift\nwrapped\",2024-01-01,5\n,x,2024-01-02,5\n");
        var result = TransactionLogReader.Summarize(log, Options);
        Assert.Equal(4, Assert.Single(result.Summary.Rejected).Line);
    }

    [Fact]
    public void Gb18030_logs_are_read_with_the_encoding_named()
    {
        var gb = TextEncodings.FromName("gb18030");
        var log = Read("客户,日期,金额\n张三,20240101,¥145.30\n".Replace("客户", "customer", StringComparison.Ordinal).Replace("日期", "date", StringComparison.Ordinal).Replace("金额", "amount", StringComparison.Ordinal), new TextTableOptions { Encoding = gb }, gb);
        Assert.Equal(("张三", "145.30"), (log.Records.Single().CustomerId, log.Records.Single().Amount));
    }

    [Fact]
    public void Strict_summaries_throw_on_an_unknown_value()
    {
        var log = Read("customer,date,amount\na,2024-01-01,ten\n");
        var ex = Assert.Throws<ImportRejectedException>(() => TransactionLogReader.Summarize(log, Options, strict: true));
        Assert.StartsWith("log.csv: 1 of 1 row rejected (100.0 %) in strict mode; first: line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_latest_date_reads_basic_dates()
    {
        var log = TransactionLogReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("customer date\na 19970101\nb 19970325\n")), new TransactionColumns("customer", "date"));
        Assert.Equal(new LocalDate(1997, 3, 25), log.LatestDate(DateTimeZone.Utc));
    }
}

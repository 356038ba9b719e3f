using System.Text;

namespace CustomerLifecycle.Cli.Tests.Clv;

public class SummarizeFileFormatTests
{
    private static CliResult Summarize(string path, params string[] extra) =>
        CliRunner.Run(["clv", "summarize", path, "--customer", "customer", "--date", "date", "--amount", "amount", "--period", "day", .. extra]);

    [Theory]
    [InlineData("\"3,319.47\"", "3319.47")]
    [InlineData("¥145.30", "145.3")]
    [InlineData("$ 235.59", "235.59")]
    [InlineData("USD 12.00", "12")]
    public void Amounts_as_people_write_them_are_summed(string amount, string expected)
    {
        var path = CliRunner.TempFile("t.csv", "customer,date,amount", $"a,2024-01-01,{amount}", $"a,2024-01-08,{amount}");
        var result = Summarize(path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["customer_id,frequency,recency,T,monetary_value", $"a,1,7,7,{expected}"], result.Stdout.TrimEnd().Split('\n'));
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void A_french_culture_reads_grouped_decimal_commas()
    {
        var path = CliRunner.TempFile("t.csv", "customer;date;amount", "a;2024-01-01;1 234,50", "a;2024-01-08;1 234,50");
        var result = Summarize(path, "--culture", "fr-FR");
        Assert.Equal("a,1,7,7,1234.5", result.Stdout.TrimEnd().Split('\n')[1]);
    }

    [Fact]
    public void An_ambiguous_amount_keeps_its_purchase_and_is_reported_with_a_total()
    {
        var path = CliRunner.TempFile("t.csv", "customer,date,amount", "a,2024-01-01,10", "a,2024-01-08,\"1.234,5\"");
        var result = Summarize(path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("a,1,7,7,", result.Stdout.TrimEnd().Split('\n')[1]);
        Assert.Contains("1 of 2 rows counted as purchases of unknown amount (50.0 %)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 3: amount \"1.234,5\" is ambiguous", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Spreadsheet_dates_written_year_first_summarize_as_their_iso_twins()
    {
        var slashes = CliRunner.TempFile("t.csv", "customer,date,amount", "a,2024/1/1,5", "a,2024/1/8 18:30,7", "b,2024.1.3,2");
        var iso = CliRunner.TempFile("t.csv", "customer,date,amount", "a,2024-01-01,5", "a,2024-01-08T18:30,7", "b,2024-01-03,2");
        var result = Summarize(slashes, "--end", "2024/1/10");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Summarize(iso, "--end", "2024-01-10").Stdout, result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void A_date_written_day_first_is_rejected_with_the_advice_to_write_the_year_first()
    {
        var path = CliRunner.TempFile("t.csv", "customer,date,amount", "a,2024-01-01,5", "a,08/01/2024,7");
        var result = Summarize(path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("line 3: date \"08/01/2024\" is not an ISO-8601 time stamp: day and month could be either way round; write the year first", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unquoted_decimal_comma_rejects_its_row_instead_of_summing_the_integer_part()
    {
        var path = CliRunner.TempFile("t.csv", "customer,date,amount", "a,2024-01-01,5", "a,2024-01-08,1.234,50", "a,2024-01-09,7");
        var result = Summarize(path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("a,1,8,8,7", result.Stdout.TrimEnd().Split('\n')[1]);
        Assert.Contains("line 3: the row has 4 fields where the header has 3: a value holding a comma must be quoted", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("(row.extra_fields)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_lines_after_a_multi_line_field_are_physical_lines()
    {
        var path = CliRunner.TempFile("t.csv", "customer,note,date,amount", "a,\"two", "lines\",2024-01-01,1", ",x,2024-01-02,1");
        var result = Summarize(path);
        Assert.Contains("t.csv: 1 of 2 rows rejected (50.0 %)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 4: customer_id is missing", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gb18030_file_is_read_with_its_encoding_named_and_refused_without()
    {
        var path = CliRunner.TempFile("t.csv", "x");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(path, Encoding.GetEncoding("gb18030").GetBytes("customer,date,amount\n张三,2024-01-01,¥5\n张三,2024-01-03,¥7\n"));
        var named = Summarize(path, "--encoding", "gb18030");
        Assert.Equal("张三,1,2,2,7", named.Stdout.TrimEnd().Split('\n')[1]);
        var unnamed = Summarize(path);
        Assert.Equal(2, unnamed.ExitCode);
        Assert.Contains("line 2 holds bytes that are not utf-8 text", unnamed.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_makes_any_rejection_unusable_input()
    {
        var path = CliRunner.TempFile("t.csv", "customer,date,amount", "a,2024-01-01,10", "a,2024-01-08,ten");
        var result = Summarize(path, "--strict");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.StartsWith("lifecycle: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("1 of 2 rows rejected (50.0 %) in strict mode", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("--encoding", "klingon-1")]
    [InlineData("--culture", "xx-nope")]
    [InlineData("--decimal-separator", ";")]
    public void Bad_text_options_are_unusable_input(string option, string value)
    {
        var path = CliRunner.TempFile("t.csv", "customer,date,amount", "a,2024-01-01,10");
        var result = Summarize(path, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"lifecycle: {option}: ", result.Stderr, StringComparison.Ordinal);
    }
}

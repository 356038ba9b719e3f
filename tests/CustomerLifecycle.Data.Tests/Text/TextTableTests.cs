using System.Text;
using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Data.Tests.Text;

public class TextTableTests
{
    internal static TextTable Open(string text, TextTableOptions? options = null, Encoding? encoding = null) =>
        TextTable.Open(new MemoryStream((encoding ?? new UTF8Encoding(false)).GetBytes(text)), options, "t.csv");

    internal static TextTable Open(byte[] bytes, TextTableOptions? options = null) => TextTable.Open(new MemoryStream(bytes), options, "t.csv");

    [Fact]
    public void Rows_after_a_quoted_field_with_line_breaks_keep_their_physical_line()
    {
        using var table = Open("id,note,amount\n1,\"two\nlines\",5\n2,\"three\r\nlines\r\nhere\",6\n3,plain,x\n");
        var rows = table.ReadRows().ToArray();
        Assert.Equal([2, 4, 7], rows.Select(r => r.Line));
        Assert.Equal("two\nlines", rows[0]["note"]);
        Assert.Equal("x", rows[2]["amount"]);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_counted()
    {
        using var table = Open("\n\nscore\n9\n\n   \n7\r\n");
        Assert.Equal([4, 7], table.ReadRows().Select(r => r.Line));
    }

    [Fact]
    public void A_lone_carriage_return_ends_a_line()
    {
        using var table = Open("a,b\r1,2\r3,4");
        Assert.Equal([2, 3], table.ReadRows().Select(r => r.Line));
    }

    [Theory]
    [InlineData("a,b,c\n1,2,3\n", TextDelimiter.Comma)]
    [InlineData("a;b;c\n1,5;2;3\n", TextDelimiter.Semicolon)]
    [InlineData("a\tb\tc\n1\t2\t3\n", TextDelimiter.Tab)]
    [InlineData("a|b|c\n1|2|3\n", TextDelimiter.Pipe)]
    [InlineData("a   b c\n1  2     3\n", TextDelimiter.Whitespace)]
    [InlineData("\"a,1\";b;c\n1;2;3\n", TextDelimiter.Semicolon)]
    public void The_delimiter_is_detected_from_the_header(string text, TextDelimiter expected)
    {
        using var table = Open(text);
        Assert.Equal(expected, table.Delimiter);
        Assert.Equal(3, table.Columns.Count);
        Assert.Equal(3, table.ReadRows().Single().Fields.Count);
    }

    [Fact]
    public void Whitespace_tables_split_at_runs_of_spaces_and_tabs()
    {
        using var table = Open("id date  amount\n  00001 19970101   29.33\n");
        var row = table.ReadRows().Single();
        Assert.Equal(["00001", "19970101", "29.33"], row.Fields);
        Assert.Equal("29.33", row["AMOUNT"]);
    }

    [Fact]
    public void An_explicit_delimiter_wins_over_detection()
    {
        using var table = Open("a;b,c\n1;2,3\n", new TextTableOptions { Delimiter = TextDelimiter.Comma });
        Assert.Equal(["a;b", "c"], table.Columns);
    }

    [Fact]
    public void Quotes_escape_delimiters_and_quotes()
    {
        using var table = Open("a,b\n\"x, \"\"y\"\"\",2\n");
        Assert.Equal("x, \"y\"", table.ReadRows().Single()["a"]);
    }

    [Fact]
    public void A_quoted_field_never_closed_names_the_line_it_opened_on()
    {
        using var table = Open("a,b\n1,2\n3,\"open\nmore\n");
        var ex = Assert.Throws<TextTableException>(() => table.ReadRows().ToArray());
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n \n\t\n")]
    public void An_empty_file_is_unusable(string text)
    {
        var ex = Assert.Throws<TextTableException>(() => Open(text));
        Assert.Contains("empty or has no header row", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_lists_the_columns()
    {
        using var table = Open("id,when\n1,2\n");
        var ex = Assert.Throws<TextTableException>(() => table.Require("score"));
        Assert.Equal("t.csv: no 'score' column (columns: id, when)", ex.Message);
    }

    [Fact]
    public void A_first_line_of_numbers_is_diagnosed_as_a_missing_header()
    {
        using var table = Open("00001 19970101 1 11.77\n00001 19970118 2 17.94\n");
        var ex = Assert.Throws<TextTableException>(() => table.Require("customer_id"));
        Assert.Contains("seems to have no header row", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_header_columns_are_numbered_and_the_first_line_is_data()
    {
        using var table = Open("00001 19970101 1 11.77\n00002 19970118 2 17.94\n", new TextTableOptions { HasHeader = false });
        Assert.Equal(["1", "2", "3", "4"], table.Columns);
        var rows = table.ReadRows().ToArray();
        Assert.Equal([1, 2], rows.Select(r => r.Line));
        Assert.Equal("17.94", rows[1]["4"]);
    }

    [Fact]
    public void Column_names_are_trimmed_and_case_insensitive_and_the_first_duplicate_wins()
    {
        using var table = Open(" Score ,score,x\n1,2,3\n");
        Assert.Equal(0, table.IndexOf("SCORE"));
        Assert.Equal(-1, table.IndexOf("nope"));
        Assert.Equal(2, table.IndexOf("nope", "x"));
        var row = table.ReadRows().Single();
        Assert.Null(row["nope"]);
        Assert.Null(row[7]);
    }

    [Theory]
    [InlineData("Customer ID")]
    [InlineData("customer-id")]
    [InlineData("CustomerId")]
    [InlineData(" CUSTOMER.ID ")]
    public void A_header_written_for_people_finds_its_column_when_no_name_matches_exactly(string header)
    {
        using var table = Open($"Score,{header},Responded At\n9,c1,2026-03-01\n");
        Assert.Equal(1, table.IndexOf("customer_id"));
        Assert.Equal(2, table.IndexOf("responded_at", "at"));
        Assert.Equal("c1", table.ReadRows().Single()["customer_id"]);
    }

    [Fact]
    public void An_exact_name_is_preferred_to_a_loose_match_of_an_earlier_name()
    {
        // "at" is a column exactly; "Responded At" only loosely matches the preferred "responded_at". Exact names of any
        // preference come first, then loose matches in the order of the names.
        using var table = Open("Responded At,at,Customer ID,customer_id\n1,2,3,4\n");
        Assert.Equal(1, table.IndexOf("responded_at", "at"));
        Assert.Equal(3, table.IndexOf("customer_id"));
        Assert.Equal(0, table.IndexOf("responded_at"));
    }

    [Theory]
    [InlineData("customer")]
    [InlineData("id")]
    [InlineData("")]
    [InlineData("--")]
    public void A_loose_match_needs_every_letter_and_digit(string name)
    {
        using var table = Open("Customer ID,x\n1,2\n");
        Assert.Equal(-1, table.IndexOf(name));
    }

    [Fact]
    public void Rows_can_be_read_once()
    {
        using var table = Open("a\n1\n");
        _ = table.ReadRows().ToArray();
        Assert.Throws<InvalidOperationException>(() => table.ReadRows());
    }

    [Fact]
    public void A_missing_file_is_unusable_and_named()
    {
        var ex = Assert.Throws<TextTableException>(() => TextTable.OpenFile(Path.Combine(Path.GetTempPath(), "no-such-dir-cl", "x.csv")));
        Assert.EndsWith("x.csv: no such file", ex.Message, StringComparison.Ordinal);
    }
}

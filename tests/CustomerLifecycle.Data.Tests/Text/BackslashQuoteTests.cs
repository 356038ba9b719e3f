using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Data.Tests.Text;

/// <summary>Quotes escaped with a backslash, as some exporters write them, next to RFC 4180's doubled quotes.</summary>
public class BackslashQuoteTests
{
    private static string[][] Fields(string text)
    {
        using var table = TextTableTests.Open(text);
        return table.ReadRows().Select(r => r.Fields.ToArray()).ToArray();
    }

    [Fact]
    public void Quotes_escaped_with_a_backslash_are_read_as_quotes_and_the_fields_stay_in_place()
    {
        var rows = Fields("id,comment,score\na,\"He said \\\"great\\\", really\",9\nb,\"ok, \\\"meh\\\"\",3\n");
        Assert.Equal(["a", "He said \"great\", really", "9"], rows[0]);
        Assert.Equal(["b", "ok, \"meh\"", "3"], rows[1]);
    }

    [Fact]
    public void Once_a_file_shows_backslash_escapes_a_quote_after_a_backslash_before_a_delimiter_is_a_quote_too()
    {
        var rows = Fields("id,comment,score\na,\"\\\"x\\\"\",9\nb,\"say \\\"\",3\n");
        Assert.Equal(["a", "\"x\"", "9"], rows[0]);
        Assert.Equal(["b", "say \"", "3"], rows[1]);
    }

    [Fact]
    public void Doubled_quotes_are_read_as_rfc_4180_writes_them_next_to_a_backslash()
    {
        var rows = Fields("id,comment,score\na,\"say \"\"hi\"\"\",9\nb,\"C:\\dir\\\",7\nc,\"x\\\"\"y\",5\n");
        Assert.Equal(["a", "say \"hi\"", "9"], rows[0]);
        Assert.Equal(["b", "C:\\dir\\", "7"], rows[1]);
        Assert.Equal(["c", "x\\\"y", "5"], rows[2]);
    }

    [Fact]
    public void A_doubled_backslash_before_a_quote_is_a_backslash_and_the_quote_ends_the_field()
    {
        var rows = Fields("id,comment,score\na,\"He said \\\"hi\\\"\",9\nb,\"path \\\\\",7\n");
        Assert.Equal(["b", "path \\\\", "7"], rows[1]);
    }

    [Fact]
    public void A_backslash_escaped_quote_at_the_end_of_the_text_closes_nothing()
    {
        var error = Assert.Throws<TextTableException>(() => Fields("id,comment\na,\"x \\\"y\\\"\n"));
        Assert.Contains("line 2: a quoted field opened on this line is never closed", error.Message, StringComparison.Ordinal);
    }
}

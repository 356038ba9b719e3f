using System.Text;
using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Data.Tests.Text;

public class TextEncodingTests
{
    private const string Text = "客户,金额\n张三,¥145.30\n";

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void A_byte_order_mark_selects_the_encoding(string name)
    {
        Encoding encoding = name switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(false, true),
            _ => new UnicodeEncoding(true, true),
        };
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Text)).ToArray();
        using var table = TextTableTests.Open(bytes);
        Assert.Equal(["客户", "金额"], table.Columns);
        Assert.Equal("¥145.30", table.ReadRows().Single()["金额"]);
    }

    [Theory]
    [InlineData(false, "utf-16")]
    [InlineData(true, "utf-16BE")]
    public void Utf16_without_a_byte_order_mark_is_diagnosed_and_read_when_named(bool bigEndian, string name)
    {
        var bytes = new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes("customer_id,date\nc1,2026-03-01\n");
        var ex = Assert.Throws<TextTableException>(() => TextTableTests.Open(bytes));
        Assert.Contains("UTF-16 without a byte-order mark", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"({name})", ex.Message, StringComparison.Ordinal);

        using var table = TextTableTests.Open(bytes, new TextTableOptions { Encoding = TextEncodings.FromName(name) });
        Assert.Equal("c1", table.ReadRows().Single()["customer_id"]);
    }

    [Fact]
    public void Gb18030_is_read_when_named()
    {
        var gb18030 = TextEncodings.FromName("GB18030");
        using var table = TextTableTests.Open(gb18030.GetBytes(Text), new TextTableOptions { Encoding = gb18030 });
        Assert.Equal("张三", table.ReadRows().Single()["客户"]);
    }

    [Fact]
    public void Gb18030_bytes_without_an_encoding_are_refused_with_the_line_not_garbled()
    {
        var bytes = TextEncodings.FromName("gb18030").GetBytes("id,amount\n1,2\n张三,3\n");
        using var table = TextTableTests.Open(bytes);
        var ex = Assert.Throws<TextTableException>(() => table.ReadRows().ToArray());
        Assert.StartsWith("t.csv: line 3 holds bytes that are not utf-8 text; give the file's encoding", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_encoding_name_is_refused_with_examples()
    {
        var ex = Assert.Throws<ArgumentException>(() => TextEncodings.FromName("klingon-1"));
        Assert.Contains("gb18030", ex.Message, StringComparison.Ordinal);
    }
}

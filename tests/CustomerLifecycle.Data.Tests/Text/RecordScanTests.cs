using System.Text;
using CustomerLifecycle.Data.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Data.Tests.Text;

/// <summary>
/// The tokenizer's two ways through a record — the one-search way for a line without quotes and the general scanner —
/// give the same fields and physical lines, whatever mix of quoted and plain records, line breaks and read sizes.
/// </summary>
public class RecordScanTests
{
    private static readonly string[] Plain = ["a", "", "12.5", " x y ", "é", "中文", "0", "1,000"];
    private static readonly string[] Quoted = ["q", "", "a,b", "say \"\"hi\"\"", "two\nlines", "cr\rhere", "crlf\r\nhere"];
    private static readonly string[] Breaks = ["\n", "\r\n", "\r"];

    /// <summary>A generated table: its text, and each record's expected line and fields.</summary>
    private sealed record Case(string Text, (int Line, string[] Fields)[] Expected, char Delimiter);

    private static Gen<(string Written, string Value, int Breaks)> Field(char delimiter) => Gen.OneOf(
        Gen.Elements(Plain.Where(p => !p.Contains(delimiter, StringComparison.Ordinal)).ToArray()).Select(p => (p, p, 0)),
        Gen.Elements(Quoted).Select(q => ($"\"{q}\"", q.Replace("\"\"", "\""), LineBreaks(q))));

    private static int LineBreaks(string text) => text.Replace("\r\n", "\n").Count(c => c is '\r' or '\n');

    private static Gen<Case> Cases() =>
        from delimiter in Gen.Elements(',', ';', '\t', '|')
        from records in Gen.ArrayOf(
            from first in Gen.Elements("r", "s1", "7")
            from n in Gen.Choose(0, 5)
            from rest in Gen.ArrayOf(Field(delimiter), n)
            from end in Gen.Elements(Breaks)
            select (first, rest, end))
        select Build(delimiter, records);

    private static Case Build(char delimiter, (string First, (string Written, string Value, int Breaks)[] Others, string End)[] records)
    {
        var text = new StringBuilder($"h{delimiter}i\n");
        var line = 2;
        var expected = new List<(int, string[])>();
        foreach (var (first, rest, end) in records)
        {
            expected.Add((line, [first, .. rest.Select(f => f.Value)]));
            text.Append(first);
            foreach (var field in rest)
            {
                text.Append(delimiter).Append(field.Written);
                line += field.Breaks;
            }

            text.Append(end);
            line++;
        }

        return new Case(text.ToString(), [.. expected], delimiter);
    }

    private static (int Line, string[] Fields)[] Read(string text, char delimiter, int chunk)
    {
        var options = new TextTableOptions { Delimiter = delimiter switch { ';' => TextDelimiter.Semicolon, '\t' => TextDelimiter.Tab, '|' => TextDelimiter.Pipe, _ => TextDelimiter.Comma } };
        using var table = TextTable.Open(new StreamingTextTableTests.TrickleStream(Encoding.UTF8.GetBytes(text), chunk), options, "t");
        return table.ReadRows().Select(r => (r.Line, r.Fields.ToArray())).ToArray();
    }

    private static bool Same((int Line, string[] Fields)[] a, (int Line, string[] Fields)[] b) =>
        a.Length == b.Length && a.Zip(b).All(p => p.First.Line == p.Second.Line && p.First.Fields.SequenceEqual(p.Second.Fields));

    [Property(MaxTest = 300)]
    public Property Records_read_to_their_fields_and_lines_with_and_without_quotes_at_any_read_size() =>
        Prop.ForAll(Cases().ToArbitrary(), Gen.Choose(1, 70).ToArbitrary(), (c, chunk) =>
            Same(Read(c.Text, c.Delimiter, chunk), c.Expected) && Same(Read(c.Text, c.Delimiter, 1 << 20), c.Expected));

    [Fact]
    public void Forty_thousand_plain_records_across_many_buffers_keep_their_fields_and_lines()
    {
        var text = new StringBuilder("a,b,c\n");
        for (var i = 0; i < 40_000; i++)
        {
            text.Append(i).Append(',').Append(i % 7).Append(",x").Append(i % 3 == 0 ? "\r\n" : "\n");
        }

        var rows = Read(text.ToString(), ',', 4096);
        Assert.Equal(40_000, rows.Length);
        Assert.All(rows.Select((r, i) => (r, i)), p => Assert.Equal((p.i + 2, $"{p.i}", $"{p.i % 7}", "x"), (p.r.Line, p.r.Fields[0], p.r.Fields[1], p.r.Fields[2])));
    }

    [Fact]
    public void A_record_ending_in_a_carriage_return_at_the_end_of_a_read_counts_one_line_with_its_line_feed()
    {
        // 1, 2, 3 … bytes a read: some reads end between the CR and the LF of a CRLF.
        for (var chunk = 1; chunk < 12; chunk++)
        {
            Assert.Equal([(2, "1"), (3, "2"), (4, "3")], Read("a,b\r\n1,x\r\n2,y\r\n3,z", ',', chunk).Select(r => (r.Line, r.Fields[0])));
        }
    }

    [Fact]
    public void Undecodable_bytes_on_a_plain_record_are_refused_naming_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("a,b\n1,2\n3,").Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes("\n")).ToArray();
        using var table = TextTable.Open(new MemoryStream(bytes), null, "t");
        var ex = Assert.Throws<TextTableException>(() => table.ReadRows().ToList());
        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }
}

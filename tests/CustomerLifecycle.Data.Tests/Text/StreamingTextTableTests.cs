using System.Diagnostics;
using System.Text;
using CustomerLifecycle.Data.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Data.Tests.Text;

/// <summary>Tables read in one forward pass: pipes, FIFOs, long lines, blank lines before the header, arbitrary read sizes.</summary>
public class StreamingTextTableTests
{
    private static (int Line, string[] Fields)[] Rows(TextTable table) => table.ReadRows().Select(r => (r.Line, r.Fields.ToArray())).ToArray();

    private static TextTable OpenChunked(string text, int chunk) =>
        TextTable.Open(new TrickleStream(Encoding.UTF8.GetBytes(text), chunk), null, "pipe");

    [Fact]
    public void A_comment_of_16400_characters_is_one_field()
    {
        var comment = new string('x', 16_400);
        using var table = TextTableTests.Open($"score,comment\n9,{comment}\n7,\"{comment}\"\"{comment}\"\n6,ok\n");
        var rows = Rows(table);
        Assert.Equal([2, 3, 4], rows.Select(r => r.Line));
        Assert.Equal(comment, rows[0].Fields[1]);
        Assert.Equal(comment + "\"" + comment, rows[1].Fields[1]);
        Assert.Equal("ok", rows[2].Fields[1]);
    }

    [Fact]
    public void A_line_of_a_million_characters_before_the_header_does_not_stop_the_read()
    {
        using var table = TextTableTests.Open("\n" + new string(' ', 1_000_000) + "\n\nscore;comment\n9;fine\n");
        Assert.Equal(TextDelimiter.Semicolon, table.Delimiter);
        Assert.Equal([(5, "fine")], table.ReadRows().Select(r => (r.Line, r["comment"]!)));
    }

    [Fact]
    public void Blank_lines_before_the_header_are_skipped_and_counted()
    {
        using var table = TextTableTests.Open("\r\n   \n\t\nscore,comment\n9,a\n");
        Assert.Equal(["score", "comment"], table.Columns);
        Assert.Equal(5, table.ReadRows().Single().Line);
    }

    [Fact]
    public void A_stream_that_cannot_seek_and_trickles_one_byte_at_a_time_reads_like_a_file()
    {
        const string text = "\n\"id\",\"note\"\r\n1,\"a \"\"quoted\"\"\r\nnote\"\r\n2,b\r3,\"c\"tail\n";
        using var table = OpenChunked(text, 1);
        var rows = Rows(table);
        Assert.Equal([3, 5, 6], rows.Select(r => r.Line));
        Assert.Equal("a \"quoted\"\r\nnote", rows[0].Fields[1]);
        Assert.Equal("ctail", rows[2].Fields[1]);
    }

    [Fact]
    public void An_undecodable_byte_after_the_first_buffer_names_its_line()
    {
        var head = Encoding.UTF8.GetBytes("score\n" + string.Concat(Enumerable.Repeat("9\n", 100_000)));
        var bytes = head.Concat(new byte[] { 0xFF, (byte)'\n' }).ToArray();
        using var table = TextTableTests.Open(bytes);
        var error = Assert.Throws<TextTableException>(() => table.ReadRows().Count());
        Assert.Contains("line 100002 holds bytes that are not utf-8 text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_field_left_open_names_the_line_it_opened_on_even_across_buffers()
    {
        using var table = OpenChunked("a,b\n1,2\n3,\"open\n" + new string('z', 200_000), 4096);
        var error = Assert.Throws<TextTableException>(() => table.ReadRows().Count());
        Assert.Contains("line 3: a quoted field opened on this line is never closed", error.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property Any_read_size_gives_the_rows_of_the_whole_text()
    {
        var cell = Gen.Elements("", "1", "x y", "\"q,1\"", "\"a\"\"b\"", "\"two\nlines\"", "\"r\r\nn\"", " ", "é", "\"t\"ail");
        var row = from n in Gen.Choose(1, 4) from cells in Gen.ArrayOf(cell, n) select string.Join(",", cells);
        var breaks = Gen.Elements("\n", "\r\n", "\r");
        var line = from r in row from b in breaks select r + b;
        var text = from n in Gen.Choose(0, 12) from lines in Gen.ArrayOf(line, n) select "h1,h2\n" + string.Concat(lines);
        return Prop.ForAll((from t in text from chunk in Gen.Choose(1, 9) select (t, chunk)).ToArbitrary(), pair =>
        {
            using var whole = TextTableTests.Open(pair.Item1);
            using var trickled = OpenChunked(pair.Item1, pair.Item2);
            var expected = Rows(whole);
            var actual = Rows(trickled);
            return expected.Length == actual.Length
                && expected.Zip(actual).All(p => p.First.Line == p.Second.Line && p.First.Fields.SequenceEqual(p.Second.Fields));
        });
    }

    [FifoFact]
    public void A_named_fifo_is_read_as_it_is_written()
    {
        var dir = Directory.CreateTempSubdirectory("lifecycle-fifo");
        var fifo = Path.Combine(dir.FullName, "scores.csv");
        using (var mk = Process.Start("mkfifo", [fifo]))
        {
            mk.WaitForExit();
            Assert.Equal(0, mk.ExitCode);
        }

        var writer = Task.Run(() => File.WriteAllText(fifo, "\n\nscore,comment\n9," + new string('c', 70_000) + "\n7,b\n"));
        using (var table = TextTable.OpenFile(fifo))
        {
            Assert.Equal([4, 5], table.ReadRows().Select(r => r.Line));
        }

        Assert.True(writer.Wait(TimeSpan.FromSeconds(30)));
        dir.Delete(recursive: true);
    }

    /// <summary>A test that needs named FIFOs (<c>mkfifo</c>): skipped, with the reason, elsewhere.</summary>
    internal sealed class FifoFactAttribute : FactAttribute
    {
        public FifoFactAttribute()
        {
            if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            {
                Skip = "named FIFOs (mkfifo) exist on Linux and macOS only";
            }
        }
    }

    /// <summary>A read-only stream that cannot seek and returns at most a few bytes per read, like a slow pipe.</summary>
    internal sealed class TrickleStream(byte[] bytes, int chunk) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, chunk), bytes.Length - _position);
            Array.Copy(bytes, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using System.Text;
using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Data.Tests.Readers;

/// <summary>
/// A file table split while it is read (<see cref="TextTable.SplitLater"/>, the split sought on another thread): the two
/// parts read every record once with its physical line, as the whole table would; a split sought too late, or over a
/// quote, is refused and the first table reads to the end of the file.
/// </summary>
public sealed class TextTableSplitLaterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("split-later").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>About 5 MB: a header and 200,000 rows, each row holding its own number.</summary>
    private string Write(string breakText, Func<int, string>? row = null)
    {
        var text = new StringBuilder("customer,date,amount").Append(breakText);
        for (var i = 0; i < 200_000; i++)
        {
            text.Append(row?.Invoke(i) ?? FormattableString.Invariant($"c{i:D7},2025-01-01,{i}")).Append(breakText);
        }

        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        return path;
    }

    private static List<(int Line, string Amount)> ReadAll(TextTable table, int? most = null)
    {
        var rows = new List<(int, string)>();
        while ((most is null || rows.Count < most) && table.TryReadRecord(out var line))
        {
            rows.Add((line, table.Field(2).ToString()));
        }

        return rows;
    }

    private static List<(int Line, string Amount)> Whole(string path)
    {
        using var table = TextTable.Open(File.OpenRead(path), source: path);
        return ReadAll(table);
    }

    [Theory]
    [InlineData("\n", 0)]
    [InlineData("\r\n", 0)]
    [InlineData("\n", 5_000)]
    [InlineData("\r\n", 5_000)]
    public void A_split_found_while_the_first_part_is_read_gives_every_record_once_with_its_line(string breakText, int readFirst)
    {
        var path = Write(breakText);
        using var table = TextTable.OpenFile(path);
        var split = table.SplitLater(0.5);
        Assert.NotNull(split);

        var first = ReadAll(table, readFirst);
        using var rest = split();
        Assert.NotNull(rest);
        first.AddRange(ReadAll(table));
        var second = ReadAll(rest);

        Assert.NotEmpty(second);
        Assert.InRange(first.Count, 90_000, 110_000);
        Assert.Equal(Whole(path), first.Concat(second).ToList());
        Assert.Equal(new FileInfo(path).Length, table.PartBytes + rest.PartBytes);
    }

    [Fact]
    public void A_split_sought_after_the_first_table_read_past_it_is_refused_and_the_table_reads_to_the_end()
    {
        var path = Write("\n");
        using var table = TextTable.OpenFile(path);
        var split = table.SplitLater(0.5)!;

        var first = ReadAll(table, 150_000);

        Assert.Null(split());
        first.AddRange(ReadAll(table));
        Assert.Equal(Whole(path), first);
        Assert.Null(table.PartBytes);
    }

    [Fact]
    public void A_quote_before_the_middle_refuses_the_split()
    {
        var path = Write("\n", i => i == 70_000 ? "\"c1\",2025-01-01,1" : FormattableString.Invariant($"c{i:D7},2025-01-01,{i}"));
        using var table = TextTable.OpenFile(path);
        var split = table.SplitLater(0.5)!;

        Assert.Null(split());
        Assert.Equal(Whole(path), ReadAll(table));
    }

    [Fact]
    public void A_table_that_cannot_be_split_says_so_before_any_split_is_sought()
    {
        var path = Write("\n");
        using var stream = TextTable.Open(File.OpenRead(path), source: path);
        Assert.Null(stream.SplitLater(0.5));

        using var read = TextTable.OpenFile(path);
        Assert.True(read.TryReadRecord(out _));
        Assert.Null(read.SplitLater(0.5));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void A_guess_of_records_per_byte_comes_from_the_text_read_ahead(string breakText)
    {
        var path = Write(breakText);
        using var table = TextTable.OpenFile(path);

        var perByte = table.RecordsPerByte();

        // The first rows are a little shorter than the last (smaller amounts): a guess within 15 %.
        Assert.InRange(perByte * new FileInfo(path).Length, 170_000, 230_000);
    }

    [Fact]
    public void A_table_with_no_line_read_ahead_guesses_no_records()
    {
        using var table = TextTable.Open(new MemoryStream("customer,date,amount"u8.ToArray()), source: "header only");

        Assert.Equal(0, table.RecordsPerByte());
    }
}

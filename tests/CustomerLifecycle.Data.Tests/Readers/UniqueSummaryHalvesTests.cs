using System.Text;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Data.Tests.Readers;

/// <summary>
/// A summary file of 4 MB or more read on two cores (each half by its own thread) gives what reading it on one core
/// gives, to the bit: unique rows and weights, fingerprint, row count, and every rejection with its line, code and
/// reason. A file whose split could change that is read on one core.
/// </summary>
public sealed class UniqueSummaryHalvesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("halves").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>About 5 MB of rows, with bad rows of every plain kind in both halves, and <paramref name="late"/> near the end.</summary>
    private static string Text(string header, string breakText, string late = "")
    {
        var bad = new[] { "-1,1,2,3", "1.5,1,2,3", "x,1,2,3", "1,3,2,3", "0,1,2,", "1,1,0,", "3,1,2", "3,1,2,3,extra", "", "  ", "-0,0,2,", "2,1,2,12.5.0", "1,1,2,NaN" };
        var random = new Random(11);
        var text = new StringBuilder(header).Append(breakText);
        for (var i = 0; i < 330_000; i++)
        {
            if (i == 300_000)
            {
                text.Append(late);
            }

            var x = random.Next(0, 9);
            var age = random.Next(2, 80) / 2d;
            var line = i % 997 == 5 ? bad[i % bad.Length] : FormattableString.Invariant($"{x},{(x == 0 ? 0 : Math.Round(random.NextDouble() * age, 1))},{age},{random.Next(100, 900) / 10m}");
            text.Append(line).Append(breakText);
        }

        return text.ToString();
    }

    private string Write(string text)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
        return path;
    }

    private static string Describe(UniqueSummaryFile file) =>
        string.Join('\n', file.Rows.Select(r => FormattableString.Invariant($"{r.Frequency:R} {r.Recency:R} {r.Age:R} {r.Weight:R} {double.IsNegative(r.Frequency)}"))
            .Concat(file.Rejected.Select(r => $"{r.Line} {r.Code} {r.Reason}"))
            .Append(FormattableString.Invariant($"{file.RowCount} {file.Data.Rows} {file.Data.Customers:R} {file.Data.SumFrequency:R} {file.Data.SumAge:R}")));

    /// <summary>The one-core reading: a table over a stream is never split.</summary>
    private static string OneCore(string path)
    {
        using var stream = File.OpenRead(path);
        using var table = TextTable.Open(stream, null, path);
        return Describe(CustomerSummaryReader.ReadUnique(table));
    }

    private static string Read(string path)
    {
        using var table = TextTable.OpenFile(path);
        return Describe(CustomerSummaryReader.ReadUnique(table));
    }

    private static bool Splits(string path)
    {
        using var table = TextTable.OpenFile(path);
        using var rest = table.TrySplit(0.5);
        return rest is not null;
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_file_read_on_two_cores_gives_the_one_core_result_to_the_bit(string breakText)
    {
        var path = Write(Text("frequency,recency,T,monetary_value", breakText, $"2,\"1{breakText}\",3,4{breakText}"));
        Assert.Equal(breakText != "\r", Splits(path)); // lines ended by CR alone have no line feed to split at
        Assert.Equal(OneCore(path), Read(path));
    }

    [Fact]
    public void A_quote_in_the_first_half_keeps_the_file_on_one_core()
    {
        var path = Write(Text("frequency,recency,\"T\",monetary_value", "\n"));
        Assert.False(Splits(path));
        Assert.Equal(OneCore(path), Read(path));
    }

    [Fact]
    public void Weights_keep_the_file_on_one_core_and_read_as_on_one()
    {
        var path = Write(Text("frequency,recency,T,weight", "\n"));
        Assert.Equal(OneCore(path), Read(path));
    }

    [Fact]
    public void Undecodable_bytes_in_the_second_half_are_refused_naming_their_line_in_the_whole_file()
    {
        var text = Text("frequency,recency,T,monetary_value", "\n");
        var bytes = Encoding.UTF8.GetBytes(text);
        var at = Array.IndexOf(bytes, (byte)'\n', bytes.Length * 3 / 4) + 1;
        var line = 1 + bytes.AsSpan(0, at).Count((byte)'\n');
        var path = Path.Combine(_folder, "ff.csv");
        File.WriteAllBytes(path, [.. bytes[..at], .. "1,1,2,"u8.ToArray(), 0xFF, (byte)'\n', .. bytes[at..]]);
        var ex = Assert.Throws<TextTableException>(() => Read(path));
        Assert.Contains($"line {line} holds bytes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_file_is_read_on_one_core()
    {
        var path = Write("frequency,recency,T\n1,1,2\n");
        Assert.False(Splits(path));
        Assert.Equal(OneCore(path), Read(path));
    }
}

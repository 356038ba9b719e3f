using System.Text;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Data.Tests.Readers;

/// <summary>
/// The unique-row table can be given room for a part of a file before it is filled (a slot per 64 bytes, at most 2¹⁷):
/// how much room changes nothing it returns, and the two parts of a split file know their sizes.
/// </summary>
public sealed class UniqueSummaryReserveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("reserve").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly Gen<(int X, int Tx, int Age, int W)> Row =
        from x in Gen.Choose(0, 40)
        from age in Gen.Choose(1, 300)
        from tx in Gen.Choose(0, age)
        from w in Gen.Choose(1, 4)
        select (x, x == 0 ? 0 : tx, age, w);

    [Property(MaxTest = 40)]
    public Property Room_made_before_the_rows_changes_neither_the_rows_their_order_nor_the_fingerprint() =>
        Prop.ForAll(
            Gen.ListOf(Row).ToArbitrary(),
            Gen.Elements<long?>(null, -5, 0, 63, 64 * 1024, 64L * 5000, 64L << 17, 1L << 40).ToArbitrary(),
            (rows, bytes) =>
            {
                var plain = new UniqueSummaryAccumulator();
                var reserved = new UniqueSummaryAccumulator();
                reserved.Reserve(bytes);
                foreach (var (x, tx, age, w) in rows)
                {
                    plain.Add(x, tx / 4d, age / 4d, w / 3d);
                    reserved.Add(x, tx / 4d, age / 4d, w / 3d);
                }

                return plain.Rows().Select(Key).SequenceEqual(reserved.Rows().Select(Key)) && plain.Fingerprint == reserved.Fingerprint
                    && plain.Count == reserved.Count;
            });

    [Fact]
    public void Room_asked_for_after_rows_were_added_loses_none_of_them()
    {
        var unique = new UniqueSummaryAccumulator();
        unique.Add(1, 0.5, 2, 1);
        unique.Reserve(64L << 17);
        unique.Add(1, 0.5, 2, 1);
        unique.Add(0, 0, 2, 1);

        Assert.Equal([(0d, 0d, 2d, 1d), (1d, 0.5, 2d, 2d)], unique.Rows().Select(r => (r.Frequency, r.Recency, r.Age, r.Weight)));
    }

    [Fact]
    public void The_parts_of_a_split_file_know_their_bytes_and_an_unsplit_table_does_not()
    {
        var text = new StringBuilder("frequency,recency,T\n");
        for (var i = 0; i < 400_000; i++)
        {
            text.Append(i % 7).Append(',').Append(i % 7 == 0 ? "0" : "1.5").Append(",12.25\n");
        }

        var path = Path.Combine(_folder, "rows.csv");
        File.WriteAllText(path, text.ToString());
        using var table = TextTable.OpenFile(path);
        Assert.Null(table.PartBytes);

        using var rest = table.TrySplit(0.5);

        Assert.NotNull(rest);
        Assert.Equal(new FileInfo(path).Length, table.PartBytes + rest.PartBytes);
        Assert.InRange(table.PartBytes!.Value, new FileInfo(path).Length / 2, (new FileInfo(path).Length / 2) + 20);
    }

    private static (long, long, long, long) Key(CustomerSummary s) =>
        (BitConverter.DoubleToInt64Bits(s.Frequency), BitConverter.DoubleToInt64Bits(s.Recency), BitConverter.DoubleToInt64Bits(s.Age), BitConverter.DoubleToInt64Bits(s.Weight));
}

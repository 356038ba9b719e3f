using System.Globalization;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Clv.Data;

/// <summary>
/// After the fold: the later part's ids numbered here all at once (two threads, one growth), its states appended on two
/// threads, the ids ordered by a radix sort of their 64-bit keys; each gives what the one-by-one way gives.
/// </summary>
public class SummaryMergeOrderTests
{
    [Property(MaxTest = 300)]
    public Property Key_sort_orders_as_a_stable_sort_does()
    {
        // Keys from few distinct bytes, so that many are equal and many bytes are shared by every key.
        var key = from bytes in Gen.ArrayOf(Gen.Elements<byte>(0, 1, 0x63, 0xFF), 8) select BitConverter.ToUInt64(bytes);
        var keys = from n in Gen.Choose(0, 400) from k in Gen.ArrayOf(key, n) select k;
        return Prop.ForAll(keys.ToArbitrary(), k =>
        {
            var sorted = (ulong[])k.Clone();
            var items = Enumerable.Range(0, k.Length).ToArray();
            KeySort.Sort(sorted, items);
            var expected = Enumerable.Range(0, k.Length).OrderBy(i => k[i]).ToArray();
            return sorted.SequenceEqual(expected.Select(i => k[i])) && items.SequenceEqual(expected);
        });
    }

    [Fact]
    public void Key_sort_of_keys_that_differ_in_every_byte_or_in_none_keeps_the_items_with_their_keys()
    {
        var random = new Random(7);
        var keys = Enumerable.Range(0, 100_000).Select(_ => (ulong)random.NextInt64() * 3).ToArray();
        var sorted = (ulong[])keys.Clone();
        var items = Enumerable.Range(0, keys.Length).ToArray();

        KeySort.Sort(sorted, items);

        Assert.Equal(keys.Order(), sorted);
        Assert.All(Enumerable.Range(0, keys.Length), i => Assert.Equal(keys[items[i]], sorted[i]));

        var same = Enumerable.Repeat(42UL, 1000).ToArray();
        var order = Enumerable.Range(0, same.Length).ToArray();
        KeySort.Sort(same, order);
        Assert.Equal(Enumerable.Range(0, same.Length), order);

        KeySort.Sort([], []);
    }

    [Fact]
    public void Key_sort_of_more_keys_than_the_radix_takes_sorts_in_place_with_the_items_beside_their_keys()
    {
        var random = new Random(9);
        var keys = Enumerable.Range(0, KeySort.Largest + 5).Select(_ => (ulong)random.Next(1000) << 40).ToArray();
        var sorted = (ulong[])keys.Clone();
        var items = Enumerable.Range(0, keys.Length).ToArray();

        KeySort.Sort(sorted, items);

        Assert.Equal(keys.Order(), sorted);
        Assert.True(Enumerable.Range(0, keys.Length).All(i => keys[items[i]] == sorted[i]));
    }

    [Property(MaxTest = 300)]
    public Property Ids_of_another_table_are_numbered_as_looking_them_up_one_by_one_does()
    {
        var id = Gen.Elements("a", "b", "abcdefgh", "abcdefgh1", "abcdefgh2", "é", "\u0163", "c", "x y", "a\0");
        var ids = from n in Gen.Choose(0, 12) from list in Gen.ArrayOf(id, n) select list;
        return Prop.ForAll(ids.ToArbitrary(), ids.ToArbitrary(), (here, there) =>
        {
            var (all, oneByOne) = (Table(here), Table(here));
            var numbers = all.IndexAll(Table(there));
            var expected = there.Distinct().Select(i => oneByOne.IndexOf(i)).ToArray();
            return numbers.SequenceEqual(expected) && Ids(all).SequenceEqual(Ids(oneByOne)) && all.Order().SequenceEqual(oneByOne.Order());
        });
    }

    [Fact]
    public void Many_ids_of_another_table_are_numbered_on_two_threads_as_one_by_one()
    {
        // 100,000 ids there, a quarter of them here already: the look-ups split across two threads, and the table grows.
        var here = Enumerable.Range(0, 50_000).Select(i => "customer-" + (i * 2).ToString("D7", CultureInfo.InvariantCulture)).ToArray();
        var there = Enumerable.Range(0, 100_000).Select(i => "customer-" + (149_999 - i).ToString("D7", CultureInfo.InvariantCulture)).ToArray();
        var (all, oneByOne) = (Table(here), Table(here));

        var numbers = all.IndexAll(Table(there));

        Assert.Equal(there.Select(i => oneByOne.IndexOf(i)), numbers);
        Assert.Equal(Ids(oneByOne), Ids(all));
        Assert.Equal(Enumerable.Range(0, all.Count), Ids(all).Select(id => all.IndexOf(id)));
    }

    [Fact]
    public void Find_finds_every_id_where_IndexOf_does_and_no_other()
    {
        // Find starts where IndexOf starts: were they to differ, IndexAll would still number right, but slowly.
        var table = Table(Enumerable.Range(0, 20_000).Select(i => "id" + i.ToString(CultureInfo.InvariantCulture) + (i % 3 == 0 ? "-long-enough-for-the-arena" : string.Empty)));

        Assert.All(Ids(table), id => Assert.Equal(table.IndexOf(id), table.Find(id)));
        Assert.Equal(-1, table.Find("absent"));
        Assert.Equal(20_000, table.Count);
    }

    [Fact]
    public void A_large_log_folded_in_two_parts_summarises_as_one_fold()
    {
        // 40,000 customers in each part (the append splits across two threads), some out of date order across the parts.
        var random = new Random(12);
        var start = new LocalDate(2025, 1, 1);
        var rows = Enumerable.Range(0, 200_000)
            .Select(i => (Customer: "c" + random.Next(60_000).ToString("D6", CultureInfo.InvariantCulture), Day: (i / 600) - (random.Next(50) == 0 ? 30 : 0), Amount: random.Next(5) == 0 ? (decimal?)null : random.Next(1, 20_000) / 100m))
            .ToArray();
        var options = new TransactionSummaryOptions { Unit = PeriodUnit.Week, ObservationEnd = start.PlusDays(400), CalibrationEnd = start.PlusDays(250) };
        TransactionFold Fold() => new(DateTimeZone.Utc, PeriodUnit.Day, options.CalibrationEnd, options.ObservationEnd);
        void Add(TransactionFold fold, IEnumerable<(string Customer, int Day, decimal? Amount)> part)
        {
            var line = 0;
            foreach (var (customer, day, amount) in part)
            {
                fold.Add(++line, customer, start.PlusDays(Math.Max(day, 0)), amount);
            }
        }

        string Summarize(TransactionFold fold)
        {
            if (fold.NeedsSecondPass)
            {
                fold.BeginSecondPass();
                Add(fold, rows);
            }

            var summary = fold.Summarize(options);
            return string.Join('\n', summary.Customers.Select((c, i) => FormattableString.Invariant($"{c.Customer} {c.Frequency:R} {c.Recency:R} {c.Age:R} {c.MonetaryValue} {summary.Holdout![i]}")));
        }

        var one = Fold();
        Add(one, rows);
        var two = Fold();
        var later = two.NewContinuation();
        Add(two, rows[..100_000]);
        Add(later, rows[100_000..]);

        Assert.True(later.CustomerCount > 1 << 15);
        Assert.True(two.TryAppend(later));
        Assert.Equal(Summarize(one), Summarize(two));
    }

    private static CustomerIdTable Table(IEnumerable<string> ids)
    {
        var table = new CustomerIdTable();
        foreach (var id in ids)
        {
            table.IndexOf(id);
        }

        return table;
    }

    private static string[] Ids(CustomerIdTable table) => [.. Enumerable.Range(0, table.Count).Select(i => table.Span(i).ToString())];
}

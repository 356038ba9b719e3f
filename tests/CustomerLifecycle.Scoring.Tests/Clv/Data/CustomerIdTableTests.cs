using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Data;

/// <summary>The fold's id table numbers customers as a dictionary of strings would, whatever the ids look like.</summary>
public class CustomerIdTableTests
{
    [Fact]
    public void Ids_are_numbered_in_the_order_they_first_appear_and_found_again()
    {
        var table = new CustomerIdTable();

        Assert.Equal(0, table.IndexOf("c2"));
        Assert.Equal(1, table.IndexOf("c1"));
        Assert.Equal(0, table.IndexOf("c2"));
        Assert.Equal(2, table.IndexOf("c10"));
        Assert.Equal(3, table.Count);
        Assert.Equal("c10", table.Span(2).ToString());
        Assert.Equal("c1", table.Id(1).Value);
        Assert.Equal(new[] { 1, 2, 0 }, table.Order());
    }

    [Fact]
    public void Ids_alike_in_their_first_eight_characters_or_low_bytes_are_kept_apart()
    {
        // "c" and "\u0163" share the low byte 0x63; the 9-character ids share their first 8 characters; "a\0" and "a"
        // differ only by a trailing NUL.
        string[] ids = ["c", "\u0163", "abcdefgh1", "abcdefgh2", "abcdefgh", "a\0", "a", "é", "\u00e9\u00e9"];
        var table = new CustomerIdTable();

        var numbers = ids.Select(id => table.IndexOf(id)).ToArray();

        Assert.Equal(Enumerable.Range(0, ids.Length), numbers);
        Assert.Equal(numbers, ids.Select(id => table.IndexOf(id)));
        Assert.All(numbers, n => Assert.Equal(ids[n], table.Span(n).ToString()));
    }

    [Fact]
    public void Many_long_ids_spill_over_several_arena_chunks_and_are_all_found()
    {
        // 12,000 ids of 200 characters: 2.4 million characters, more than two chunks of the arena, and several table growths.
        var ids = Enumerable.Range(0, 12_000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture).PadLeft(200, 'x')).ToArray();
        var table = new CustomerIdTable();
        foreach (var id in ids)
        {
            table.IndexOf(id);
        }

        Assert.Equal(ids.Length, table.Count);
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.Equal(i, table.IndexOf(ids[i]));
            Assert.Equal(ids[i], table.Span(i).ToString());
        }

        Assert.Equal(Enumerable.Range(0, ids.Length), table.Order());
    }

    [Property(MaxTest = 300)]
    public Property Numbers_and_order_are_those_of_a_dictionary_of_strings()
    {
        var letter = Gen.Elements('a', 'b', 'é', '\u0163', 'c', '\0', 'Z');
        var id = from n in Gen.Choose(1, 12) from chars in Gen.ArrayOf(letter, n) select new string(chars);
        var log = from n in Gen.Choose(0, 300) from ids in Gen.ArrayOf(id, n) select ids;
        return Prop.ForAll(log.ToArbitrary(), ids =>
        {
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            var table = new CustomerIdTable();
            foreach (var id in ids)
            {
                expected.TryAdd(id, expected.Count);
                if (table.IndexOf(id) != expected[id])
                {
                    return false;
                }
            }

            var sorted = expected.Keys.Order(StringComparer.Ordinal).Select(k => expected[k]);
            return table.Count == expected.Count && table.Order().SequenceEqual(sorted)
                && expected.All(e => table.Span(e.Value).SequenceEqual(e.Key));
        });
    }
}

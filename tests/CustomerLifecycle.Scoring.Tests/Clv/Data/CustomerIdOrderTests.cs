using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Data;

/// <summary>The id table's order (by a key of the first 8 characters, then in the arena) is the ordinal order of the ids.</summary>
public class CustomerIdOrderTests
{
    private static int[] Expected(string[] ids) => [.. ids.Select((id, i) => (id, i)).OrderBy(p => p.id, StringComparer.Ordinal).Select(p => p.i)];

    [Property(MaxTest = 300)]
    public Property Ids_of_narrow_characters_come_out_in_ordinal_order()
    {
        // NUL, letters and é (all below U+0100): ids equal in their first 8 characters, prefixes of each other, trailing NULs.
        var id = from n in Gen.Choose(1, 12) from chars in Gen.ArrayOf(Gen.Elements('\0', 'a', 'b', 'Z', 'é', '\u00ff'), n) select new string(chars);
        return Prop.ForAll(Gen.ArrayOf(id).Select(a => a.Distinct().ToArray()).ToArbitrary(), ids =>
        {
            var table = new CustomerIdTable();
            foreach (var i in ids)
            {
                table.IndexOf(i);
            }

            return table.Order().SequenceEqual(Expected(ids));
        });
    }

    [Fact]
    public void Ids_sharing_their_first_eight_characters_are_ordered_by_the_rest()
    {
        string[] ids = ["c0012376x", "c0012376", "c00123760", "c0012376\0", "b", "c0012375zz", "c\u0001"];
        var table = new CustomerIdTable();
        foreach (var i in ids)
        {
            table.IndexOf(i);
        }

        Assert.Equal(Expected(ids), table.Order());
        Assert.Equal([4, 6, 5, 1, 3, 2, 0], table.Order());
    }
}

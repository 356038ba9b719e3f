using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

public sealed class SummaryRowsTests
{
    // Few distinct values per column, so that rows repeat and merge; weights with fractions, so the order of addition shows.
    private static readonly Gen<CustomerSummary> Customer =
        from age in Gen.Choose(1, 40).Select(i => i / 4d)
        from x in Gen.Frequency((3, Gen.Constant(0)), (5, Gen.Choose(1, 6)), (1, Gen.Choose(100, 103)))
        from share in Gen.Choose(0, 4).Select(i => i / 4d)
        from weight in Gen.Frequency((3, Gen.Constant(1d)), (2, Gen.Choose(1, 1000).Select(i => i / 7d)))
        select new CustomerSummary(x, x == 0 ? 0d : share * age, age, weight: weight);

    [Property(MaxTest = 200)]
    public Property Sorting_by_ranks_gives_the_rows_of_a_dictionary_and_a_comparison_sort_to_the_bit() =>
        Prop.ForAll(Gen.NonEmptyListOf(Customer).Select(l => l.ToArray()).ToArbitrary(), customers =>
        {
            var fast = SummaryRows.From(customers, "c");
            var reference = SummaryRows.ByDictionary(SummaryColumns.Read(customers, "c"));
            return Same(fast, reference);
        });

    [Fact]
    public void Identical_rows_merge_and_their_weights_add_in_input_order()
    {
        CustomerSummary[] customers =
        [
            new(2, 3, 10, weight: 0.1), new(0, 0, 4), new(2, 3, 10, weight: 0.2), new(2, 5, 8), new(2, 3, 10, weight: 0.3),
        ];

        var rows = SummaryRows.From(customers, "c");

        Assert.Equal(3, rows.Count);
        Assert.Equal([0d, 2d], rows.DistinctX);
        Assert.Equal([0d, 3d, 5d], rows.DistinctRecency);
        Assert.Equal([4d, 8d, 10d], rows.DistinctAge);
        // Ordered by x, then T, then t_x: (0, 0, 4), (2, 5, 8), (2, 3, 10).
        Assert.Equal([0, 1, 1], rows.XIndex);
        Assert.Equal([0, 1, 2], rows.AgeIndex);
        Assert.Equal([0, 2, 1], rows.RecencyIndex);
        Assert.Equal([1d, 1d, 0.1 + 0.2 + 0.3], rows.Weight);
        Assert.Equal(2d + 0.1 + 0.2 + 0.3, rows.Customers, 15);
    }

    [Fact]
    public void Negative_zero_is_zero_and_the_first_one_met_stays()
    {
        CustomerSummary[] customers = [new(-0d, -0d, 2), new(0, 0, 2), new(1, 1, 2)];

        var rows = SummaryRows.From(customers, "c");

        Assert.Equal(2, rows.Count);
        Assert.Equal([2d, 1d], rows.Weight);
        Assert.True(double.IsNegative(rows.DistinctX[0]));
        Assert.True(Same(rows, SummaryRows.ByDictionary(SummaryColumns.Read(customers, "c"))));
    }

    [Fact]
    public void A_sequence_without_a_known_count_is_read_once()
    {
        var reads = 0;
        IEnumerable<CustomerSummary> Customers()
        {
            reads++;
            for (var i = 0; i < 100; i++)
            {
                yield return new CustomerSummary(i % 3, i % 3, 5 + (i % 7));
            }
        }

        var rows = SummaryRows.From(Customers(), "c");

        Assert.Equal(1, reads);
        Assert.Equal(21, rows.Count);
        Assert.Equal(100d, rows.Customers);
    }

    [Fact]
    public void No_rows_and_null_rows_are_refused_with_the_parameter_name()
    {
        Assert.Equal("c", Assert.Throws<ArgumentException>(() => SummaryRows.From([], "c")).ParamName);
        Assert.Equal("c", Assert.Throws<ArgumentNullException>(() => SummaryRows.From(null!, "c")).ParamName);
        Assert.Equal("c", Assert.Throws<ArgumentNullException>(() => SummaryRows.From([new CustomerSummary(1, 1, 2), null!], "c")).ParamName);
    }

    internal static bool Same(SummaryRows a, SummaryRows b) =>
        a.Count == b.Count
        && Bits(a.Weight).SequenceEqual(Bits(b.Weight))
        && Bits(a.DistinctX).SequenceEqual(Bits(b.DistinctX))
        && Bits(a.DistinctRecency).SequenceEqual(Bits(b.DistinctRecency))
        && Bits(a.DistinctAge).SequenceEqual(Bits(b.DistinctAge))
        && a.XIndex.SequenceEqual(b.XIndex)
        && a.RecencyIndex.SequenceEqual(b.RecencyIndex)
        && a.AgeIndex.SequenceEqual(b.AgeIndex)
        && Bits(a.WeightByX).SequenceEqual(Bits(b.WeightByX))
        && Bits([a.Customers, a.TotalAge, a.TotalRepeatPurchases]).SequenceEqual(Bits([b.Customers, b.TotalAge, b.TotalRepeatPurchases]));

    private static IEnumerable<long> Bits(double[] values) => values.Select(BitConverter.DoubleToInt64Bits);
}

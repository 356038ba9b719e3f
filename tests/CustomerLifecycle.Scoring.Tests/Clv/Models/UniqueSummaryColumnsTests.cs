using System.Collections;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

/// <summary>
/// Unique rows that hand over their columns (in any order) compress to the rows their ordered list compresses to, and the
/// fingerprint summed from the compressed rows is the one of the list, to the bit.
/// </summary>
public sealed class UniqueSummaryColumnsTests
{
    // Distinct histories with fractional ages and weights, so that the order of additions shows in the sums.
    private static readonly Gen<CustomerSummary[]> UniqueRows =
        Gen.NonEmptyListOf(
            from x in Gen.Choose(0, 8)
            from age in Gen.Choose(1, 400).Select(i => i / 7d)
            from share in Gen.Choose(0, 5).Select(i => i / 5d)
            from weight in Gen.Choose(1, 1000).Select(i => i / 3d)
            select new CustomerSummary(x, x == 0 ? 0d : share * age, age, weight: weight))
        .Select(rows => rows.DistinctBy(r => (r.Frequency, r.Recency, r.Age))
            .OrderBy(r => r.Frequency).ThenBy(r => r.Recency).ThenBy(r => r.Age).ToArray());

    [Property(MaxTest = 200)]
    public Property Columns_in_any_order_compress_as_the_ordered_list_and_give_its_fingerprint() =>
        Prop.ForAll(UniqueRows.ToArbitrary(), Gen.Choose(1, int.MaxValue).ToArbitrary(), (list, seed) =>
        {
            var shuffled = list.ToArray();
            new Random(seed).Shuffle(shuffled);
            var unique = new Columns(list, shuffled);

            var fromColumns = SummaryRows.From(unique, "c");
            var fromList = SummaryRows.From(list, "c");

            return fromColumns.AreTheInput && !fromList.AreTheInput
                && SummaryRowsTests.Same(fromColumns, fromList)
                && ClvDataFingerprint.Of(unique, fromColumns) == ClvDataFingerprint.Of(list);
        });

    [Fact]
    public void Columns_holding_negative_zero_take_the_dictionary_path_and_the_lists_fingerprint()
    {
        CustomerSummary[] list = [new(-0d, -0d, 2), new(1, 0.5, 2), new(1, 1, 3)];
        var unique = new Columns(list, [list[2], list[0], list[1]]);

        var rows = SummaryRows.From(unique, "c");

        Assert.False(rows.AreTheInput);
        Assert.True(SummaryRowsTests.Same(rows, SummaryRows.From(list, "c")));
        Assert.Equal(ClvDataFingerprint.Of(list), ClvDataFingerprint.Of(unique, rows));
    }

    /// <summary>Unique rows as a list in order, whose columns come in another order.</summary>
    private sealed class Columns(CustomerSummary[] ordered, CustomerSummary[] columns) : IReadOnlyCollection<CustomerSummary>, IUniqueSummaryColumns
    {
        public int Count => ordered.Length;

        public void CopyColumns(Span<double> x, Span<double> recency, Span<double> age, Span<double> weight)
        {
            for (var i = 0; i < columns.Length; i++)
            {
                (x[i], recency[i], age[i], weight[i]) = (columns[i].Frequency, columns[i].Recency, columns[i].Age, columns[i].Weight);
            }
        }

        public IEnumerator<CustomerSummary> GetEnumerator() => ((IEnumerable<CustomerSummary>)ordered).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

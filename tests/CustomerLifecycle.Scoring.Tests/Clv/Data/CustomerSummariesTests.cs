using CustomerLifecycle.Core;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Data;

public class CustomerSummariesTests
{
    [Fact]
    public void Identical_histories_merge_and_their_weights_add()
    {
        var rows = new[]
        {
            new CustomerSummary(1, 2, 5, CustomerId.From("a")),
            new CustomerSummary(0, 0, 5, CustomerId.From("b"), weight: 3),
            new CustomerSummary(1, 2, 5, CustomerId.From("c"), weight: 2),
        };

        var compressed = CustomerSummaries.Compress(rows);

        Assert.Equal(2, compressed.Count);
        Assert.Equal((0d, 3d, null), (compressed[0].Frequency, compressed[0].Weight, compressed[0].Customer));
        Assert.Equal((1d, 3d, null), (compressed[1].Frequency, compressed[1].Weight, compressed[1].Customer));
    }

    [Fact]
    public void Merged_value_is_the_weighted_mean_when_every_row_has_one()
    {
        var rows = new[]
        {
            new CustomerSummary(2, 3, 5, monetaryValue: 10m),
            new CustomerSummary(2, 3, 5, monetaryValue: 40m, weight: 2),
        };

        var merged = Assert.Single(CustomerSummaries.Compress(rows));

        Assert.Equal(30m, merged.MonetaryValue!.Value, 20); // (10 × 1 + 40 × 2) / 3
    }

    [Fact]
    public void Merged_value_is_unknown_when_a_merged_row_has_none()
    {
        var rows = new[] { new CustomerSummary(2, 3, 5, monetaryValue: 10m), new CustomerSummary(2, 3, 5) };

        Assert.Null(Assert.Single(CustomerSummaries.Compress(rows)).MonetaryValue);
    }

    [Fact]
    public void Compression_by_history_and_value_keeps_every_value()
    {
        var rows = new[]
        {
            new CustomerSummary(2, 3, 5, monetaryValue: 10m),
            new CustomerSummary(2, 3, 5, monetaryValue: 40m),
            new CustomerSummary(2, 3, 5, monetaryValue: 10m),
            new CustomerSummary(2, 3, 5),
        };

        var compressed = CustomerSummaries.Compress(rows, SummaryCompression.HistoryAndValue);

        Assert.Equal([(null, 1d), (10m, 2d), (40m, 1d)], compressed.Select(r => (r.MonetaryValue, r.Weight)));
    }

    [Fact]
    public void Unknown_compression_and_null_input_throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>("compression", () => CustomerSummaries.Compress([], (SummaryCompression)7));
        Assert.Throws<ArgumentNullException>("summaries", () => CustomerSummaries.Compress(null!));
        Assert.Throws<ArgumentNullException>("summaries", () => CustomerSummaries.Compress([null!]));
    }

    [Fact]
    public void Only_whole_weights_expand()
    {
        Assert.Throws<ArgumentException>("summaries", () => CustomerSummaries.Expand([new CustomerSummary(0, 0, 1, weight: 1.5)]));
        Assert.Equal(3, CustomerSummaries.Expand([new CustomerSummary(0, 0, 1, weight: 3)]).Count);
    }

    [Property(Arbitrary = [typeof(SummaryArbitraries)])]
    public bool Compression_preserves_total_weight(CustomerSummary[] rows) =>
        Math.Abs(CustomerSummaries.Compress(rows).Sum(r => r.Weight) - rows.Sum(r => r.Weight)) <= 1e-9 * Math.Max(1d, rows.Sum(r => r.Weight));

    [Property(Arbitrary = [typeof(SummaryArbitraries)])]
    public bool Compression_expands_back_to_the_same_multiset(CustomerSummary[] rows)
    {
        var expanded = CustomerSummaries.Expand(CustomerSummaries.Compress(rows, SummaryCompression.HistoryAndValue));
        return Multiset(expanded).SequenceEqual(Multiset(CustomerSummaries.Expand(rows)));
    }

    [Property(Arbitrary = [typeof(SummaryArbitraries)])]
    public bool Compression_does_not_depend_on_row_order(CustomerSummary[] rows) =>
        CustomerSummaries.Compress(rows).SequenceEqual(CustomerSummaries.Compress(rows.Reverse()));

    private static IEnumerable<string> Multiset(IEnumerable<CustomerSummary> rows) =>
        rows.Select(r => $"{r.Frequency}|{r.Recency}|{r.Age}|{r.MonetaryValue}|{r.Weight}").Order(StringComparer.Ordinal);

    public static class SummaryArbitraries
    {
        // Few distinct histories and values so that merges actually happen; whole weights so rows can be expanded.
        public static Arbitrary<CustomerSummary> Summaries() =>
            (from x in Gen.Choose(0, 3)
             from tx in Gen.Choose(0, 4)
             from extra in Gen.Choose(1, 2)
             from value in Gen.Elements<decimal?>(null, 5m, 7.5m)
             from weight in Gen.Choose(1, 4)
             select new CustomerSummary(x, x == 0 ? 0 : tx, tx + extra, monetaryValue: value, weight: weight)).ToArbitrary();
    }
}

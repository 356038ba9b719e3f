using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Data;

/// <summary>
/// Sizing the fold's id table ahead (from a guess of the customers in the input) changes how often it grows, never the
/// numbers it gives: customers are numbered in the order they first appear either way.
/// </summary>
public class CustomerIdTableReserveTests
{
    [Property(MaxTest = 200)]
    public Property A_table_sized_ahead_numbers_ids_as_a_table_that_grows_does()
    {
        var ids = Gen.Elements("c1", "c2", "customer-0003", "é", "\u4e2d\u6587", "abcdefgh", "abcdefgh1", "x")
            .SelectMany(prefix => Gen.Choose(0, 3000).Select(n => $"{prefix}{n}"))
            .ArrayOf();
        return Prop.ForAll(ids.ToArbitrary(), Gen.Choose(0, 400_000).ToArbitrary(), (list, guess) =>
        {
            var growing = new CustomerIdTable();
            var reserved = new CustomerIdTable();
            reserved.Reserve(guess);

            var expected = list.Select(id => growing.IndexOf(id)).ToArray();
            var actual = list.Select(id => reserved.IndexOf(id)).ToArray();

            return expected.SequenceEqual(actual) && reserved.Count == growing.Count
                && Enumerable.Range(0, reserved.Count).All(n => reserved.Span(n).SequenceEqual(growing.Span(n)))
                && reserved.Order().SequenceEqual(growing.Order());
        });
    }

    [Fact]
    public void A_table_sized_for_its_customers_does_not_grow_while_they_arrive()
    {
        var table = new CustomerIdTable();
        table.Reserve(TransactionFold.MostCustomersGuessed);
        Assert.Equal(1 << 19, table.SlotCount);

        for (var i = 0; i < 200_000; i++)
        {
            Assert.Equal(i, table.IndexOf($"c{i:D7}"));
        }

        Assert.Equal(1 << 19, table.SlotCount);
        Assert.Equal(199_999, table.IndexOf("c0199999"));
    }

    [Fact]
    public void An_empty_table_already_as_large_is_not_resized()
    {
        var table = new CustomerIdTable();
        var slots = table.SlotCount;
        table.Reserve(0);
        Assert.Equal(slots, table.SlotCount);
        table.Reserve(100_000);
        var sized = table.SlotCount;
        table.Reserve(50_000);
        Assert.Equal(sized, table.SlotCount);
    }

    [Fact]
    public void A_table_in_use_grows_as_inserting_would_and_keeps_its_numbers()
    {
        var table = new CustomerIdTable();
        Assert.Equal(0, table.IndexOf("c1"));
        Assert.Equal(1, table.IndexOf("c2"));
        table.Reserve(100_000);
        var sized = table.SlotCount;
        Assert.True(100_000 * 10L <= sized * 7L, $"{sized} slots hold 100,000 ids at most 70 % full");

        for (var i = 0; i < 100_000; i++)
        {
            Assert.Equal(i, table.IndexOf(i switch { 0 => "c1", 1 => "c2", _ => $"id{i}" }));
        }

        Assert.Equal(sized, table.SlotCount);
        Assert.Equal("c2", table.Span(1).ToString());
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1_000L)]
    [InlineData(950_000L)]
    [InlineData(40_000_000L)]
    public void A_fold_sized_from_a_guess_of_its_rows_summarises_as_one_that_grows(long rows)
    {
        var growing = new TransactionFold(NodaTime.DateTimeZone.Utc, PeriodUnit.Week, calibrationEnd: null, observationEnd: null);
        var sized = new TransactionFold(NodaTime.DateTimeZone.Utc, PeriodUnit.Week, calibrationEnd: null, observationEnd: null);
        sized.ReserveForRows(rows);
        var random = new Random(3);
        for (var i = 0; i < 30_000; i++)
        {
            var id = $"c{random.Next(0, 9_000)}";
            var date = new NodaTime.LocalDate(2025, 1, 1).PlusDays(i / 100);
            var amount = random.Next(0, 5_000) / 100m;
            growing.Add(i + 2, id, date, amount);
            sized.Add(i + 2, id, date, amount);
        }

        var options = new TransactionSummaryOptions { Unit = PeriodUnit.Week, PurchaseGrouping = PeriodUnit.Week, ObservationEnd = growing.LatestDate!.Value };
        var expected = growing.Summarize(options);
        var actual = sized.Summarize(options);

        Assert.Equal(expected.Customers.Count, actual.Customers.Count);
        Assert.Equal(expected.Customers, actual.Customers);
        Assert.Equal(expected.Excluded, actual.Excluded);
    }
}

using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scoring.Clv.Deterministic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Clv.Deterministic;

public class TopCustomersTests
{
    private static CustomerValue V(string id, decimal realised, decimal potential = 0m) =>
        new(CustomerId.From(id), Money.From(realised, "CNY"), Money.From(potential, "CNY"));

    [Fact]
    public void Top_20_percent_of_10_customers_is_2_and_their_share_of_value()
    {
        var values = Enumerable.Range(1, 10).Select(i => V("c" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), i * 1_000m)).ToArray();

        var report = TopCustomers.Select(values);

        Assert.Equal(["c10", "c09"], report.Selected.Select(v => v.Customer.Value));
        Assert.Equal(Money.From(19_000m, "CNY"), report.SelectedValue);
        Assert.Equal(Money.From(55_000m, "CNY"), report.TotalValue);
        Assert.Equal(19d / 55d, report.ShareOfValue!.Value.Value, 12);
        Assert.False(report.TiedAtCutoff);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)] // 1.2 → 2
    [InlineData(7, 2)]
    [InlineData(100, 20)]
    public void The_count_is_the_share_of_customers_rounded_up(int customers, int selected) =>
        Assert.Equal(selected, TopCustomers.Select(Enumerable.Range(0, customers).Select(i => V("c" + i, i))).Selected.Count);

    [Fact]
    public void Ties_are_broken_by_customer_id_and_reported_at_the_cutoff()
    {
        var report = TopCustomers.Select([V("b", 5), V("c", 5), V("a", 5), V("d", 1), V("e", 1)], Fraction.From(0.4));

        Assert.Equal(["a", "b"], report.Selected.Select(v => v.Customer.Value));
        Assert.True(report.TiedAtCutoff);
    }

    [Fact]
    public void Ranking_can_use_potential_or_total_value()
    {
        var values = new[] { V("spent", 10_000, 0), V("promising", 1_000, 50_000) };

        Assert.Equal("spent", TopCustomers.Select(values, Fraction.From(0.5)).Selected[0].Customer.Value);
        Assert.Equal("promising", TopCustomers.Select(values, Fraction.From(0.5), ValueBasis.Total).Selected[0].Customer.Value);
        Assert.Equal(Money.From(51_000, "CNY"), TopCustomers.Select(values, Fraction.From(0.5), ValueBasis.Total).SelectedValue);
    }

    [Fact]
    public void Historical_values_from_a_log_feed_the_ranking()
    {
        var at = Instant.FromUtc(2024, 1, 1, 0, 0);
        var log = new[]
        {
            new Transaction(CustomerId.From("a"), at, Money.From(580m, "CNY")),
            new Transaction(CustomerId.From("b"), at, Money.From(1_500m, "CNY")),
            new Transaction(CustomerId.From("b"), at, Money.From(8_800m, "CNY")),
        };

        var values = HistoricalClv.PerCustomer(log, marginRate: 0.1m);

        Assert.Equal([58m, 1_030m], values.Select(v => v.Realised.Amount));
        Assert.Equal("b", TopCustomers.Select(values).Selected.Single().Customer.Value);
        Assert.Throws<ArgumentOutOfRangeException>("marginRate", () => HistoricalClv.PerCustomer(log, 1.5m));
    }

    [Fact]
    public void Misuse_throws()
    {
        Assert.Throws<ArgumentException>("values", () => TopCustomers.Select([]));
        Assert.Throws<ArgumentException>("values", () => TopCustomers.Select([V("a", 1), V("a", 2)]));
        Assert.Throws<ArgumentException>("values", () => TopCustomers.Select([V("a", 1), new CustomerValue(CustomerId.From("b"), Money.From(1, "USD"))]));
        Assert.Throws<ArgumentOutOfRangeException>("share", () => TopCustomers.Select([V("a", 1)], Fraction.Zero));
        Assert.Throws<ArgumentOutOfRangeException>("realised", () => V("a", -1));
        Assert.Throws<ArgumentException>("customer", () => new CustomerValue(default, Money.From(1, "CNY")));
    }

    [Property]
    public bool Selection_does_not_depend_on_input_order_and_holds_at_least_its_share(NonEmptyArray<byte> amounts, int seed)
    {
        var values = amounts.Get.Select((a, i) => V("c" + i, a)).ToArray();
        var shuffled = values.ToArray();
        new Random(seed).Shuffle(shuffled);
        var (x, y) = (TopCustomers.Select(values), TopCustomers.Select(shuffled));
        var shareOfCustomers = (double)x.Selected.Count / values.Length;
        return x.Selected.SequenceEqual(y.Selected)
            && (x.ShareOfValue is null || x.ShareOfValue.Value.Value >= shareOfCustomers - 1e-12);
    }
}

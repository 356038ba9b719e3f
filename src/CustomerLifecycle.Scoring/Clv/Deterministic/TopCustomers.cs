using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Deterministic;

/// <summary>The top share of customers by value, and the share of value they hold (one after-sales network: "find your top 20 % customers").</summary>
public static class TopCustomers
{
    /// <summary>The default share of customers selected: 20 % (one after-sales network's practice).</summary>
    public static readonly Fraction DefaultShare = Fraction.From(0.2);

    /// <summary>Ranks customers by value and selects the top share.</summary>
    /// <param name="values">The customers, in one currency, each at most once.</param>
    /// <param name="share">The share of customers to select, in (0, 1]; <see cref="DefaultShare"/> when null.</param>
    /// <param name="basis">Which value ranks and is summed; realised by default.</param>
    /// <returns>
    /// The report. The count selected is ⌈share × n⌉ (at least one customer of a non-empty list; 20 % of 7 is 2). The ranking
    /// is by value, highest first, ties broken by customer id (ordinal), so it never depends on input order; when
    /// customers outside the cut have the same value as the last one inside, <see cref="TopCustomersReport.TiedAtCutoff"/> says so.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="share"/> is 0, or <paramref name="basis"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The values are in more than one currency, a customer appears twice, or the list is empty.</exception>
    public static TopCustomersReport Select(IEnumerable<CustomerValue> values, Fraction? share = null, ValueBasis basis = ValueBasis.Realised)
    {
        ArgumentNullException.ThrowIfNull(values);
        var s = share ?? DefaultShare;
        if (s.Value <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(share), s.Value, "The share of customers must be in (0, 1].");
        }

        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown value basis.");
        }

        var list = values.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("There are no customers to rank.", nameof(values));
        }

        var currency = list[0]?.Realised.Currency;
        var seen = new HashSet<CustomerId>();
        foreach (var v in list)
        {
            ArgumentNullException.ThrowIfNull(v, nameof(values));
            if (!string.Equals(v.Realised.Currency, currency, StringComparison.Ordinal))
            {
                throw new ArgumentException($"All values must be in one currency; got {currency} and {v.Realised.Currency}.", nameof(values));
            }

            if (!seen.Add(v.Customer))
            {
                throw new ArgumentException($"Customer \"{v.Customer}\" appears twice.", nameof(values));
            }
        }

        var ranked = list.OrderByDescending(v => v.On(basis).Amount).ThenBy(v => v.Customer).ToArray();
        var count = (int)Math.Min(ranked.Length, Math.Ceiling(Math.Round(s.Value * ranked.Length, 9)));
        var total = ranked.Sum(v => v.On(basis).Amount);
        var top = ranked.Take(count).Sum(v => v.On(basis).Amount);
        var tied = count < ranked.Length && ranked[count].On(basis).Amount == ranked[count - 1].On(basis).Amount;
        return new TopCustomersReport(ranked[..count], ranked.Length, Money.From(top, currency!), Money.From(total, currency!), basis, tied);
    }
}

using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Deterministic;

/// <summary>One customer's value: realised (already earned) and potential (expected), in one currency.</summary>
public sealed record CustomerValue
{
    /// <summary>Makes a customer value.</summary>
    /// <param name="customer">The customer; not empty.</param>
    /// <param name="realised">The value already earned; not negative.</param>
    /// <param name="potential">The value still expected, in the same currency; 0 when null.</param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is empty, a value has no currency, or the currencies differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative.</exception>
    public CustomerValue(CustomerId customer, Money realised, Money? potential = null)
    {
        if (customer.IsEmpty)
        {
            throw new ArgumentException("The customer id must not be empty.", nameof(customer));
        }

        if (realised.Currency.Length == 0)
        {
            throw new ArgumentException("The realised value needs a currency; default(Money) has none.", nameof(realised));
        }

        var p = potential ?? Money.Zero(realised.Currency);
        if (!string.Equals(p.Currency, realised.Currency, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Realised and potential value must share a currency; got {realised.Currency} and {p.Currency}.", nameof(potential));
        }

        if (realised.Amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(realised), realised, "A realised value must not be negative.");
        }

        if (p.Amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(potential), p, "A potential value must not be negative.");
        }

        Customer = customer;
        Realised = realised;
        Potential = p;
    }

    /// <summary>The customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>The value already earned.</summary>
    public Money Realised { get; }

    /// <summary>The value still expected.</summary>
    public Money Potential { get; }

    /// <summary>Realised plus potential.</summary>
    public Money Total => Realised + Potential;

    /// <summary>The value on a basis.</summary>
    /// <param name="basis">Which value.</param>
    /// <returns>The realised, potential or total value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is undefined.</exception>
    public Money On(ValueBasis basis) => basis switch
    {
        ValueBasis.Realised => Realised,
        ValueBasis.Potential => Potential,
        ValueBasis.Total => Total,
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown value basis."),
    };
}

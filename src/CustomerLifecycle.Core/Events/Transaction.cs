using NodaTime;

namespace CustomerLifecycle.Core.Events;

/// <summary>A purchase by a customer: the input of customer-lifetime-value models.</summary>
public sealed record Transaction
{
    /// <summary>Makes a transaction.</summary>
    /// <param name="customer">Who bought; not empty.</param>
    /// <param name="at">When the purchase happened.</param>
    /// <param name="amount">What was paid; not negative (refunds are netted out before modelling).</param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> is negative.</exception>
    public Transaction(CustomerId customer, Instant at, Money amount)
    {
        Guard.NotEmpty(customer, nameof(customer));
        if (amount.Amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A transaction amount must not be negative.");
        }

        Customer = customer;
        At = at;
        Amount = amount;
    }

    /// <summary>Who bought.</summary>
    public CustomerId Customer { get; }

    /// <summary>When the purchase happened.</summary>
    public Instant At { get; }

    /// <summary>What was paid.</summary>
    public Money Amount { get; }
}

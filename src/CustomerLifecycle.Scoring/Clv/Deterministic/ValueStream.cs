using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Deterministic;

/// <summary>One line of a customer's value: what kind, a label, how much, and whether it is realised or potential.</summary>
public sealed record ValueStream
{
    /// <summary>Makes a value stream.</summary>
    /// <param name="kind">Where the value comes from.</param>
    /// <param name="amount">How much; not negative.</param>
    /// <param name="status">Realised (earned) or potential (expected).</param>
    /// <param name="label">A free text such as "parents' Model 3"; null for none.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="status"/> is undefined, or <paramref name="amount"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has no currency (the default <see cref="Money"/>).</exception>
    public ValueStream(ValueStreamKind kind, Money amount, ValueStatus status = ValueStatus.Realised, string? label = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown value stream kind.");
        }

        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown value status.");
        }

        if (amount.Currency.Length == 0)
        {
            throw new ArgumentException("The amount needs a currency; default(Money) has none.", nameof(amount));
        }

        if (amount.Amount < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A value stream must not be negative.");
        }

        Kind = kind;
        Amount = amount;
        Status = status;
        Label = label;
    }

    /// <summary>Where the value comes from.</summary>
    public ValueStreamKind Kind { get; }

    /// <summary>How much.</summary>
    public Money Amount { get; }

    /// <summary>Realised or potential.</summary>
    public ValueStatus Status { get; }

    /// <summary>A free text, or null.</summary>
    public string? Label { get; }

    /// <summary>A stream of <paramref name="count"/> equal payments, such as one after-sales network's 4 maintenance visits × ¥1,500 = ¥6,000.</summary>
    /// <param name="kind">Where the value comes from.</param>
    /// <param name="count">How many payments; ≥ 0.</param>
    /// <param name="each">The amount of each; not negative.</param>
    /// <param name="status">Realised or potential.</param>
    /// <param name="label">A free text, or null.</param>
    /// <returns>One stream of <paramref name="count"/> × <paramref name="each"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative, or as for the constructor.</exception>
    public static ValueStream Repeated(ValueStreamKind kind, int count, Money each, ValueStatus status = ValueStatus.Realised, string? label = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new ValueStream(kind, each.Multiply(count), status, label);
    }
}

using System.Globalization;

namespace CustomerLifecycle.Core;

/// <summary>An amount of money in one ISO 4217 currency, held as a <see cref="decimal"/>.</summary>
/// <remarks>
/// Arithmetic between two amounts requires the same currency and throws otherwise; nothing is
/// converted implicitly. The default value is 0 with an empty currency, which <see cref="From"/> never produces.
/// </remarks>
public readonly record struct Money : IComparable<Money>
{
    private readonly string? _currency;

    private Money(decimal amount, string currency)
    {
        Amount = amount;
        _currency = currency;
    }

    /// <summary>The amount, in units of <see cref="Currency"/> (not minor units).</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 code: three upper-case ASCII letters, e.g. "CNY".</summary>
    /// <value>The code; the empty string for <c>default</c>.</value>
    public string Currency => _currency ?? string.Empty;

    /// <summary>Makes an amount, or reports that the currency code is not three ASCII letters.</summary>
    /// <param name="amount">The amount; may be negative (refunds).</param>
    /// <param name="currency">An ISO 4217 code; lower case is accepted and upper-cased.</param>
    /// <param name="money">The amount, or <c>default</c>.</param>
    /// <returns>Whether the code is valid.</returns>
    public static bool TryFrom(decimal amount, string? currency, out Money money)
    {
        if (currency is { Length: 3 } && char.IsAsciiLetter(currency[0]) && char.IsAsciiLetter(currency[1]) && char.IsAsciiLetter(currency[2]))
        {
            money = new Money(amount, currency.ToUpperInvariant());
            return true;
        }

        money = default;
        return false;
    }

    /// <summary>Makes an amount.</summary>
    /// <param name="amount">The amount; may be negative (refunds).</param>
    /// <param name="currency">An ISO 4217 code such as "CNY" or "USD"; lower case is upper-cased.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three ASCII letters.</exception>
    public static Money From(decimal amount, string currency) => TryFrom(amount, currency, out var m)
        ? m
        : throw new ArgumentException($"A currency must be an ISO 4217 code of three letters such as \"CNY\"; got \"{currency}\".", nameof(currency));

    /// <summary>Zero in a currency.</summary>
    /// <param name="currency">An ISO 4217 code.</param>
    /// <returns>0 of that currency.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three ASCII letters.</exception>
    public static Money Zero(string currency) => From(0m, currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public Money Add(Money other) => new(Amount + other.Amount, SameCurrency(other));

    /// <summary>Subtracts an amount of the same currency.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public Money Subtract(Money other) => new(Amount - other.Amount, SameCurrency(other));

    /// <summary>Multiplies the amount by a factor.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The scaled amount, same currency.</returns>
    public Money Multiply(decimal factor) => new(Amount * factor, Currency);

    /// <summary>Adds two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) => left.Add(right);

    /// <summary>Subtracts two amounts of the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right) => left.Subtract(right);

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="money">The amount.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The scaled amount.</returns>
    public static Money operator *(Money money, decimal factor) => money.Multiply(factor);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        SameCurrency(other);
        return Amount.CompareTo(other.Amount);
    }

    /// <summary>The amount and currency, invariant culture, e.g. "1500.00 CNY".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.00##} {Currency}");

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when left &lt; right.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when left &gt; right.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when left ≤ right.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two amounts of one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>True when left ≥ right.</returns>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    private string SameCurrency(Money other) =>
        string.Equals(Currency, other.Currency, StringComparison.Ordinal)
            ? Currency
            : throw new ArgumentException($"Cannot combine {Currency} with {other.Currency}: convert explicitly first.", nameof(other));
}

using System.Globalization;
using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Value;

/// <summary>One row of the value dashboard: a cost figure paired with the value it created (one after-sales network's "cost centre vs value
/// centre" table).</summary>
public sealed record ValueLine
{
    /// <summary>Makes a row.</summary>
    /// <param name="key">A stable key; the labels are the resources <c>value.{key}.cost</c> and <c>value.{key}.value</c>
    /// (the row key itself when missing).</param>
    /// <param name="cost">The cost figure, ≥ 0; null when the cost is not a money amount (e.g. "repairs free or cheap").</param>
    /// <param name="valueCreated">The value it created, ≥ 0 (complaints avoided, referrals, repurchases, engineering feedback).</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is blank, or the currencies differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative.</exception>
    public ValueLine(string key, Money? cost, Money valueCreated)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (cost is { Amount: < 0m } || valueCreated.Amount < 0m)
        {
            throw new ArgumentOutOfRangeException(cost is { Amount: < 0m } ? nameof(cost) : nameof(valueCreated), "Amounts on the value dashboard must not be negative.");
        }

        if (cost is { } c && !string.Equals(c.Currency, valueCreated.Currency, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Cannot pair {c.Currency} with {valueCreated.Currency}: convert explicitly first.", nameof(valueCreated));
        }

        Key = key;
        Cost = cost;
        ValueCreated = valueCreated;
    }

    /// <summary>The stable key.</summary>
    public string Key { get; }

    /// <summary>The cost figure, or null.</summary>
    public Money? Cost { get; }

    /// <summary>The value created.</summary>
    public Money ValueCreated { get; }

    /// <summary>Value ÷ cost (one after-sales network: 2亿 avoided ÷ 80万 quarterly loss = 250×), or null without a positive cost.</summary>
    public double? Multiple => Cost is { Amount: > 0m } c ? (double)(ValueCreated.Amount / c.Amount) : null;

    /// <summary>The localised label of the cost side.</summary>
    /// <param name="culture">The culture; null means English.</param>
    /// <returns>The label.</returns>
    public string CostLabel(CultureInfo? culture) => ScorecardText.TryGet($"value.{Key}.cost", culture) ?? Key;

    /// <summary>The localised label of the value side.</summary>
    /// <param name="culture">The culture; null means English.</param>
    /// <returns>The label.</returns>
    public string ValueLabel(CultureInfo? culture) => ScorecardText.TryGet($"value.{Key}.value", culture) ?? Key;
}

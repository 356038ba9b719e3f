using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Deterministic;

/// <summary>
/// A customer's (or a household's) value as a list of <see cref="ValueStream"/>s in one currency: totals by kind and by
/// status, and shares. Immutable; <see cref="Add"/> and <see cref="Merge"/> return new breakdowns, so partial breakdowns
/// (one per family member, one per year) compose into the whole — one after-sales network's "family value matrix".
/// </summary>
/// <remarks>
/// One after-sales network's two-year example: maintenance 4 × ¥1,500 + film ¥3,800 + extended warranty ¥8,800 + parts ¥2,400 =
/// ¥21,000 of services, plus family (¥18,000) and referrals (¥12,000) = ¥30,000, in all ¥51,000.
/// </remarks>
public sealed class ValueBreakdown
{
    private readonly ValueStream[] _streams;

    private ValueBreakdown(string currency, ValueStream[] streams)
    {
        Currency = currency;
        _streams = streams;
        var total = 0m;
        var realised = 0m;
        foreach (var s in streams)
        {
            total += s.Amount.Amount;
            realised += s.Status == ValueStatus.Realised ? s.Amount.Amount : 0m;
        }

        Total = Money.From(total, currency);
        Realised = Money.From(realised, currency);
        Potential = Money.From(total - realised, currency);
    }

    /// <summary>The ISO 4217 currency of every stream.</summary>
    public string Currency { get; }

    /// <summary>The streams, in the order they were added.</summary>
    public IReadOnlyList<ValueStream> Streams => _streams;

    /// <summary>The sum of every stream.</summary>
    public Money Total { get; }

    /// <summary>The sum of the realised streams.</summary>
    public Money Realised { get; }

    /// <summary>The sum of the potential streams.</summary>
    public Money Potential { get; }

    /// <summary>An empty breakdown.</summary>
    /// <param name="currency">An ISO 4217 code such as "CNY".</param>
    /// <returns>A breakdown without streams, totalling 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is not three letters.</exception>
    public static ValueBreakdown Empty(string currency) => new(Money.Zero(currency).Currency, []);

    /// <summary>A breakdown of the given streams.</summary>
    /// <param name="currency">An ISO 4217 code; every stream must be in it.</param>
    /// <param name="streams">The streams.</param>
    /// <returns>The breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="streams"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is invalid, or a stream is in another currency.</exception>
    public static ValueBreakdown Of(string currency, IEnumerable<ValueStream> streams) => Empty(currency).AddRange(streams);

    /// <summary>A copy with one more stream.</summary>
    /// <param name="stream">The stream, in <see cref="Currency"/>.</param>
    /// <returns>The new breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream is in another currency.</exception>
    public ValueBreakdown Add(ValueStream stream) => AddRange([stream]);

    /// <summary>A copy with more streams.</summary>
    /// <param name="streams">The streams, in <see cref="Currency"/>.</param>
    /// <returns>The new breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="streams"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A stream is in another currency.</exception>
    public ValueBreakdown AddRange(IEnumerable<ValueStream> streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var list = new List<ValueStream>(_streams);
        foreach (var s in streams)
        {
            ArgumentNullException.ThrowIfNull(s, nameof(streams));
            if (!string.Equals(s.Amount.Currency, Currency, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Every stream must be in {Currency}; got {s.Amount}.", nameof(streams));
            }

            list.Add(s);
        }

        return new ValueBreakdown(Currency, [.. list]);
    }

    /// <summary>The breakdown of both: this one's streams followed by <paramref name="other"/>'s (associative; totals commute).</summary>
    /// <param name="other">Another breakdown in the same currency.</param>
    /// <returns>The merged breakdown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The currencies differ.</exception>
    public ValueBreakdown Merge(ValueBreakdown other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return AddRange(other._streams);
    }

    /// <summary>The sum of the streams of the given kinds.</summary>
    /// <param name="kinds">The kinds; none gives 0.</param>
    /// <returns>The sum in <see cref="Currency"/>.</returns>
    public Money Of(params ValueStreamKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var sum = 0m;
        foreach (var s in _streams)
        {
            sum += Array.IndexOf(kinds, s.Kind) >= 0 ? s.Amount.Amount : 0m;
        }

        return Money.From(sum, Currency);
    }

    /// <summary>The share of the total held by the streams of the given kinds (one after-sales network: family + referrals are 40–60 % of CLV).</summary>
    /// <param name="kinds">The kinds.</param>
    /// <returns>The share, or null when the total is 0 (a share of nothing is undefined).</returns>
    public Fraction? ShareOf(params ValueStreamKind[] kinds) => Total.Amount == 0m
        ? null
        : Fraction.From((double)(Of(kinds).Amount / Total.Amount));

    /// <summary>
    /// The return multiple of an investment that produced this value: <see cref="Total"/> / <paramref name="investment"/>.
    /// One after-sales network: a ¥1,150 rescue led to ¥2.1M of referred purchases at 10 % net margin, ¥210,000 ÷ ¥1,150 ≈ 182×.
    /// </summary>
    /// <param name="investment">What was spent, in <see cref="Currency"/>; &gt; 0.</param>
    /// <returns>The multiple (value per unit spent; subtract 1 for the net return).</returns>
    /// <exception cref="ArgumentException">The currency differs.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="investment"/> is not positive.</exception>
    public decimal ReturnOn(Money investment)
    {
        if (!string.Equals(investment.Currency, Currency, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The investment must be in {Currency}; got {investment}.", nameof(investment));
        }

        return investment.Amount > 0m
            ? Total.Amount / investment.Amount
            : throw new ArgumentOutOfRangeException(nameof(investment), investment, "The investment must be > 0.");
    }

    /// <summary>The total of each kind present, in the order of <see cref="ValueStreamKind"/>.</summary>
    /// <returns>One entry per kind with at least one stream.</returns>
    public IReadOnlyList<KeyValuePair<ValueStreamKind, Money>> ByKind() =>
        _streams.Select(s => s.Kind).Distinct().Order().Select(k => KeyValuePair.Create(k, Of(k))).ToArray();
}

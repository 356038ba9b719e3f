namespace CustomerLifecycle.Core;

/// <summary>An answer to "how likely are you to recommend us?" on the 0–10 scale.</summary>
/// <remarks>
/// 9–10 is a promoter, 7–8 a passive, 0–6 a detractor (Reichheld 2003; see docs/concepts/nps.md).
/// The default value is a score of 0.
/// </remarks>
public readonly record struct LikelihoodScore : IComparable<LikelihoodScore>
{
    /// <summary>The lowest score, 0.</summary>
    public const int MinValue = 0;

    /// <summary>The highest score, 10.</summary>
    public const int MaxValue = 10;

    private LikelihoodScore(int value) => Value = value;

    /// <summary>The score, 0–10.</summary>
    public int Value { get; }

    /// <summary>The score's category: promoter (9–10), passive (7–8) or detractor (0–6).</summary>
    public NpsCategory Category => Classify(Value);

    /// <summary>Makes a score, or reports that the value is outside 0–10.</summary>
    /// <param name="value">The score.</param>
    /// <param name="score">The score, or <c>default</c> when out of range.</param>
    /// <returns>Whether the value is 0–10.</returns>
    public static bool TryFrom(int value, out LikelihoodScore score)
    {
        var ok = value is >= MinValue and <= MaxValue;
        score = ok ? new LikelihoodScore(value) : default;
        return ok;
    }

    /// <summary>Makes a score.</summary>
    /// <param name="value">The score, 0–10.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 0–10.</exception>
    public static LikelihoodScore From(int value) => TryFrom(value, out var s)
        ? s
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"A likelihood score must be {MinValue}–{MaxValue}; got {value}.");

    /// <summary>The category of a raw 0–10 score.</summary>
    /// <param name="value">The score, 0–10.</param>
    /// <returns>Promoter for 9–10, passive for 7–8, detractor for 0–6.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is outside 0–10.</exception>
    public static NpsCategory Classify(int value) => value switch
    {
        >= 9 and <= MaxValue => NpsCategory.Promoter,
        >= 7 and <= 8 => NpsCategory.Passive,
        >= MinValue and <= 6 => NpsCategory.Detractor,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, $"A likelihood score must be {MinValue}–{MaxValue}; got {value}."),
    };

    /// <inheritdoc/>
    public int CompareTo(LikelihoodScore other) => Value.CompareTo(other.Value);

    /// <summary>The score as a number.</summary>
    /// <returns>The score, e.g. "9".</returns>
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Compares two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>True when left &lt; right.</returns>
    public static bool operator <(LikelihoodScore left, LikelihoodScore right) => left.Value < right.Value;

    /// <summary>Compares two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>True when left &gt; right.</returns>
    public static bool operator >(LikelihoodScore left, LikelihoodScore right) => left.Value > right.Value;

    /// <summary>Compares two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>True when left ≤ right.</returns>
    public static bool operator <=(LikelihoodScore left, LikelihoodScore right) => left.Value <= right.Value;

    /// <summary>Compares two scores.</summary>
    /// <param name="left">The first score.</param>
    /// <param name="right">The second score.</param>
    /// <returns>True when left ≥ right.</returns>
    public static bool operator >=(LikelihoodScore left, LikelihoodScore right) => left.Value >= right.Value;
}

using System.Globalization;

namespace CustomerLifecycle.Scorecards.Trust;

/// <summary>A touchpoint on a customer's trust curve and how it changed trust.</summary>
public sealed record TrustTouchpoint
{
    /// <summary>Makes a touchpoint.</summary>
    /// <param name="label">What happened, e.g. "first service: patient explanation".</param>
    /// <param name="change">Points to add (may be negative), or the rate (&gt; −1) to compound by, per <paramref name="kind"/>.</param>
    /// <param name="kind">How <paramref name="change"/> applies.</param>
    /// <exception cref="ArgumentException"><paramref name="label"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="change"/> is not finite, or a rate is ≤ −1; or <paramref name="kind"/> is not defined.</exception>
    public TrustTouchpoint(string label, double change, TrustChangeKind kind = TrustChangeKind.Points)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        if (kind is not (TrustChangeKind.Points or TrustChangeKind.Rate))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown trust change kind.");
        }

        if (!double.IsFinite(change) || (kind == TrustChangeKind.Rate && change <= -1d))
        {
            throw new ArgumentOutOfRangeException(nameof(change), change, $"A trust change must be finite (a rate greater than −1); got {change.ToString(CultureInfo.InvariantCulture)}.");
        }

        Label = label;
        Change = change;
        Kind = kind;
    }

    /// <summary>What happened.</summary>
    public string Label { get; }

    /// <summary>Points added, or the compounding rate.</summary>
    public double Change { get; }

    /// <summary>How <see cref="Change"/> applies.</summary>
    public TrustChangeKind Kind { get; }
}

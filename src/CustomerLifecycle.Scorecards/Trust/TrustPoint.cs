namespace CustomerLifecycle.Scorecards.Trust;

/// <summary>Trust after a touchpoint.</summary>
public sealed record TrustPoint
{
    internal TrustPoint(string label, double trust)
    {
        Label = label;
        Trust = trust;
    }

    /// <summary>The touchpoint ("start" for the initial value).</summary>
    public string Label { get; }

    /// <summary>Trust after it, ≥ 0 (unbounded above: one after-sales network's practice speaks of trust "&gt; 100").</summary>
    public double Trust { get; }
}

namespace CustomerLifecycle.Scorecards.Trust;

/// <summary>Trust after a touchpoint.</summary>
/// <param name="Label">The touchpoint ("start" for the initial value).</param>
/// <param name="Trust">Trust after it, ≥ 0 (unbounded above: one after-sales network's practice speaks of trust "&gt; 100").</param>
public sealed record TrustPoint(string Label, double Trust);

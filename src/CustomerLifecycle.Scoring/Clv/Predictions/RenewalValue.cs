namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>A contractual customer's discounted expected residual lifetime (DERL) at one renewal decision.</summary>
/// <param name="Renewal">
/// n ≥ 1: the customer is at the end of contract period n, has renewed n − 1 times and faces the n-th renewal decision
/// (Fader &amp; Hardie 2010 count the same way).
/// </param>
/// <param name="Value">DERL in discounted periods, finite and ≥ 0; times the margin per period, the customer's residual value.</param>
public sealed record RenewalValue(int Renewal, double Value);

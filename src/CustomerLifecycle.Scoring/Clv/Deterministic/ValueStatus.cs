namespace CustomerLifecycle.Scoring.Clv.Deterministic;

/// <summary>Whether a value has been earned already or is expected (seed 004: "realised value + potential value").</summary>
public enum ValueStatus
{
    /// <summary>Earned: money already received.</summary>
    Realised = 0,

    /// <summary>Expected in the future: an estimate.</summary>
    Potential = 1,
}

namespace CustomerLifecycle.Scoring.Clv.Deterministic;

/// <summary>Whether a value has been earned already or is expected (one after-sales network: "realised value + potential value").</summary>
public enum ValueStatus
{
    /// <summary>Earned: money already received.</summary>
    Realised = 0,

    /// <summary>Expected in the future: an estimate.</summary>
    Potential = 1,
}

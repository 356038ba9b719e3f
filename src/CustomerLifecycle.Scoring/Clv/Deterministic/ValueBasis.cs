namespace CustomerLifecycle.Scoring.Clv.Deterministic;

/// <summary>Which of a customer's values a ranking uses.</summary>
public enum ValueBasis
{
    /// <summary>The value already earned (one after-sales network: "the customers who spent the most").</summary>
    Realised = 0,

    /// <summary>The value still expected.</summary>
    Potential = 1,

    /// <summary>Realised plus potential.</summary>
    Total = 2,
}

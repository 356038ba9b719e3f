namespace CustomerLifecycle.Data.Models;

/// <summary>What is wrong with a saved fitted model.</summary>
public enum FittedModelProblem
{
    /// <summary>The text is not a fitted-model document (not JSON, a field missing or of the wrong kind, a newer format version).</summary>
    Format = 0,

    /// <summary>The model id is unknown, or a parameter is missing, extra or not a finite number &gt; 0.</summary>
    Parameters = 1,

    /// <summary>The fit did not converge and the caller did not opt in to unconverged fits.</summary>
    NotConverged = 2,

    /// <summary>The model was fitted in another time unit than the data to predict for.</summary>
    UnitMismatch = 3,
}

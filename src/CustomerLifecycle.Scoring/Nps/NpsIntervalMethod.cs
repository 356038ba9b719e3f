namespace CustomerLifecycle.Scoring.Nps;

/// <summary>How a confidence interval for NPS is computed.</summary>
public enum NpsIntervalMethod
{
    /// <summary>
    /// Adjusted Wald (Rocks 2016): add ¾ promoter, 1½ passives and ¾ detractor (3 pseudo-responses), then a Wald interval
    /// around the adjusted NPS. Accurate coverage for small samples; the default.
    /// </summary>
    AdjustedWald = 0,

    /// <summary>Plain Wald: NPS ± z·√((p + d − (p − d)²)/n). Degenerate (zero width) when every answer falls in one category.</summary>
    Wald = 1,
}

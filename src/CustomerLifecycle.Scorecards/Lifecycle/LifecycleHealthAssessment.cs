namespace CustomerLifecycle.Scorecards.Lifecycle;

/// <summary>The result of <see cref="LifecycleHealthAssessor.Evaluate"/>: the banded stages, the count of excellent stages and the diagnosis.</summary>
public sealed record LifecycleHealthAssessment
{
    internal LifecycleHealthAssessment(Scorecard scorecard, int excellentCount, LifecycleDiagnosis diagnosis)
    {
        Scorecard = scorecard;
        ExcellentCount = excellentCount;
        Diagnosis = diagnosis;
    }

    /// <summary>The five stage metrics (acquisition, activation, retention, revenue, referral) and the verdict.</summary>
    public Scorecard Scorecard { get; }

    /// <summary>How many stages are in their best band (an undefined metric is not excellent).</summary>
    public int ExcellentCount { get; }

    /// <summary>The diagnosis by that count.</summary>
    public LifecycleDiagnosis Diagnosis { get; }
}

namespace CustomerLifecycle.Scorecards.Lifecycle;

/// <summary>The result of <see cref="LifecycleHealthAssessor.Evaluate"/>: the banded stages, the count of excellent stages and the diagnosis.</summary>
/// <param name="Scorecard">The five stage metrics (acquisition, activation, retention, revenue, referral) and the verdict.</param>
/// <param name="ExcellentCount">How many stages are in their best band (an undefined metric is not excellent).</param>
/// <param name="Diagnosis">The diagnosis by that count.</param>
public sealed record LifecycleHealthAssessment(Scorecard Scorecard, int ExcellentCount, LifecycleDiagnosis Diagnosis);

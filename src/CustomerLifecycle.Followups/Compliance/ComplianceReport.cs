using NodaTime;

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>SLA compliance of a set of planned tasks against a completion log, at an evaluation instant.</summary>
/// <param name="EvaluatedAt">The evaluation instant: completions after it are not counted, deadlines after it are not yet due.</param>
/// <param name="Clock">Which hours counted towards targets and lateness.</param>
/// <param name="Tasks">Every task's outcome, ordered by deadline, then key (ordinal).</param>
/// <param name="Overall">The rate over every task.</param>
/// <param name="ByStep">The rate per step, ordered by step name (ordinal).</param>
/// <param name="BySegment">The rate per customer segment, ordered by segment name (ordinal); tasks in no segment are left out. Empty without a segment function.</param>
/// <param name="Rejected">Completion-log entries that were not counted, in log order, each with a code and reason.</param>
public sealed record ComplianceReport(
    Instant EvaluatedAt,
    SlaClock Clock,
    IReadOnlyList<TaskCompliance> Tasks,
    ComplianceRate Overall,
    IReadOnlyList<KeyValuePair<string, ComplianceRate>> ByStep,
    IReadOnlyList<KeyValuePair<string, ComplianceRate>> BySegment,
    IReadOnlyList<RejectedCompletion> Rejected)
{
    /// <summary>The rate of one step, optionally within one segment (e.g. step "callback" in segment "first_time").</summary>
    /// <param name="step">The step's name (ordinal).</param>
    /// <param name="segment">The segment, or null for every task of the step.</param>
    /// <returns>The rate; empty (undefined rate) when no task matches.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public ComplianceRate RateOf(string step, string? segment = null)
    {
        ArgumentNullException.ThrowIfNull(step);
        return ComplianceRate.Of(Tasks.Where(t =>
            string.Equals(t.Step, step, StringComparison.Ordinal)
            && (segment is null || string.Equals(t.Segment, segment, StringComparison.Ordinal))));
    }
}

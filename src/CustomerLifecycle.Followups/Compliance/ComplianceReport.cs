using NodaTime;

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>SLA compliance of a set of planned tasks against a completion log, at an evaluation instant.</summary>
public sealed record ComplianceReport
{
    internal ComplianceReport(Instant evaluatedAt, SlaClock clock, IReadOnlyList<TaskCompliance> tasks, ComplianceRate overall, IReadOnlyList<KeyValuePair<string, ComplianceRate>> byStep, IReadOnlyList<KeyValuePair<string, ComplianceRate>> bySegment, IReadOnlyList<RejectedCompletion> rejected)
    {
        EvaluatedAt = evaluatedAt;
        Clock = clock;
        Tasks = tasks;
        Overall = overall;
        ByStep = byStep;
        BySegment = bySegment;
        Rejected = rejected;
    }

    /// <summary>The evaluation instant: completions after it are not counted, deadlines after it are not yet due.</summary>
    public Instant EvaluatedAt { get; }

    /// <summary>Which hours counted towards targets and lateness.</summary>
    public SlaClock Clock { get; }

    /// <summary>Every task's outcome, ordered by deadline, then key (ordinal).</summary>
    public IReadOnlyList<TaskCompliance> Tasks { get; }

    /// <summary>The rate over every task.</summary>
    public ComplianceRate Overall { get; }

    /// <summary>The rate per step, ordered by step name (ordinal).</summary>
    public IReadOnlyList<KeyValuePair<string, ComplianceRate>> ByStep { get; }

    /// <summary>The rate per customer segment, ordered by segment name (ordinal); tasks in no segment are left out. Empty without a segment function.</summary>
    public IReadOnlyList<KeyValuePair<string, ComplianceRate>> BySegment { get; }

    /// <summary>Completion-log entries that were not counted, in log order, each with a code and reason.</summary>
    public IReadOnlyList<RejectedCompletion> Rejected { get; }

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

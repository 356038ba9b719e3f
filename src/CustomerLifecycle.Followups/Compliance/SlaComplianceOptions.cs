using NodaTime;

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>Options of <see cref="SlaComplianceEvaluator"/>: which clock counts, per-step SLA targets and a grace period.</summary>
public sealed record SlaComplianceOptions
{
    /// <summary>The step name of the +24 h advisor callback, used by the default target.</summary>
    public const string CallbackStep = Cadences.Callback;

    /// <summary>Whether calendar hours or only business hours count towards targets and lateness.</summary>
    /// <value><see cref="SlaClock.CalendarHours"/>.</value>
    public SlaClock Clock { get; set; } = SlaClock.CalendarHours;

    /// <summary>
    /// SLA targets by step name (ordinal): the task's deadline is its anchor event (e.g. the end of the service) plus the
    /// target, in <see cref="Clock"/>. Steps without a target, or whose anchor is unknown, are due by the task's own deadline
    /// (the planner's SLA deadline or the end of its allowed window) plus <see cref="GracePeriod"/>. Targets must be positive.
    /// </summary>
    /// <value><see cref="Cadences.Callback"/> → 24 hours: "first-time customers called back within 24 h" of the service (the activation dashboard's measure).</value>
    public IDictionary<string, Duration> Targets { get; set; } = new Dictionary<string, Duration>(StringComparer.Ordinal)
    {
        [CallbackStep] = Duration.FromHours(24),
    };

    /// <summary>Extra time after a task's own deadline before a step without a target counts as late; ≥ 0, in <see cref="Clock"/>.</summary>
    /// <value>Zero.</value>
    public Duration GracePeriod { get; set; } = Duration.Zero;
}

using NodaTime;

namespace CustomerLifecycle.Followups;

/// <summary>Options of <see cref="FollowupPlanner"/>: the cadence steps and the planner-wide limits.</summary>
/// <remarks>Every default follows one after-sales network's practice and may be overridden; <see cref="CadenceOptionsValidator"/> checks them.</remarks>
public sealed record CadenceOptions
{
    /// <summary>The steps to plan; names unique.</summary>
    /// <value>A fresh copy of <see cref="Cadences.Default"/>: pre-appointment, during service, golden flow, retention and the survey closed loop.</value>
    public IList<FollowupStep> Steps { get; set; } = [.. Cadences.Default()];

    /// <summary>The most non-mandatory tasks per customer in any <see cref="CapWindow"/>; 0–1000 (0: only mandatory tasks).</summary>
    /// <value>4: the golden flow's survey, callback, voice message and usage advice fit in one week.</value>
    public int MaxNonMandatoryContacts { get; set; } = 4;

    /// <summary>The rolling window of the frequency cap: a task counts against the tasks due in (due − window, due]; 1 hour–366 days.</summary>
    /// <value>7 days.</value>
    public Duration CapWindow { get; set; } = Duration.FromDays(7);

    /// <summary>A service lasting longer than this is a long repair (daily updates instead of 30-minute progress); 1 hour–366 days.</summary>
    /// <value>3 days.</value>
    public Duration LongRepairThreshold { get; set; } = Duration.FromDays(3);

    /// <summary>When a postponed repair is raised again if the advice names no date: the advice plus this calendar period; 1 day–5 years, positive.</summary>
    /// <value>3 months.</value>
    public Period DeferredRepairDelay { get; set; } = Period.FromMonths(3);

    /// <summary>How much allowed time a task moved earlier keeps before the allowed stretch ends (a reminder moved out of the
    /// night lands this long before quiet hours start); 1 minute–12 hours.</summary>
    /// <value>1 hour.</value>
    public Duration MoveEarlierLead { get; set; } = Duration.FromHours(1);

    /// <summary>The longest allowed window reported for a task without a deadline; 1 minute–31 days.</summary>
    /// <value>1 day.</value>
    public Duration MaxWindow { get; set; } = Duration.FromDays(1);
}

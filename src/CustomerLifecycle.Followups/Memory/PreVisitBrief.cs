using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Followups.Memory;

/// <summary>What the advisor should know before one upcoming appointment: the person behind the car, as data.</summary>
/// <param name="Customer">Whose appointment.</param>
/// <param name="AppointmentId">The appointment.</param>
/// <param name="Slot">The appointment's current slot start.</param>
/// <param name="Task">The <see cref="Cadences.PreVisitBrief"/> task that asks the advisor to read it, or null when the plan has none.</param>
/// <param name="ActOn">Notes flagged "act at next visit" that hold at the slot and that no visit has consumed yet, oldest first.</param>
/// <param name="Remember">The other notes that hold at the slot, oldest first.</param>
/// <param name="DeferredWork">Postponed repairs advised before the slot, oldest first.</param>
/// <param name="OpenDetractorLoops">Detractor recovery tasks not done yet.</param>
/// <param name="LastSurvey">The customer's latest survey answer before the slot, or null.</param>
/// <param name="OpenTasks">The customer's other follow-up tasks due before the slot and not done yet, by due time.</param>
public sealed record PreVisitBrief(
    CustomerId Customer,
    string AppointmentId,
    Instant Slot,
    PlannedTask? Task,
    IReadOnlyList<CustomerNote> ActOn,
    IReadOnlyList<CustomerNote> Remember,
    IReadOnlyList<DeferredWork> DeferredWork,
    IReadOnlyList<PlannedTask> OpenDetractorLoops,
    SurveyAnswer? LastSurvey,
    IReadOnlyList<PlannedTask> OpenTasks)
{
    /// <summary>Whether the brief has anything in it.</summary>
    public bool IsEmpty => ActOn.Count == 0 && Remember.Count == 0 && DeferredWork.Count == 0 && OpenDetractorLoops.Count == 0 && LastSurvey is null && OpenTasks.Count == 0;
}

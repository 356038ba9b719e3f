using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Followups.Memory;

/// <summary>Builds the pre-visit brief of every upcoming appointment from the events and the plan made from them.</summary>
/// <remarks>
/// <para>An appointment is upcoming when its latest booking event is a booking or reschedule (not a cancellation) and its
/// slot is after <c>now</c>. A note holds at the slot when it was recorded before it and has not expired by then; an
/// "act at next visit" note is consumed by a completed service or visit after it was recorded; a deferred-work note recorded
/// with a postponed repair is shown as what was said about it. Notes and comments are
/// data: the builder reads them and never logs them.</para>
/// </remarks>
public static class PreVisitBriefs
{
    /// <summary>The briefs of the upcoming appointments, by slot then customer.</summary>
    /// <param name="events">The events the plan was made from (any customers, any order).</param>
    /// <param name="plan">The plan made from them (its <see cref="Cadences.PreVisitBrief"/> tasks and open tasks are shown).</param>
    /// <param name="now">The planning instant.</param>
    /// <param name="doneTaskKeys">Keys of tasks already carried out, or null for none.</param>
    /// <returns>One brief per upcoming appointment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/>, an event or <paramref name="plan"/> is null.</exception>
    public static IReadOnlyList<PreVisitBrief> Build(IEnumerable<FollowupEvent> events, FollowupPlan plan, Instant now, IEnumerable<string>? doneTaskKeys = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(plan);
        var done = doneTaskKeys is null ? [] : new HashSet<string>(doneTaskKeys, StringComparer.Ordinal);
        var tasks = plan.Tasks.Where(t => !done.Contains(t.Key)).ToLookup(t => t.Customer);
        var briefs = new List<PreVisitBrief>();
        foreach (var customer in events.Select(e => e ?? throw new ArgumentNullException(nameof(events))).GroupBy(e => e.Customer))
        {
            var history = customer.OrderBy(e => e.At).ToList();
            foreach (var (id, slot) in Upcoming(history, now))
            {
                briefs.Add(Brief(customer.Key, id, slot, history, tasks[customer.Key]));
            }
        }

        briefs.Sort((a, b) => a.Slot.CompareTo(b.Slot) is var c && c != 0 ? c : a.Customer.CompareTo(b.Customer));
        return briefs;
    }

    private static IEnumerable<(string Id, Instant Slot)> Upcoming(List<FollowupEvent> history, Instant now)
    {
        var latest = new Dictionary<string, FollowupEvent>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var e in history.Where(e => e.Kind is FollowupEventKind.Booked or FollowupEventKind.Rescheduled or FollowupEventKind.Cancelled))
        {
            if (latest.TryAdd(e.AppointmentId!, e))
            {
                order.Add(e.AppointmentId!);
            }
            else
            {
                latest[e.AppointmentId!] = e;
            }
        }

        return order.Select(id => latest[id]).Where(e => e.Kind != FollowupEventKind.Cancelled && e.ScheduledFor > now).Select(e => (e.AppointmentId!, e.ScheduledFor!.Value));
    }

    private static PreVisitBrief Brief(CustomerId customer, string appointmentId, Instant slot, List<FollowupEvent> history, IEnumerable<PlannedTask> open)
    {
        var visits = history.Where(e => e.Kind is FollowupEventKind.ServiceCompleted or FollowupEventKind.Visit).Select(e => e.At).ToList();
        var notes = history.Where(e => e.Kind == FollowupEventKind.Note && e.Note!.HoldsAt(slot)).Select(e => e.Note!).ToList();
        var actOn = notes.Where(n => n.ActAtNextVisit && !visits.Any(v => v > n.RecordedAt)).ToList();
        var repairs = history.Where(e => e.Kind == FollowupEventKind.DeferredRepair && e.At < slot).ToList();
        var said = notes.Where(n => n.Kind == NoteKind.DeferredWork && repairs.Any(r => r.At == n.RecordedAt)).ToList();
        var remember = notes.Where(n => !n.ActAtNextVisit && !said.Contains(n)).ToList();
        var deferred = repairs.Select(e => new DeferredWork(e.At, e.ScheduledFor, said.FirstOrDefault(n => n.RecordedAt == e.At)?.Text)).ToList();
        var survey = history.LastOrDefault(e => e.Kind == FollowupEventKind.Survey && e.At < slot);
        var mine = open.ToList();
        var briefTask = mine.FirstOrDefault(t => t.Step == Cadences.PreVisitBrief && t.AppointmentId == appointmentId);
        return new PreVisitBrief(
            customer,
            appointmentId,
            slot,
            briefTask,
            actOn,
            remember,
            deferred,
            [.. mine.Where(t => t.Step == Cadences.DetractorRecovery)],
            survey is null ? null : new SurveyAnswer(survey.At, survey.Score!.Value, survey.Comment),
            [.. mine.Where(t => t.Due < slot && t.Step != Cadences.PreVisitBrief && t.Step != Cadences.DetractorRecovery && t.AppointmentId != appointmentId)]);
    }
}

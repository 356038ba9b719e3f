using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Followups.Calendar;
using NodaTime;
using NodaTime.Text;

namespace CustomerLifecycle.Followups;

/// <summary>Plans one customer's tasks (the body of <see cref="FollowupPlanner"/>); used once and thrown away.</summary>
internal sealed class CustomerPlanning
{
    private static readonly InstantPattern InstantText = InstantPattern.ExtendedIso;

    private readonly CadenceOptions _options;
    private readonly FollowupStep[] _steps;
    private readonly ContactCalendar _calendar;
    private readonly Instant _now;
    private readonly List<FollowupEvent> _events;
    private readonly CustomerId _customer;
    private readonly DateTimeZone _zone;
    private readonly List<Instant> _visits = [];
    private readonly Dictionary<(FollowupFlow, string), Instant> _flowLast = [];

    public CustomerPlanning(CadenceOptions options, FollowupStep[] steps, ContactCalendar calendar, Instant now, List<FollowupEvent> events)
    {
        _options = options;
        _steps = steps;
        _calendar = calendar;
        _now = now;
        _customer = events[0].Customer;
        DateTimeZone? zone = null;
        foreach (var e in events)
        {
            if (e.At > now)
            {
                throw new ArgumentException($"The event {e.Kind} of customer \"{e.Customer}\" at {e.At} is after now ({now}).", nameof(events));
            }

            zone = e.Zone ?? zone;
        }

        _zone = zone ?? calendar.DefaultZone;

        // Stable order by instant: ties keep input order (most inputs are already in order: no sort then).
        var sorted = true;
        for (var i = 1; i < events.Count && sorted; i++)
        {
            sorted = events[i - 1].At <= events[i].At;
        }

        _events = sorted ? events : [.. events.Select((e, i) => (e, i)).OrderBy(x => x.e.At).ThenBy(x => x.i).Select(x => x.e)];
        foreach (var e in _events)
        {
            if (e.Kind is FollowupEventKind.ServiceCompleted or FollowupEventKind.Visit)
            {
                _visits.Add(e.At);
            }
        }
    }

    public void Run(List<PlannedTask> tasks, List<SuppressedTask> suppressed)
    {
        var anchors = Anchors(out var cancelled);
        var planned = new Dictionary<string, PlannedTask>(StringComparer.Ordinal);
        var dropped = new List<SuppressedTask>();
        foreach (var step in _steps)
        {
            foreach (var anchor in anchors)
            {
                if (anchor.Kind == step.Anchor && Matches(step.Audience, anchor))
                {
                    PlanStep(step, anchor, planned, dropped);
                }
            }
        }

        var kept = planned.Values.Where(t => t.AppointmentId is null || !cancelled.Contains(t.AppointmentId)).ToList();
        kept.Sort(TaskOrder.Instance);
        var window = new Queue<Instant>();
        foreach (var t in kept)
        {
            if (t.Mandatory)
            {
                tasks.Add(t);
                continue;
            }

            while (window.Count > 0 && window.Peek() <= t.Due - _options.CapWindow)
            {
                window.Dequeue();
            }

            if (window.Count >= _options.MaxNonMandatoryContacts)
            {
                dropped.Add(new SuppressedTask(t, SuppressionReason.FrequencyCap,
                    $"{window.Count} non-mandatory contacts already planned in the {Hours(_options.CapWindow)} before"));
                continue;
            }

            window.Enqueue(t.Due);
            tasks.Add(t);
        }

        suppressed.AddRange(dropped.Where(s => s.Task.AppointmentId is null || !cancelled.Contains(s.Task.AppointmentId)));
    }

    private void PlanStep(FollowupStep step, Anchor anchor, Dictionary<string, PlannedTask> planned, List<SuppressedTask> dropped)
    {
        var rules = ContactRules.Of(step);
        var first = step.Offset.From(anchor.At, _zone);
        var before = step.Anchor == StepAnchor.Booking || (step.Anchor == StepAnchor.AppointmentStart && step.Offset.IsBefore) ? anchor.Slot : null;
        var mandatory = step.Mandatory || (step.MandatoryOnFirstVisit && anchor.FirstVisit);
        for (var k = 0; k < step.MaxOccurrences; k++)
        {
            var ideal = step.RepeatEvery is { } every ? first + (every * k) : first;
            if (step.RepeatEvery is { } r
                && (anchor.Until is { } until ? ideal >= until : k > 0 && ideal > Max(_now, anchor.At) + r))
            {
                break;
            }

            var key = Key(step.Name, anchor.Ref, k);
            var deadline = step.CompleteWithin is { } cw ? ideal + cw : (Instant?)null;
            var escalate = step.EscalateAfter is { } ea ? ideal + ea : (Instant?)null;

            PlannedTask Make(Instant due, Instant windowEnd) => new(
                key, _customer, step.Name, step.Flow, step.Channel, ideal, due, windowEnd, due.InZone(_zone).LocalDateTime, _zone.Id,
                mandatory, anchor.Reason, anchor.AppointmentId, k, deadline, escalate);

            void Suppress(SuppressionReason reason, string detail) =>
                dropped.Add(new SuppressedTask(Make(ideal, ideal + Duration.Epsilon), reason, detail));

            if (step.SupersededByLaterVisit && _visits.Any(v => v > anchor.EventAt && v <= ideal))
            {
                Suppress(SuppressionReason.Superseded, "a later visit came before the ideal time");
                continue;
            }

            Instant? due;
            if (ideal < anchor.KnownAt)
            {
                if (step.WhenPastDue == PastDuePolicy.Skip)
                {
                    Suppress(SuppressionReason.PastDue, $"the ideal time {Local(ideal)} had passed when the event was recorded ({Local(anchor.KnownAt)})");
                    continue;
                }

                due = _calendar.NextAllowed(anchor.KnownAt, rules, _zone);
            }
            else if (_calendar.IsAllowed(ideal, rules, _zone))
            {
                due = ideal;
            }
            else
            {
                switch (step.WhenNotAllowed)
                {
                    case NotAllowedPolicy.Skip:
                        Suppress(SuppressionReason.NotAllowed, $"{Local(ideal)} is not allowed for {step.Channel} and the step skips such times");
                        continue;
                    case NotAllowedPolicy.MoveEarlier:
                        due = _calendar.PreviousAllowed(ideal, rules, _options.MoveEarlierLead, _zone);
                        if (due is null || due < anchor.KnownAt)
                        {
                            due = _calendar.NextAllowed(anchor.KnownAt, rules, _zone);
                            if (due >= ideal)
                            {
                                due = null;
                            }
                        }

                        break;
                    default:
                        due = _calendar.NextAllowed(ideal, rules, _zone);
                        break;
                }
            }

            // A flow never runs out of order: a step is never due before an earlier step (or occurrence) of the same flow and anchor.
            var flowKey = (step.Flow, anchor.Ref);
            if (due is { } d && _flowLast.TryGetValue(flowKey, out var last) && d < last)
            {
                due = _calendar.NextAllowed(last, rules, _zone);
            }

            if (due is null)
            {
                Suppress(SuppressionReason.NotAllowed, $"no allowed time for {step.Channel} near {Local(ideal)}");
                continue;
            }

            if (before is { } slot && due >= slot)
            {
                Suppress(SuppressionReason.NoTimeBeforeAppointment, $"no allowed time for {step.Channel} before the appointment at {Local(slot)}");
                continue;
            }

            var limit = due.Value + _options.MaxWindow;
            if (deadline is { } dl && dl > due && dl < limit)
            {
                limit = dl;
            }

            if (step.RepeatEvery is { } next && ideal + next > due && ideal + next < limit)
            {
                limit = ideal + next;
            }

            if (before is { } b && b < limit)
            {
                limit = b;
            }

            if (step.WhenNotAllowed == NotAllowedPolicy.MoveEarlier && ideal > due && ideal < limit)
            {
                limit = ideal;
            }

            var task = Make(due.Value, _calendar.AllowedUntil(due.Value, rules, limit, _zone));
            _flowLast[flowKey] = _flowLast.TryGetValue(flowKey, out var previous) && previous > due.Value ? previous : due.Value;
            if (planned.TryGetValue(key, out var older))
            {
                dropped.Add(new SuppressedTask(older, SuppressionReason.Superseded, "replaced by a later event with the same key"));
            }

            planned[key] = task;
        }
    }

    private List<Anchor> Anchors(out HashSet<string> cancelled)
    {
        var anchors = new List<Anchor>();
        var appointments = new Dictionary<string, (Instant BookedAt, Instant Slot, bool Cancelled, int Order)>(StringComparer.Ordinal);
        cancelled = new HashSet<string>(StringComparer.Ordinal);
        FollowupEvent? lastVisit = null, lastNextDue = null;
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            switch (e.Kind)
            {
                case FollowupEventKind.Booked or FollowupEventKind.Rescheduled:
                    appointments[e.AppointmentId!] = (e.At, e.ScheduledFor!.Value, false,
                        appointments.TryGetValue(e.AppointmentId!, out var a) ? a.Order : appointments.Count);
                    break;
                case FollowupEventKind.Cancelled:
                    appointments[e.AppointmentId!] = appointments.TryGetValue(e.AppointmentId!, out var c)
                        ? c with { Cancelled = true }
                        : (e.At, e.At, true, appointments.Count);
                    break;
                case FollowupEventKind.ServiceStarted:
                    anchors.Add(ServiceStart(e, i));
                    break;
                case FollowupEventKind.ServiceCompleted:
                    lastVisit = e;
                    lastNextDue = e.ScheduledFor is null ? lastNextDue : e;
                    anchors.Add(new Anchor(StepAnchor.ServiceCompletion, e.At, e.At, e.At, Ref(e), e.AppointmentId, e.IsFirstVisit, null, null, null, null,
                        $"service completed {Local(e.At)}{(e.IsFirstVisit ? " (first visit)" : string.Empty)}"));
                    break;
                case FollowupEventKind.Visit:
                    lastVisit = e;
                    lastNextDue = e.ScheduledFor is null ? lastNextDue : e;
                    break;
                case FollowupEventKind.Survey:
                    anchors.Add(new Anchor(StepAnchor.Survey, e.At, e.At, e.At, Ref(e), e.AppointmentId, e.IsFirstVisit, e.Score!.Value.Category, null, null, null,
                        $"survey score {e.Score.Value.Value} at {Local(e.At)}"));
                    break;
                case FollowupEventKind.DeferredRepair:
                    var due = e.ScheduledFor ?? _zone.ResolveLocal(e.At.InZone(_zone).LocalDateTime.Plus(_options.DeferredRepairDelay), NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant();
                    anchors.Add(new Anchor(StepAnchor.DeferredRepairDue, due, e.At, e.At, Ref(e), e.AppointmentId, false, null, null, null, null,
                        $"repair postponed on {Local(e.At)}, due {Local(due)}"));
                    break;
            }
        }

        foreach (var (id, a) in appointments.OrderBy(kv => kv.Value.Order))
        {
            if (a.Cancelled)
            {
                cancelled.Add(id);
                continue;
            }

            var reason = $"appointment {id} on {Local(a.Slot)}";
            var r = "a:" + Escape(id);
            anchors.Add(new Anchor(StepAnchor.Booking, a.BookedAt, a.BookedAt, a.BookedAt, r, id, false, null, null, a.Slot, null, reason));
            anchors.Add(new Anchor(StepAnchor.AppointmentStart, a.Slot, a.BookedAt, a.BookedAt, r, id, false, null, null, a.Slot, null, reason));
        }

        if (lastVisit is not null)
        {
            anchors.Add(new Anchor(StepAnchor.LastVisit, lastVisit.At, lastVisit.At, lastVisit.At, "last", null, false, null, null, null, null,
                $"latest visit {Local(lastVisit.At)}"));
        }

        if (lastNextDue is not null)
        {
            var due = lastNextDue.ScheduledFor!.Value;
            anchors.Add(new Anchor(StepAnchor.NextServiceDue, due, lastNextDue.At, lastNextDue.At, "next", null, false, null, null, null, null,
                $"next maintenance due {Local(due)}"));
        }

        // A later event of the same kind under the same appointment id replaces the earlier one entirely.
        var last = new Dictionary<(StepAnchor, string), int>();
        for (var i = 0; i < anchors.Count; i++)
        {
            last[(anchors[i].Kind, anchors[i].Ref)] = i;
        }

        return [.. anchors.Where((a, i) => last[(a.Kind, a.Ref)] == i)];
    }

    private Anchor ServiceStart(FollowupEvent start, int index)
    {
        Instant? end = null;
        for (var j = index + 1; j < _events.Count; j++)
        {
            var c = _events[j];
            if (c.Kind == FollowupEventKind.ServiceCompleted
                && (start.AppointmentId is null || c.AppointmentId is null || c.AppointmentId == start.AppointmentId))
            {
                end = c.At;
                break;
            }
        }

        var expectedEnd = end ?? start.ScheduledFor;
        bool? longRepair = expectedEnd is { } x ? x - start.At > _options.LongRepairThreshold : null;
        return new Anchor(StepAnchor.ServiceStart, start.At, start.At, start.At, Ref(start), start.AppointmentId, false, null, longRepair, null, expectedEnd,
            $"service started {Local(start.At)}{(expectedEnd is { } ee ? $", until {Local(ee)}" : string.Empty)}");
    }

    private static bool Matches(StepAudience audience, Anchor anchor) => audience switch
    {
        StepAudience.FirstVisit => anchor.FirstVisit,
        StepAudience.RepeatVisit => !anchor.FirstVisit,
        StepAudience.Detractor => anchor.Category == NpsCategory.Detractor,
        StepAudience.Passive => anchor.Category == NpsCategory.Passive,
        StepAudience.Promoter => anchor.Category == NpsCategory.Promoter,
        StepAudience.LongRepair => anchor.LongRepair == true,
        StepAudience.ShortService => anchor.LongRepair != true,
        _ => true,
    };

    private string Key(string step, string anchorRef, int occurrence) =>
        string.Create(CultureInfo.InvariantCulture, $"{Escape(_customer.Value)}|{step}|{anchorRef}|{occurrence}");

    private static string Ref(FollowupEvent e) => e.AppointmentId is { } id ? "a:" + Escape(id) : "t:" + InstantText.Format(e.At);

    private static string Escape(string s) => s.Replace("%", "%25", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal);

    private string Local(Instant t) => Format(t.InZone(_zone).LocalDateTime);

    /// <summary>"yyyy-MM-dd HH:mm" without a pattern engine (this runs for every anchor of every customer).</summary>
    private static string Format(LocalDateTime v) => string.Create(16, v, static (span, v) =>
    {
        v.Year.TryFormat(span[..4], out _, "D4", CultureInfo.InvariantCulture);
        span[4] = '-';
        v.Month.TryFormat(span[5..7], out _, "D2", CultureInfo.InvariantCulture);
        span[7] = '-';
        v.Day.TryFormat(span[8..10], out _, "D2", CultureInfo.InvariantCulture);
        span[10] = ' ';
        v.Hour.TryFormat(span[11..13], out _, "D2", CultureInfo.InvariantCulture);
        span[13] = ':';
        v.Minute.TryFormat(span[14..16], out _, "D2", CultureInfo.InvariantCulture);
    });

    private static string Hours(Duration d) => d.TotalHours % 24 == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{d.TotalDays:0.##} days")
        : string.Create(CultureInfo.InvariantCulture, $"{d.TotalHours:0.##} h");

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    /// <summary>An instant a step can count from, with what the planner knows about it.</summary>
    /// <param name="Kind">Which anchor.</param>
    /// <param name="At">The anchor instant.</param>
    /// <param name="KnownAt">When the event that set it happened (past-due is judged against it).</param>
    /// <param name="EventAt">The instant of the event itself (later visits after it supersede).</param>
    /// <param name="Ref">The anchor's part of the task key.</param>
    /// <param name="AppointmentId">The appointment, or null.</param>
    /// <param name="FirstVisit">Whether it concerns a first visit.</param>
    /// <param name="Category">The survey category, for survey anchors.</param>
    /// <param name="LongRepair">Whether the service is a long repair, when known.</param>
    /// <param name="Slot">The appointment slot start that contacts must precede, or null.</param>
    /// <param name="Until">Where repeating steps stop, or null.</param>
    /// <param name="Reason">The task reason.</param>
    private sealed record Anchor(
        StepAnchor Kind,
        Instant At,
        Instant KnownAt,
        Instant EventAt,
        string Ref,
        string? AppointmentId,
        bool FirstVisit,
        NpsCategory? Category,
        bool? LongRepair,
        Instant? Slot,
        Instant? Until,
        string Reason);
}

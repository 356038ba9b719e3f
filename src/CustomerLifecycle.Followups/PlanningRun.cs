using System.Collections.ObjectModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CustomerLifecycle.Core;
using CustomerLifecycle.Followups.Calendar;
using NodaTime;
using NodaTime.Text;

namespace CustomerLifecycle.Followups;

/// <summary>Plans customers one at a time for one planning run (one <see cref="FollowupPlanner.Plan"/> call, or one
/// enumeration of <see cref="FollowupPlanner.PlanByCustomer"/>): the body of <see cref="FollowupPlanner"/>.</summary>
/// <remarks>
/// Its lists, zone cursors and remembered calendar days are scratch reused from one customer to the next, so planning a
/// customer allocates little beyond the tasks it returns. A run belongs to one caller's call or enumerator and is never
/// shared between threads; nothing in it is visible outside the planner.
/// </remarks>
internal sealed class PlanningRun
{
    private const int SmallLookup = 16;
    private static readonly InstantPattern InstantText = InstantPattern.ExtendedIso;
    private static readonly int FlowCount = Enum.GetValues<FollowupFlow>().Max(f => (int)f) + 1;

    private readonly FollowupPlanner.Settings _settings;
    private readonly ContactCalendar _calendar;
    private readonly Instant _now;
    private readonly List<FollowupEvent> _sorted = [];
    private readonly List<Instant> _visits = [];
    private readonly List<Anchor> _anchors = [];
    private readonly List<Appointment> _appointments = [];
    private readonly List<PlannedTask> _planned = [];
    private readonly List<SuppressedTask> _dropped = [];
    private readonly List<PlannedTask> _tasks = [];
    private readonly List<SuppressedTask> _suppressed = [];
    private readonly CalendarCursor?[] _cursors = new CalendarCursor?[4];
    private Dictionary<string, int>? _appointmentIndex;
    private Dictionary<(StepAnchor, string), int>? _anchorIndex;
    private Dictionary<string, int>? _refIndex;
    private Instant?[] _flowLast = new Instant?[16];
    private Instant[] _window = new Instant[8];
    private int _nextCursor;
    private string? _lastRefId;
    private string _lastRef = string.Empty;

    // The customer being planned.
    private List<FollowupEvent> _events = [];
    private CustomerId _customer;
    private string _customerKey = string.Empty;
    private DateTimeZone _zone = DateTimeZone.Utc;
    private CalendarCursor _cursor = null!;

    public PlanningRun(FollowupPlanner.Settings settings, ContactCalendar calendar, Instant now)
    {
        _settings = settings;
        _calendar = calendar;
        _now = now;
    }

    /// <summary>Plans one customer into a plan of their own (tasks and suppressed tasks in the canonical order).</summary>
    public FollowupPlan PlanOne(List<FollowupEvent> events)
    {
        _tasks.Clear();
        _suppressed.Clear();
        Plan(events, _tasks, _suppressed);
        if (_suppressed.Count > 1)
        {
            CollectionsMarshal.AsSpan(_suppressed).Sort(FollowupPlan.SuppressedComparison);
        }

        // The tasks come out of the frequency cap already in the canonical order.
        return FollowupPlan.Ordered(
            _tasks.Count == 0 ? ReadOnlyCollection<PlannedTask>.Empty : new ReadOnlyCollection<PlannedTask>(_tasks.ToArray()),
            _suppressed.Count == 0 ? ReadOnlyCollection<SuppressedTask>.Empty : new ReadOnlyCollection<SuppressedTask>(_suppressed.ToArray()));
    }

    /// <summary>Plans one customer (all events of one customer, in any order), adding to the lists.</summary>
    /// <param name="events">The customer's events; not empty.</param>
    /// <param name="tasks">Receives the tasks, in the canonical order.</param>
    /// <param name="suppressed">Receives the suppressed tasks, in no particular order.</param>
    public void Plan(List<FollowupEvent> events, List<PlannedTask> tasks, List<SuppressedTask> suppressed)
    {
        Begin(events);
        var kinds = Anchors();
        var anchors = CollectionsMarshal.AsSpan(_anchors);
        _planned.Clear();
        _dropped.Clear();
        foreach (var step in _settings.Steps)
        {
            if ((kinds & (1 << (int)step.Step.Anchor)) == 0)
            {
                continue;
            }

            for (var i = 0; i < anchors.Length; i++)
            {
                // Anchors of a cancelled appointment are not planned: every task they would give is dropped, and the flow
                // order they would set only concerns tasks of the same (cancelled) appointment.
                ref readonly var anchor = ref anchors[i];
                if (anchor.Kind == step.Step.Anchor && !anchor.Cancelled && Matches(step.Step.Audience, anchor))
                {
                    PlanStep(step, anchor);
                }
            }
        }

        var kept = CollectionsMarshal.AsSpan(_planned);
        if (kept.Length > 1)
        {
            kept.Sort(TaskOrder.Comparison);
        }

        var window = _window.Length >= kept.Length ? _window : _window = new Instant[Math.Max(kept.Length, _window.Length * 2)];
        int head = 0, tail = 0;
        var capWindow = _settings.Options.CapWindow;
        var max = _settings.Options.MaxNonMandatoryContacts;
        foreach (var t in kept)
        {
            if (t.Mandatory)
            {
                tasks.Add(t);
                continue;
            }

            while (tail > head && window[head] <= t.Due - capWindow)
            {
                head++;
            }

            if (tail - head >= max)
            {
                _dropped.Add(new SuppressedTask(t, SuppressionReason.FrequencyCap,
                    string.Create(CultureInfo.InvariantCulture, $"{tail - head} non-mandatory contacts already planned in the {_settings.CapWindowText} before")));
                continue;
            }

            window[tail++] = t.Due;
            tasks.Add(t);
        }

        suppressed.AddRange(_dropped);
    }

    private void Begin(List<FollowupEvent> events)
    {
        _customer = events[0].Customer;
        DateTimeZone? zone = null;
        foreach (var e in events)
        {
            if (e.At > _now)
            {
                throw new ArgumentException($"The event {e.Kind} of customer \"{e.Customer}\" at {e.At} is after now ({_now}).", nameof(events));
            }

            zone = e.Zone ?? zone;
        }

        _zone = zone ?? _calendar.DefaultZone;
        _cursor = CursorFor(_zone);
        _customerKey = Escape(_customer.Value);

        // Stable order by instant: ties keep input order (most inputs are already in order: no sort then).
        var sorted = true;
        for (var i = 1; i < events.Count && sorted; i++)
        {
            sorted = events[i - 1].At <= events[i].At;
        }

        if (sorted)
        {
            _events = events;
        }
        else
        {
            _sorted.Clear();
            _sorted.AddRange(events.OrderBy(e => e.At));
            _events = _sorted;
        }

        _visits.Clear();
        foreach (var e in _events)
        {
            if (e.Kind is FollowupEventKind.ServiceCompleted or FollowupEventKind.Visit)
            {
                _visits.Add(e.At);
            }
        }
    }

    private CalendarCursor CursorFor(DateTimeZone zone)
    {
        foreach (var c in _cursors)
        {
            if (c is not null && ReferenceEquals(c.Zone, zone))
            {
                return c;
            }
        }

        var cursor = new CalendarCursor(_calendar, zone, rememberDays: true);
        _cursors[_nextCursor] = cursor;
        _nextCursor = (_nextCursor + 1) % _cursors.Length;
        return cursor;
    }

    private void PlanStep(StepPlan plan, in Anchor anchor)
    {
        var step = plan.Step;
        var rules = plan.Rules;
        var first = plan.Period is { } p ? _cursor.ResolveLenient(_cursor.ToLocal(anchor.At).Plus(p)) : anchor.At + plan.Elapsed;
        var before = plan.BeforeSlot ? anchor.Slot : null;
        var mandatory = step.Mandatory || (step.MandatoryOnFirstVisit && anchor.FirstVisit);
        var flowSlot = (anchor.RefId * FlowCount) + (int)step.Flow;
        var repeatEvery = step.RepeatEvery;
        for (var k = 0; k < step.MaxOccurrences; k++)
        {
            var ideal = repeatEvery is { } every ? first + (every * k) : first;
            if (repeatEvery is { } r
                && (anchor.Until is { } until ? ideal >= until : k > 0 && ideal > Max(_now, anchor.At) + r))
            {
                break;
            }

            var task = new TaskParts(plan, Key(step.Name, anchor.Ref, k), ideal, mandatory, k,
                step.CompleteWithin is { } cw ? ideal + cw : null, step.EscalateAfter is { } ea ? ideal + ea : null);

            if (step.SupersededByLaterVisit && VisitBetween(anchor.EventAt, ideal))
            {
                Suppress(task, anchor, SuppressionReason.Superseded, "a later visit came before the ideal time");
                continue;
            }

            Instant? due;
            if (ideal < anchor.KnownAt)
            {
                if (step.WhenPastDue == PastDuePolicy.Skip)
                {
                    Suppress(task, anchor, SuppressionReason.PastDue, $"the ideal time {Local(ideal)} had passed when the event was recorded ({Local(anchor.KnownAt)})");
                    continue;
                }

                due = _cursor.NextAllowed(anchor.KnownAt, rules);
            }
            else if (_cursor.IsAllowed(ideal, rules))
            {
                due = ideal;
            }
            else
            {
                switch (step.WhenNotAllowed)
                {
                    case NotAllowedPolicy.Skip:
                        Suppress(task, anchor, SuppressionReason.NotAllowed, $"{Local(ideal)} is not allowed for {plan.ChannelName} and the step skips such times");
                        continue;
                    case NotAllowedPolicy.MoveEarlier:
                        due = _cursor.PreviousAllowed(ideal, rules, _settings.Options.MoveEarlierLead);
                        if (due is null || due < anchor.KnownAt)
                        {
                            due = _cursor.NextAllowed(anchor.KnownAt, rules);
                            if (due >= ideal)
                            {
                                due = null;
                            }
                        }

                        break;
                    default:
                        due = _cursor.NextAllowed(ideal, rules);
                        break;
                }
            }

            // A flow never runs out of order: a step is never due before an earlier step (or occurrence) of the same flow and anchor.
            var last = _flowLast[flowSlot];
            if (due is { } d && last is { } l && d < l)
            {
                due = _cursor.NextAllowed(l, rules);
            }

            if (due is null)
            {
                Suppress(task, anchor, SuppressionReason.NotAllowed, $"no allowed time for {plan.ChannelName} near {Local(ideal)}");
                continue;
            }

            if (before is { } slot && due >= slot)
            {
                Suppress(task, anchor, SuppressionReason.NoTimeBeforeAppointment, $"no allowed time for {plan.ChannelName} before the appointment at {Local(slot)}");
                continue;
            }

            var limit = due.Value + _settings.Options.MaxWindow;
            if (task.Deadline is { } dl && dl > due && dl < limit)
            {
                limit = dl;
            }

            if (repeatEvery is { } next && ideal + next > due && ideal + next < limit)
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

            _planned.Add(Make(task, anchor, due.Value, _cursor.AllowedUntil(due.Value, rules, limit)));
            _flowLast[flowSlot] = last is { } previous && previous > due.Value ? previous : due.Value;

            // No two planned tasks of a customer share a key: steps have unique names, anchors are unique per (kind, ref),
            // and a step has one anchor kind, so (step, ref, occurrence) is never planned twice.
        }
    }

    private PlannedTask Make(in TaskParts t, in Anchor anchor, Instant due, Instant windowEnd) => new(
        t.Key, _customer, t.Plan.Step.Name, t.Plan.Step.Flow, t.Plan.Step.Channel, t.Ideal, due, windowEnd, _cursor.ToLocal(due), _zone.Id,
        t.Mandatory, anchor.Reason, anchor.AppointmentId, t.Occurrence, t.Deadline, t.Escalate, default(PlannedTask.Unvalidated));

    private void Suppress(in TaskParts t, in Anchor anchor, SuppressionReason reason, string detail) =>
        _dropped.Add(new SuppressedTask(Make(t, anchor, t.Ideal, t.Ideal + Duration.Epsilon), reason, detail));

    private bool VisitBetween(Instant after, Instant atOrBefore)
    {
        foreach (var v in CollectionsMarshal.AsSpan(_visits))
        {
            if (v > after && v <= atOrBefore)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Collects the customer's anchors into <see cref="_anchors"/>; returns a bit per anchor kind present.</summary>
    private int Anchors()
    {
        _anchors.Clear();
        _appointments.Clear();
        _appointmentIndex?.Clear();
        FollowupEvent? lastVisit = null, lastNextDue = null;
        for (var i = 0; i < _events.Count; i++)
        {
            var e = _events[i];
            switch (e.Kind)
            {
                case FollowupEventKind.Booked or FollowupEventKind.Rescheduled:
                    SetAppointment(new Appointment(e.AppointmentId!, e.At, e.ScheduledFor!.Value, Cancelled: false));
                    break;
                case FollowupEventKind.Cancelled:
                    SetAppointment(new Appointment(e.AppointmentId!, e.At, e.At, Cancelled: true));
                    break;
                case FollowupEventKind.ServiceStarted:
                    _anchors.Add(ServiceStart(e, i));
                    break;
                case FollowupEventKind.ServiceCompleted:
                    lastVisit = e;
                    lastNextDue = e.ScheduledFor is null ? lastNextDue : e;
                    _anchors.Add(new Anchor(StepAnchor.ServiceCompletion, e.At, e.At, e.At, Ref(e), e.AppointmentId, e.IsFirstVisit, null, null, null, null,
                        e.IsFirstVisit ? Text($"service completed {Local(e.At)} (first visit)") : Text($"service completed {Local(e.At)}")));
                    break;
                case FollowupEventKind.Visit:
                    lastVisit = e;
                    lastNextDue = e.ScheduledFor is null ? lastNextDue : e;
                    break;
                case FollowupEventKind.Survey:
                    _anchors.Add(new Anchor(StepAnchor.Survey, e.At, e.At, e.At, Ref(e), e.AppointmentId, e.IsFirstVisit, e.Score!.Value.Category, null, null, null,
                        Text($"survey score {e.Score.Value.Value} at {Local(e.At)}")));
                    break;
                case FollowupEventKind.DeferredRepair:
                    var due = e.ScheduledFor ?? _cursor.ResolveLenient(_cursor.ToLocal(e.At).Plus(_settings.Options.DeferredRepairDelay));
                    _anchors.Add(new Anchor(StepAnchor.DeferredRepairDue, due, e.At, e.At, Ref(e), e.AppointmentId, false, null, null, null, null,
                        Text($"repair postponed on {Local(e.At)}, due {Local(due)}")));
                    break;
            }
        }

        foreach (var a in CollectionsMarshal.AsSpan(_appointments))
        {
            if (a.Cancelled)
            {
                continue;
            }

            var reason = Text($"appointment {a.Id} on {Local(a.Slot)}");
            var r = AppointmentRef(a.Id);
            _anchors.Add(new Anchor(StepAnchor.Booking, a.BookedAt, a.BookedAt, a.BookedAt, r, a.Id, false, null, null, a.Slot, null, reason));
            _anchors.Add(new Anchor(StepAnchor.AppointmentStart, a.Slot, a.BookedAt, a.BookedAt, r, a.Id, false, null, null, a.Slot, null, reason));
        }

        if (lastVisit is not null)
        {
            _anchors.Add(new Anchor(StepAnchor.LastVisit, lastVisit.At, lastVisit.At, lastVisit.At, "last", null, false, null, null, null, null,
                Text($"latest visit {Local(lastVisit.At)}")));
        }

        if (lastNextDue is not null)
        {
            var due = lastNextDue.ScheduledFor!.Value;
            _anchors.Add(new Anchor(StepAnchor.NextServiceDue, due, lastNextDue.At, lastNextDue.At, "next", null, false, null, null, null, null,
                Text($"next maintenance due {Local(due)}")));
        }

        KeepLastOfEachKindAndRef();
        return MarkAnchors();
    }

    /// <summary>A later event of the same kind under the same appointment id replaces the earlier one entirely: keeps the
    /// last anchor of each (kind, ref), in order.</summary>
    private void KeepLastOfEachKindAndRef()
    {
        var anchors = CollectionsMarshal.AsSpan(_anchors);
        var n = anchors.Length;
        var kept = 0;
        if (n <= SmallLookup)
        {
            for (var i = 0; i < n; i++)
            {
                var later = false;
                for (var j = i + 1; j < n && !later; j++)
                {
                    later = anchors[j].Kind == anchors[i].Kind && string.Equals(anchors[j].Ref, anchors[i].Ref, StringComparison.Ordinal);
                }

                if (!later)
                {
                    anchors[kept++] = anchors[i];
                }
            }
        }
        else
        {
            var last = _anchorIndex ??= [];
            last.Clear();
            for (var i = 0; i < n; i++)
            {
                last[(anchors[i].Kind, anchors[i].Ref)] = i;
            }

            for (var i = 0; i < n; i++)
            {
                if (last[(anchors[i].Kind, anchors[i].Ref)] == i)
                {
                    anchors[kept++] = anchors[i];
                }
            }

            last.Clear();
        }

        _anchors.RemoveRange(kept, n - kept);
    }

    /// <summary>Numbers the distinct refs (the flow order is kept per flow and ref), marks anchors of cancelled appointments,
    /// clears the flow marks; returns a bit per anchor kind present.</summary>
    private int MarkAnchors()
    {
        var anchors = CollectionsMarshal.AsSpan(_anchors);
        var refs = 0;
        var kinds = 0;
        var index = anchors.Length > SmallLookup ? (_refIndex ??= []) : null;
        index?.Clear();
        for (var i = 0; i < anchors.Length; i++)
        {
            ref var a = ref anchors[i];
            var id = -1;
            if (index is null)
            {
                for (var j = 0; j < i && id < 0; j++)
                {
                    if (string.Equals(anchors[j].Ref, a.Ref, StringComparison.Ordinal))
                    {
                        id = anchors[j].RefId;
                    }
                }
            }
            else if (index.TryGetValue(a.Ref, out var found))
            {
                id = found;
            }

            if (id < 0)
            {
                id = refs++;
                index?.Add(a.Ref, id);
            }

            a.RefId = id;
            a.Cancelled = a.AppointmentId is { } appointment && FindAppointment(appointment) is var at && at >= 0 && _appointments[at].Cancelled;
            kinds |= 1 << (int)a.Kind;
        }

        index?.Clear();
        var slots = refs * FlowCount;
        if (_flowLast.Length < slots)
        {
            _flowLast = new Instant?[Math.Max(slots, _flowLast.Length * 2)];
        }

        Array.Clear(_flowLast, 0, slots);
        return kinds;
    }

    /// <summary>A booking or reschedule replaces the appointment's times (it keeps its place in the order); a cancellation
    /// only marks it, or adds it cancelled when it was never booked.</summary>
    private void SetAppointment(Appointment appointment)
    {
        var at = FindAppointment(appointment.Id);
        if (at < 0)
        {
            AddAppointment(appointment);
        }
        else
        {
            _appointments[at] = appointment.Cancelled ? _appointments[at] with { Cancelled = true } : appointment;
        }
    }

    private int FindAppointment(string id)
    {
        if (_appointmentIndex is { Count: > 0 } index)
        {
            return index.TryGetValue(id, out var i) ? i : -1;
        }

        var appointments = CollectionsMarshal.AsSpan(_appointments);
        for (var i = 0; i < appointments.Length; i++)
        {
            if (string.Equals(appointments[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private void AddAppointment(Appointment appointment)
    {
        _appointments.Add(appointment);
        if (_appointmentIndex is { Count: > 0 } index)
        {
            index.Add(appointment.Id, _appointments.Count - 1);
        }
        else if (_appointments.Count > SmallLookup)
        {
            index = _appointmentIndex ??= new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _appointments.Count; i++)
            {
                index.Add(_appointments[i].Id, i);
            }
        }
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
        bool? longRepair = expectedEnd is { } x ? x - start.At > _settings.Options.LongRepairThreshold : null;
        return new Anchor(StepAnchor.ServiceStart, start.At, start.At, start.At, Ref(start), start.AppointmentId, false, null, longRepair, null, expectedEnd,
            expectedEnd is { } ee ? Text($"service started {Local(start.At)}, until {Local(ee)}") : Text($"service started {Local(start.At)}"));
    }

    private static bool Matches(StepAudience audience, in Anchor anchor) => audience switch
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

    /// <summary>"customer|step|ref|occurrence" with the customer id escaped, in one allocation.</summary>
    private string Key(string step, string anchorRef, int occurrence)
    {
        var digits = occurrence < 10 ? 1 : occurrence < 100 ? 2 : occurrence < 1000 ? 3 : 10;
        if (digits == 10)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{_customerKey}|{step}|{anchorRef}|{occurrence}");
        }

        var length = _customerKey.Length + step.Length + anchorRef.Length + 3 + digits;
        return string.Create(length, (Customer: _customerKey, Step: step, Ref: anchorRef, Occurrence: occurrence), static (span, s) =>
        {
            s.Customer.CopyTo(span);
            var at = s.Customer.Length;
            span[at++] = '|';
            s.Step.CopyTo(span[at..]);
            at += s.Step.Length;
            span[at++] = '|';
            s.Ref.CopyTo(span[at..]);
            at += s.Ref.Length;
            span[at++] = '|';
            s.Occurrence.TryFormat(span[at..], out _, default, CultureInfo.InvariantCulture);
        });
    }

    /// <summary>The anchor's part of the key: "a:" and the escaped appointment id, else "t:" and the event's instant.</summary>
    private string Ref(FollowupEvent e) => e.AppointmentId is { } id ? AppointmentRef(id) : "t:" + InstantText.Format(e.At);

    /// <summary>"a:" and the escaped id; the events of one appointment (booking, completion, survey) share one string.</summary>
    private string AppointmentRef(string id)
    {
        if (!string.Equals(id, _lastRefId, StringComparison.Ordinal))
        {
            _lastRefId = id;
            _lastRef = "a:" + Escape(id);
        }

        return _lastRef;
    }

    private static string Escape(string s) => s.AsSpan().IndexOfAny('%', '|') < 0
        ? s
        : s.Replace("%", "%25", StringComparison.Ordinal).Replace("|", "%7C", StringComparison.Ordinal);

    private static string Text(ref DefaultInterpolatedStringHandler text) => text.ToStringAndClear();

    private LocalText Local(Instant t) => new(_cursor.ToLocal(t));

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    /// <summary>A local date and time written as "yyyy-MM-dd HH:mm" straight into the text being built.</summary>
    private readonly struct LocalText(LocalDateTime value) : ISpanFormattable
    {
        private const int Length = 16;

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        {
            if (destination.Length < Length)
            {
                charsWritten = 0;
                return false;
            }

            var span = destination[..Length];
            if (value.Year is < 0 or > 9999)
            {
                span.Clear();
                value.Year.TryFormat(span[..4], out _, "D4", CultureInfo.InvariantCulture);
            }
            else
            {
                Digits(span[..4], value.Year);
            }

            span[4] = '-';
            Digits(span[5..7], value.Month);
            span[7] = '-';
            Digits(span[8..10], value.Day);
            span[10] = ' ';
            Digits(span[11..13], value.Hour);
            span[13] = ':';
            Digits(span[14..16], value.Minute);
            charsWritten = Length;
            return true;
        }

        public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

        /// <summary>Writes a non-negative number as exactly <c>span.Length</c> digits, zero-padded (the number fits).</summary>
        private static void Digits(Span<char> span, int number)
        {
            for (var i = span.Length - 1; i >= 0; i--)
            {
                span[i] = (char)('0' + (number % 10));
                number /= 10;
            }
        }

        public override string ToString() => string.Create(Length, this, static (span, v) => v.TryFormat(span, out _, default, null));
    }

    /// <summary>The fixed parts of one candidate task.</summary>
    private readonly record struct TaskParts(StepPlan Plan, string Key, Instant Ideal, bool Mandatory, int Occurrence, Instant? Deadline, Instant? Escalate);

    /// <summary>An appointment as its booking events leave it.</summary>
    private readonly record struct Appointment(string Id, Instant BookedAt, Instant Slot, bool Cancelled);

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
    private record struct Anchor(
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
        string Reason)
    {
        /// <summary>The number of the anchor's ref among the customer's anchors.</summary>
        public int RefId { get; set; }

        /// <summary>Whether the anchor belongs to a cancelled appointment.</summary>
        public bool Cancelled { get; set; }
    }
}

using System.Collections.ObjectModel;
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
internal sealed partial class PlanningRun
{
    private const int SmallLookup = 16;

    /// <summary>How many recent dates' texts are kept (by day number modulo this).</summary>
    private const int DateTextWindow = 1024;

    /// <summary>The day numbers of 0001-01-01 and 9999-12-31: dates whose text is kept by day number lie between.</summary>
    private const int FirstTextDay = -719_162, LastTextDay = 2_932_896;
    private static readonly InstantPattern InstantText = InstantPattern.ExtendedIso;
    private static readonly int FlowCount = Enum.GetValues<FollowupFlow>().Max(f => (int)f) + 1;
    private static readonly int AnchorKindCount = Enum.GetValues<StepAnchor>().Max(k => (int)k) + 1;

    private readonly FollowupPlanner.Settings _settings;
    private readonly ContactCalendar _calendar;
    private readonly DateInterval? _covers;
    private readonly Instant _now;
    private static readonly LocalDate EpochDate = new(1970, 1, 1);
    private readonly int _coverFirstDay;
    private readonly int _coverLastDay;
    private readonly bool _coverByDay;
    private readonly List<FollowupEvent> _sorted = [];
    private readonly List<Instant> _visits = [];
    private readonly List<Anchor> _anchors = [];
    private readonly List<Appointment> _appointments = [];
    private readonly List<PlannedTask> _planned = [];
    private readonly List<SuppressedTask> _dropped = [];
    private readonly CalendarCursor?[] _cursors = new CalendarCursor?[4];
    private Dictionary<string, int>? _appointmentIndex;
    private Dictionary<(StepAnchor, string), int>? _anchorIndex;
    private Dictionary<string, int>? _refIndex;
    private Instant?[] _flowLast = new Instant?[16];
    private Instant[] _window = new Instant[8];
    private readonly int[] _kindStart = new int[AnchorKindCount + 1];
    private int[] _byKind = new int[8];
    private int _nextCursor;
    private readonly (int Day, string? Text)[] _dateTexts = new (int, string?)[DateTextWindow];
    private string? _lastRefId;
    private string _lastRef = string.Empty;

    // The customer being planned.
    private List<FollowupEvent> _events = [];
    private CustomerId _customer;
    private string _customerKey = string.Empty;
    private DateTimeZone _zone = DateTimeZone.Utc;
    private CalendarCursor _cursor = null!;
    private bool _memory;

    public PlanningRun(FollowupPlanner.Settings settings, ContactCalendar calendar, Instant now)
    {
        _settings = settings;
        _calendar = calendar;
        _covers = calendar.Holidays.Covers;
        _now = now;
        if (_covers is { } covers && covers.Start.Calendar == CalendarSystem.Iso)
        {
            // The coverage as day numbers (see CalendarCursor.DayNumber): a task's date is then checked with two integer
            // comparisons instead of two calendar-aware date comparisons.
            _coverFirstDay = Period.Between(EpochDate, covers.Start, PeriodUnits.Days).Days;
            _coverLastDay = Period.Between(EpochDate, covers.End, PeriodUnits.Days).Days;
            _coverByDay = true;
        }
    }

    /// <summary>Plans one customer into a plan of their own (tasks and suppressed tasks in the canonical order).</summary>
    public FollowupPlan PlanOne(List<FollowupEvent> events)
    {
        var tasks = PlanCustomer(events);
        var suppressed = CollectionsMarshal.AsSpan(_dropped);
        if (suppressed.Length > 1)
        {
            suppressed.Sort(FollowupPlan.SuppressedComparison);
        }

        // The tasks come out of the frequency cap already in the canonical order.
        var plan = FollowupPlan.Ordered(
            tasks.Length == 0 ? ReadOnlyCollection<PlannedTask>.Empty : new ReadOnlyCollection<PlannedTask>(tasks.ToArray()),
            suppressed.Length == 0 ? ReadOnlyCollection<SuppressedTask>.Empty : new ReadOnlyCollection<SuppressedTask>(suppressed.ToArray()));
        Release();
        return plan;
    }

    /// <summary>Drops the scratch's references to the customer just planned, so that the collector need not keep their
    /// tasks and texts alive (and promote them) while the next customer is planned.</summary>
    private void Release()
    {
        _planned.Clear();
        _dropped.Clear();
        _anchors.Clear();
        _appointments.Clear();
        _sorted.Clear();
        _events = _sorted;
    }

    /// <summary>Plans one customer (all events of one customer, in any order), adding to the lists.</summary>
    /// <param name="events">The customer's events; not empty.</param>
    /// <param name="tasks">Receives the tasks, in the canonical order.</param>
    /// <param name="suppressed">Receives the suppressed tasks, in no particular order.</param>
    public void Plan(List<FollowupEvent> events, List<PlannedTask> tasks, List<SuppressedTask> suppressed)
    {
        tasks.AddRange(PlanCustomer(events));
        if (_dropped.Count > 0)
        {
            suppressed.AddRange(_dropped);
        }
    }

    /// <summary>Plans one customer: returns the tasks in the canonical order (the front of <see cref="_planned"/>) and leaves
    /// the suppressed ones, in no particular order, in <see cref="_dropped"/>.</summary>
    private ReadOnlySpan<PlannedTask> PlanCustomer(List<FollowupEvent> events)
    {
        Begin(events);
        var kinds = Anchors();
        var anchors = CollectionsMarshal.AsSpan(_anchors);
        _planned.Clear();
        _dropped.Clear();
        var byKind = GroupByKind(anchors);
        foreach (var step in _settings.Steps)
        {
            var kind = step.AnchorKind;
            if ((kinds & (1 << kind)) == 0)
            {
                continue;
            }

            for (var j = _kindStart[kind]; j < _kindStart[kind + 1]; j++)
            {
                // Anchors of a cancelled appointment are not planned: every task they would give is dropped, and the flow
                // order they would set only concerns tasks of the same (cancelled) appointment.
                ref readonly var anchor = ref anchors[byKind[j]];
                if (!anchor.Cancelled && Matches(step.Audience, anchor, _memory))
                {
                    PlanStep(step, anchor);
                }
            }
        }

        var planned = CollectionsMarshal.AsSpan(_planned);
        SortTasks(planned);

        // The frequency cap: the kept tasks move to the front, in order (in place: a task is only ever moved earlier).
        var window = _window.Length >= planned.Length ? _window : _window = new Instant[Math.Max(planned.Length, _window.Length * 2)];
        int head = 0, tail = 0, kept = 0;
        var capWindow = _settings.Options.CapWindow;
        var max = _settings.Options.MaxNonMandatoryContacts;
        for (var i = 0; i < planned.Length; i++)
        {
            var t = planned[i];
            if (!t.Mandatory)
            {
                while (tail > head && window[head] <= t.Due - capWindow)
                {
                    head++;
                }

                // The window never holds more than the cap: a task finding it full is capped.
                if (tail - head == max)
                {
                    Capped(t);
                    continue;
                }

                window[tail++] = t.Due;
            }

            if (kept != i)
            {
                planned[kept] = t;
            }

            kept++;
        }

        return planned[..kept];
    }

    /// <summary>Suppresses a task by the frequency cap (the cap's full number of contacts being planned in the window before
    /// it).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Capped(PlannedTask task) => _dropped.Add(new SuppressedTask(task, SuppressionReason.FrequencyCap, _settings.CappedText));

    private void Begin(List<FollowupEvent> events)
    {
        _customer = events[0].Customer;
        DateTimeZone? zone = null;
        _visits.Clear();
        _memory = false;

        // One pass: the checks, the zone, the visits and whether something is to be remembered (none of which depends on
        // the order of the events), and whether the events are in order.
        var sorted = true;
        var previous = events[0].At;
        foreach (var e in events)
        {
            if (e.At > _now)
            {
                throw new ArgumentException($"The event {e.Kind} of customer \"{e.Customer}\" at {e.At} is after now ({_now}).", nameof(events));
            }

            zone = e.Zone ?? zone;
            sorted &= previous <= e.At;
            previous = e.At;
            if (e.Kind is FollowupEventKind.ServiceCompleted or FollowupEventKind.Visit)
            {
                _visits.Add(e.At);
            }
            else if (e.Kind == FollowupEventKind.DeferredRepair || (e.Kind == FollowupEventKind.Note && e.Note!.HoldsAt(_now)))
            {
                _memory = true;
            }
        }

        _zone = zone ?? _calendar.DefaultZone;
        _cursor = CursorFor(_zone);
        _customerKey = Escape(_customer.Value);

        // Stable order by instant: ties keep input order (most inputs are already in order: no sort then).
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

    /// <summary>Whether a due date (its day number, see <see cref="CalendarCursor.DayNumber(Instant)"/>) lies outside the holiday
    /// calendar's stated coverage while the rules read that calendar.</summary>
    private bool Uncovered(int day, ContactRules rules) => _coverByDay
        ? (day < _coverFirstDay || day > _coverLastDay) && ReadsHolidays(rules)
        : _covers is { } covers && ReadsHolidays(rules) && !covers.Contains(EpochDate.PlusDays(day));

    /// <summary>Whether the rules read the holiday calendar.</summary>
    private bool ReadsHolidays(ContactRules rules) => rules.BusinessHours || (rules.QuietHours && _calendar.KeepsHolidays(rules.Channel));

    /// <summary>The task, due at <paramref name="due"/> (local due time <paramref name="local"/>), allowed until
    /// <paramref name="windowEnd"/>; marked when <paramref name="uncovered"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PlannedTask Make(in TaskParts t, in Anchor anchor, Instant due, Instant windowEnd, LocalDateTime local, string? risk, bool uncovered) =>
        new(default(PlannedTask.Unvalidated))
        {
            Key = t.Key,
            Customer = _customer,
            Step = t.Plan.Name,
            Flow = t.Plan.Flow,
            Channel = t.Plan.Channel,
            IdealDue = t.Ideal,
            Due = due,
            WindowEnd = windowEnd,
            LocalDue = local,
            ZoneId = _zone.Id,
            Mandatory = t.Mandatory,
            Reason = anchor.Reason,
            AppointmentId = anchor.AppointmentId,
            Occurrence = t.Occurrence,
            Deadline = t.Deadline,
            EscalateAt = t.Escalate,
            AtRisk = risk is not null,
            AtRiskReason = risk,
            CalendarUncovered = uncovered,
        };

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Suppress(in TaskParts t, in Anchor anchor, SuppressionReason reason, string detail) =>
        _dropped.Add(new SuppressedTask(Make(t, anchor, t.Ideal, t.Ideal + Duration.Epsilon, _cursor.ToLocal(t.Ideal), null, false), reason, detail));

    /// <summary>Whether a visit lies in (<paramref name="after"/>, <paramref name="atOrBefore"/>].</summary>
    /// <remarks>Out of line and without an enumerator: inlined into the step loop, the span enumerator's reference had to be
    /// cleared on every entry to the loop, and with it the loop's whole frame.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool VisitBetween(Instant after, Instant atOrBefore)
    {
        var visits = CollectionsMarshal.AsSpan(_visits);
        for (var i = 0; i < visits.Length; i++)
        {
            if (visits[i] > after && visits[i] <= atOrBefore)
            {
                return true;
            }
        }

        return false;
    }
}

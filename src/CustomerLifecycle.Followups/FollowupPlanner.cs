using System.Globalization;
using System.Runtime.CompilerServices;
using CustomerLifecycle.Core;
using CustomerLifecycle.Followups.Calendar;
using NodaTime;

namespace CustomerLifecycle.Followups;

/// <summary>Plans follow-up tasks from customer events: a pure function of (events, cadence options, calendar, now).</summary>
/// <remarks>
/// <para>Same input, same plan: keys are deterministic (<see cref="PlannedTask.Key"/>), no two tasks share a key, and the
/// order of the output does not depend on hash codes or the clock. Replanning after new events is compared with
/// <see cref="FollowupPlan.Diff"/>.</para>
/// <para>Rules, in order, for each step and anchor: the ideal time is anchor + offset (repeating steps: + k × interval);
/// if the ideal time had already passed when the anchor's event happened, the past-due policy applies (skip, or send at the
/// first allowed instant from then); otherwise, if the calendar forbids the ideal time, the not-allowed policy applies
/// (move later, move earlier, skip). Contacts anchored on an appointment must come before its start, or are suppressed.
/// Every task of an appointment whose latest booking event is a cancellation is dropped. Finally non-mandatory tasks above
/// <see cref="CadenceOptions.MaxNonMandatoryContacts"/> per <see cref="CadenceOptions.CapWindow"/> are suppressed, earliest
/// kept first. Suppressed tasks are reported with their reason.</para>
/// <para><c>now</c> only bounds repeating steps whose end is unknown (an ongoing service without expected completion) and
/// rejects events from the future; tasks due before <c>now</c> stay in the plan (compliance needs them).</para>
/// </remarks>
public sealed class FollowupPlanner
{
    private readonly FollowupStep[] _steps;
    private readonly Settings _settings;

    /// <summary>Makes a planner.</summary>
    /// <param name="options">The cadence, or null for the default cadences (<see cref="Cadences.Default"/>). Copied: later changes do not affect the planner.</param>
    /// <exception cref="ArgumentException">The options are invalid (the message lists every failure).</exception>
    public FollowupPlanner(CadenceOptions? options = null)
    {
        options = OptionsGuard.Valid<CadenceOptions, CadenceOptionsValidator>(options ?? new CadenceOptions(), nameof(options));
        _steps = [.. options.Steps];
        _settings = new Settings(options with { Steps = [.. _steps] }, StepPlan.InPlanningOrder(_steps));
    }

    /// <summary>The steps the planner uses, in order.</summary>
    public IReadOnlyList<FollowupStep> Steps => _steps;

    /// <summary>Plans every customer's tasks.</summary>
    /// <param name="events">The events of any number of customers, in any order (each customer's events are ordered by instant,
    /// ties keeping input order).</param>
    /// <param name="calendar">The contact calendar.</param>
    /// <param name="now">The planning instant; no event may be after it.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">An event is after <paramref name="now"/>.</exception>
    public FollowupPlan Plan(IEnumerable<FollowupEvent> events, ContactCalendar calendar, Instant now)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(calendar);
        var byCustomer = new Dictionary<CustomerId, List<FollowupEvent>>();
        foreach (var e in events)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            if (!byCustomer.TryGetValue(e.Customer, out var list))
            {
                byCustomer[e.Customer] = list = [];
            }

            list.Add(e);
        }

        var tasks = new List<PlannedTask>();
        var suppressed = new List<SuppressedTask>();
        var run = new PlanningRun(_settings, calendar, now);
        foreach (var list in byCustomer.Values)
        {
            run.Plan(list, tasks, suppressed);
        }

        return FollowupPlan.Trusted(tasks, suppressed);
    }

    /// <summary>Plans customer by customer over a stream sorted by customer id, holding one customer's events at a time.</summary>
    /// <param name="eventsSortedByCustomer">Events sorted by customer id (ordinal, ascending); within a customer, any order.</param>
    /// <param name="calendar">The contact calendar.</param>
    /// <param name="now">The planning instant; no event may be after it.</param>
    /// <returns>One plan per customer, in customer order (lazily).</returns>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">While enumerating: the events are not sorted by customer, or an event is after <paramref name="now"/>.</exception>
    public IEnumerable<FollowupPlan> PlanByCustomer(IEnumerable<FollowupEvent> eventsSortedByCustomer, ContactCalendar calendar, Instant now)
    {
        ArgumentNullException.ThrowIfNull(eventsSortedByCustomer);
        ArgumentNullException.ThrowIfNull(calendar);
        return new CustomerPlans(_settings, eventsSortedByCustomer, calendar, now, nameof(eventsSortedByCustomer));
    }

    /// <summary>Plans customer by customer over an asynchronous stream sorted by customer id, holding one customer's events at a time.</summary>
    /// <param name="eventsSortedByCustomer">Events sorted by customer id (ordinal, ascending); within a customer, any order.</param>
    /// <param name="calendar">The contact calendar.</param>
    /// <param name="now">The planning instant; no event may be after it.</param>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>One plan per customer, in customer order.</returns>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">While enumerating: the events are not sorted by customer, or an event is after <paramref name="now"/>.</exception>
    public IAsyncEnumerable<FollowupPlan> PlanByCustomerAsync(IAsyncEnumerable<FollowupEvent> eventsSortedByCustomer, ContactCalendar calendar, Instant now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventsSortedByCustomer);
        ArgumentNullException.ThrowIfNull(calendar);
        return Iterate(cancellationToken);

        async IAsyncEnumerable<FollowupPlan> Iterate([EnumeratorCancellation] CancellationToken ct)
        {
            var run = new PlanningRun(_settings, calendar, now);
            var group = new List<FollowupEvent>();
            await foreach (var e in eventsSortedByCustomer.WithCancellation(ct).ConfigureAwait(false))
            {
                if (Accept(group, e, run, nameof(eventsSortedByCustomer)) is { } plan)
                {
                    yield return plan;
                }
            }

            if (group.Count > 0)
            {
                yield return run.PlanOne(group);
            }
        }
    }

    /// <summary>Adds an event to the customer being gathered; when it starts the next customer, plans the gathered one first.</summary>
    internal static FollowupPlan? Accept(List<FollowupEvent> group, FollowupEvent e, PlanningRun run, string paramName)
    {
        ArgumentNullException.ThrowIfNull(e, paramName);
        FollowupPlan? done = null;
        if (group.Count > 0 && group[0].Customer != e.Customer)
        {
            if (e.Customer < group[0].Customer)
            {
                throw new ArgumentException(
                    $"The events must be sorted by customer id (ordinal): \"{e.Customer}\" comes after \"{group[0].Customer}\".", paramName);
            }

            done = run.PlanOne(group);
            group.Clear();
        }

        group.Add(e);
        return done;
    }

    /// <summary>What a planning run needs of the planner, worked out once.</summary>
    /// <param name="Options">The validated options (a private copy).</param>
    /// <param name="Steps">The steps with their precomputed parts, in the order they are planned (see
    /// <see cref="StepPlan.InPlanningOrder"/>).</param>
    internal sealed record Settings(CadenceOptions Options, StepPlan[] Steps)
    {
        /// <summary>The frequency-cap detail of every capped task (each finds the cap's full number of contacts planned in the
        /// window before it): one text for all of them.</summary>
        public string CappedText { get; } = string.Create(
            CultureInfo.InvariantCulture, $"{Options.MaxNonMandatoryContacts} non-mandatory contacts already planned in the {WindowText(Options.CapWindow)} before");

        /// <summary>The cap window as the frequency-cap detail prints it ("7 days", "36 h").</summary>
        private static string WindowText(Duration window) => window.TotalHours % 24 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{window.TotalDays:0.##} days")
            : string.Create(CultureInfo.InvariantCulture, $"{window.TotalHours:0.##} h");
    }
}

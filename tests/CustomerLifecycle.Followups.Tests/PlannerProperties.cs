using CustomerLifecycle.Followups.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests;

public class PlannerProperties
{
    private static readonly FollowupPlanner Planner = new();
    private static readonly ContactCalendar Calendar = China();
    private static readonly Dictionary<string, FollowupStep> Steps = Planner.Steps.ToDictionary(s => s.Name);
    private static readonly Dictionary<string, int> StepIndex = Planner.Steps.Select((s, i) => (s.Name, i)).ToDictionary(x => x.Name, x => x.i);

    private static FollowupPlan Plan(History h) => Planner.Plan(h.Events, Calendar, h.Now);

    [Fact]
    public void The_generated_histories_exercise_moves_suppressions_and_every_flow()
    {
        var plans = Enumerable.Range(0, 40).Select(i => Plan(History.Of(i))).ToList();
        var tasks = plans.SelectMany(p => p.Tasks).ToList();
        Assert.True(tasks.Count > 200, $"only {tasks.Count} tasks");
        Assert.Contains(tasks, t => t.Due != t.IdealDue);
        Assert.Equal(Enum.GetValues<FollowupFlow>().Length, tasks.Select(t => t.Flow).Distinct().Count());
        Assert.Equal(Enum.GetValues<SuppressionReason>().Length, plans.SelectMany(p => p.Suppressed).Select(s => s.Reason).Distinct().Count());
    }

    [Fact]
    public void One_planner_and_calendar_shared_by_many_threads_give_the_plans_of_sequential_runs()
    {
        // Each Plan call owns its scratch (calendar cursors, per-customer buffers): nothing is shared between threads.
        var histories = Enumerable.Range(100, 64).Select(History.Of).ToArray();
        var sequential = histories.Select(h => Describe(Plan(h))).ToArray();
        var parallel = new string[histories.Length];
        Parallel.For(0, histories.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var k = i % histories.Length;
            parallel[k] = Describe(Plan(histories[k]));
        });

        Assert.Equal(sequential, parallel);

        static string Describe(FollowupPlan plan) =>
            string.Join(';', plan.Tasks.Select(t => $"{t.Key}@{t.Due}/{t.WindowEnd}")) + "|" + string.Join(';', plan.Suppressed.Select(s => $"{s.Task.Key}:{s.Reason}"));
    }

    [Property(Arbitrary = [typeof(FollowupArbitraries)], MaxTest = 200)]
    public bool No_task_falls_in_quiet_hours_outside_business_hours_or_on_a_holiday_that_applies(History h) =>
        Plan(h).Tasks.All(t =>
        {
            var step = Steps[t.Step];
            var zone = DateTimeZoneProviders.Tzdb[t.ZoneId];
            var local = t.Due.InZone(zone).LocalDateTime;
            var quietOk = !step.QuietHours
                || (!Calendar.QuietHoursOf(t.Channel).Contains(local.TimeOfDay)
                    && !(Calendar.KeepsHolidays(t.Channel) && Calendar.Holidays.IsHoliday(local.Date)));
            var businessOk = !step.BusinessHours || Calendar.WorkingHoursOn(local.Date) is { } hours && hours.Contains(local.TimeOfDay);
            return quietOk && businessOk && Calendar.IsAllowed(t.Due, ContactRules.Of(step), zone) && t.LocalDue == local;
        });

    private static bool DueBy(string step) => Planner.Steps.Single(s => s.Name == step).Timing == StepTiming.DueBy;

    [Property(Arbitrary = [typeof(FollowupArbitraries)], MaxTest = 200)]
    public bool Tasks_of_a_flow_are_in_order(History h) =>
        Plan(h).Tasks
            .GroupBy(t => (t.Customer, t.Flow, Ref: t.Key.Split('|')[2]))
            .All(g =>
            {
                var ordered = g.OrderBy(t => StepIndex[t.Step]).ThenBy(t => t.Occurrence).ToList();
                // A due-by step (the callback) keeps inside its deadline rather than follow an earlier step past it.
                return ordered.Zip(ordered.Skip(1)).All(p => p.First.Due <= p.Second.Due || (DueBy(p.Second.Step) && p.Second.Due < p.Second.Deadline));
            });

    [Property(Arbitrary = [typeof(FollowupArbitraries)], MaxTest = 100)]
    public bool Planning_is_idempotent_and_ignores_the_order_of_customers(History h)
    {
        var reordered = h.Events.GroupBy(e => e.Customer).Reverse().SelectMany(g => g).ToList();
        var plan = Plan(h);
        return plan.Equals(Plan(h)) && plan.Equals(Planner.Plan(reordered, Calendar, h.Now));
    }

    [Property(Arbitrary = [typeof(FollowupArbitraries)], MaxTest = 100)]
    public bool The_order_in_which_steps_of_different_flows_are_planned_changes_nothing_in_the_plan(History h, int seed)
    {
        // The planner plans steps in its own order (see StepPlan.InPlanningOrder); here a run plans them with the flows
        // interleaved at random instead, each flow's steps in their given order (which sets the order of the flow's tasks).
        var rng = new Random(seed);
        var byFlow = Planner.Steps.GroupBy(s => s.Flow).Select(g => new Queue<FollowupStep>(g)).ToList();
        var interleaved = new List<StepPlan>();
        while (byFlow.Count > 0)
        {
            var k = rng.Next(byFlow.Count);
            interleaved.Add(new StepPlan(byFlow[k].Dequeue()));
            if (byFlow[k].Count == 0)
            {
                byFlow.RemoveAt(k);
            }
        }

        var run = new PlanningRun(new FollowupPlanner.Settings(new CadenceOptions(), [.. interleaved]), Calendar, h.Now);
        var tasks = new List<PlannedTask>();
        var suppressed = new List<SuppressedTask>();
        foreach (var customer in h.Events.GroupBy(e => e.Customer))
        {
            run.Plan([.. customer], tasks, suppressed);
        }

        return FollowupPlan.Trusted(tasks, suppressed).Equals(Plan(h));
    }

    [Fact]
    public void Steps_are_planned_roughly_by_time_with_each_flows_steps_in_their_given_order()
    {
        var steps = Planner.Steps;
        foreach (var given in new IReadOnlyList<FollowupStep>[] { steps, [.. steps.Reverse()] })
        {
            var order = StepPlan.InPlanningOrder(given).Select(p => p.Step).ToList();
            Assert.Equal(given.OrderBy(s => s.Name, StringComparer.Ordinal), order.OrderBy(s => s.Name, StringComparer.Ordinal));
            foreach (var flow in given.GroupBy(s => s.Flow))
            {
                Assert.Equal(flow, order.Where(s => s.Flow == flow.Key));
            }
        }

        // The default cadence: the closed loop on the survey (due hours after the service) comes before the post-service
        // steps days and weeks later, and the confirmation at booking first.
        var planned = StepPlan.InPlanningOrder(steps).Select(p => p.Step.Name).ToList();
        Assert.Equal(Cadences.Confirm, planned[0]);
        Assert.True(planned.IndexOf(Cadences.DetractorRecovery) < planned.IndexOf(Cadences.UsageAdvice));
        Assert.True(planned.IndexOf(Cadences.PromoterThanks) < planned.IndexOf(Cadences.CommunityInvitation));
    }

    [Property(Arbitrary = [typeof(FollowupArbitraries)], MaxTest = 100)]
    public bool Applying_the_diff_of_two_plans_to_the_first_gives_the_second(History a, History b)
    {
        var pa = Plan(a);
        var pb = Plan(b);
        return FollowupPlan.Diff(pa, pb).ApplyTo(pa.Tasks).SequenceEqual(pb.Tasks);
    }

    [Property(Arbitrary = [typeof(FollowupArbitraries)], MaxTest = 100)]
    public bool Replanning_with_more_events_diffs_back_to_the_new_plan(History h)
    {
        var half = h with { Events = [.. h.Events.Take(h.Events.Count / 2)] };
        var before = Plan(half);
        var after = Plan(h);
        return FollowupPlan.Diff(before, after).ApplyTo(before.Tasks).SequenceEqual(after.Tasks);
    }

    [Property(Arbitrary = [typeof(FollowupArbitraries)], MaxTest = 100)]
    public bool A_cancellation_removes_every_task_of_its_appointment(History h)
    {
        var plan = Plan(h.CancelAll());
        return plan.Tasks.All(t => t.AppointmentId is null) && plan.Suppressed.All(s => s.Task.AppointmentId is null);
    }

    [Property(Arbitrary = [typeof(FollowupArbitraries)], MaxTest = 100)]
    public bool Streaming_gives_the_same_plan(History h)
    {
        var sorted = h.Events.OrderBy(e => e.Customer).ToList(); // stable: keeps each customer's order
        var plans = Planner.PlanByCustomer(sorted, Calendar, h.Now).ToList();
        return Plan(h).Equals(new FollowupPlan(plans.SelectMany(p => p.Tasks), plans.SelectMany(p => p.Suppressed)));
    }

    [Property(Arbitrary = [typeof(FollowupArbitraries)], MaxTest = 100)]
    public bool Streaming_an_array_gives_the_plans_of_streaming_any_sequence(History h)
    {
        // Arrays are read by index (with their events fetched ahead); any other sequence through its enumerator.
        FollowupEvent[] sorted = [.. h.Events.OrderBy(e => e.Customer)];
        return Planner.PlanByCustomer(sorted, Calendar, h.Now).SequenceEqual(Planner.PlanByCustomer(sorted.Select(e => e), Calendar, h.Now));
    }

    [Property(MaxTest = 300)]
    public Property Next_allowed_is_the_first_allowed_instant_and_previous_allowed_precedes() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue - 1).ToArbitrary(),
            seed =>
            {
                var rng = new Random(seed);
                var minute = rng.Next(0, 365 * 24 * 60);
                var zone = new[] { Shanghai, NewYork, London }[rng.Next(3)];
                var flags = rng.Next(8);
                var quiet = (rng.Next(24), rng.Next(24));
                var cal = new ContactCalendar(zone, Calendar.Holidays)
                    .WithQuietHours(ContactChannel.Sms, QuietHours.From(new LocalTime(quiet.Item1, 0), new LocalTime(quiet.Item2, 30)));
                var rules = new ContactRules((flags & 4) == 0 ? ContactChannel.Sms : ContactChannel.Phone, (flags & 1) != 0, (flags & 2) != 0);
                var t = Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(minute);
                if (cal.NextAllowed(t, rules) is not { } next || cal.PreviousAllowed(t, rules, Duration.FromHours(1)) is not { } previous)
                {
                    // Only a combination that never opens (e.g. quiet 05:00–23:30 with business hours) has no answer: sample 8 days.
                    return Enumerable.Range(-384, 768).All(k => !cal.IsAllowed(t + Duration.FromMinutes(15 * k), rules));
                }

                var nextOk = next >= t && cal.IsAllowed(next, rules)
                    && (next == t || (!cal.IsAllowed(t, rules) && !cal.IsAllowed(next - Duration.Epsilon, rules)));
                var midpoint = t + ((next - t) / 2);
                var gapOk = next == t || !cal.IsAllowed(midpoint, rules);
                var end = cal.AllowedUntil(next, rules, next + Duration.FromDays(3));
                var untilOk = end > next && cal.IsAllowed(end - Duration.Epsilon, rules);
                return nextOk && gapOk && previous < t && cal.IsAllowed(previous, rules) && untilOk;
            });
}

using CustomerLifecycle.Core;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests;

public class PlannerTests
{
    private static FollowupEvent[] History(CustomerId c) =>
    [
        FollowupEvent.Booked(c, Cn(3, 2, 10), "A-" + c.Value, Cn(3, 9, 10)),
        FollowupEvent.ServiceStarted(c, Cn(3, 9, 10), "A-" + c.Value, Cn(3, 9, 12)),
        FollowupEvent.ServiceCompleted(c, Cn(3, 9, 12), true, "A-" + c.Value, Cn(9, 9, 10)),
        FollowupEvent.Survey(c, Cn(3, 9, 16), LikelihoodScore.From(6), true, "A-" + c.Value),
        FollowupEvent.DeferredRepair(c, Cn(3, 9, 12), appointmentId: "A-" + c.Value),
    ];

    [Fact]
    public void The_frequency_cap_suppresses_the_latest_non_mandatory_contacts_and_reports_them()
    {
        var planner = new FollowupPlanner(new CadenceOptions { Steps = [.. Cadences.PostService()], MaxNonMandatoryContacts = 2 });
        var plan = planner.Plan([FollowupEvent.ServiceCompleted(Customer, Cn(3, 4, 12))], China(), Cn(3, 5, 0));
        Assert.Contains(plan.Tasks, t => t.Step == Cadences.Survey);
        Assert.Contains(plan.Tasks, t => t.Step == Cadences.Callback);
        var voice = plan.Suppressed(Cadences.VoiceMessage);
        Assert.Equal(SuppressionReason.FrequencyCap, voice.Reason);
        Assert.Equal("2 non-mandatory contacts already planned in the 7 days before", voice.Detail);
        Assert.Equal(SuppressionReason.FrequencyCap, plan.Suppressed(Cadences.UsageAdvice).Reason);
        Assert.Contains(plan.Tasks, t => t.Step == Cadences.CommunityInvitation); // +30 d: a new window
        Assert.Contains(plan.Tasks, t => t.Step == Cadences.CheckIn); // mandatory
    }

    [Fact]
    public void Mandatory_contacts_are_never_capped()
    {
        var planner = new FollowupPlanner(new CadenceOptions { Steps = [.. Cadences.PostService()], MaxNonMandatoryContacts = 0 });
        var plan = planner.Plan([FollowupEvent.ServiceCompleted(Customer, Cn(3, 4, 12), isFirstVisit: true)], China(), Cn(3, 5, 0));
        Assert.Equal([Cadences.Callback, Cadences.CheckIn], plan.Tasks.Select(t => t.Step));
        Assert.Equal(4, plan.Suppressed.Count);
    }

    [Fact]
    public void Planning_twice_or_in_another_customer_order_gives_the_same_plan()
    {
        var events = History(CustomerId.From("B")).Concat(History(CustomerId.From("A"))).ToArray();
        var planner = new FollowupPlanner();
        var once = planner.Plan(events, China(), Cn(3, 10, 0));
        Assert.Equal(once, planner.Plan(events, China(), Cn(3, 10, 0)));
        Assert.Equal(once, planner.Plan(History(CustomerId.From("A")).Concat(History(CustomerId.From("B"))), China(), Cn(3, 10, 0)));
        Assert.Equal(once.GetHashCode(), planner.Plan(events, China(), Cn(3, 10, 0)).GetHashCode());
        Assert.True(FollowupPlan.Diff(once, planner.Plan(events, China(), Cn(3, 10, 0))).IsEmpty);
        Assert.Equal(once.Tasks.Count, once.Tasks.Select(t => t.Key).Distinct().Count());
    }

    [Fact]
    public void Streaming_by_customer_gives_the_same_tasks_as_planning_at_once()
    {
        var ids = Enumerable.Range(0, 50).Select(i => CustomerId.From($"C{i:000}")).ToList();
        var events = ids.SelectMany(History).ToList();
        var planner = new FollowupPlanner();
        var whole = planner.Plan(events, China(), Cn(3, 10, 0));
        var streamed = planner.PlanByCustomer(events, China(), Cn(3, 10, 0)).ToList();
        Assert.Equal(50, streamed.Count);
        Assert.Equal(whole, new FollowupPlan(streamed.SelectMany(p => p.Tasks), streamed.SelectMany(p => p.Suppressed)));
    }

    [Fact]
    public async Task Streaming_asynchronously_gives_the_same_plans()
    {
        var events = new[] { "A", "B", "C" }.Select(CustomerId.From).SelectMany(History).ToList();
        var planner = new FollowupPlanner();
        var plans = new List<FollowupPlan>();
        await foreach (var p in planner.PlanByCustomerAsync(ToAsync(events), China(), Cn(3, 10, 0)))
        {
            plans.Add(p);
        }

        Assert.Equal(planner.PlanByCustomer(events, China(), Cn(3, 10, 0)), plans);
    }

    [Fact]
    public void Streaming_reads_only_as_far_as_the_plans_taken()
    {
        var read = 0;
        IEnumerable<FollowupEvent> Endless()
        {
            for (var i = 0; ; i++)
            {
                foreach (var e in History(CustomerId.From($"C{i:000000000}")))
                {
                    read++;
                    yield return e;
                }
            }
        }

        var plans = new FollowupPlanner().PlanByCustomer(Endless(), China(), Cn(3, 10, 0)).Take(3).ToList();
        Assert.Equal(3, plans.Count);
        Assert.Equal((3 * History(Customer).Length) + 1, read); // 3 customers, plus the first event of the 4th that closes the 3rd
    }

    [Fact]
    public void Streaming_rejects_events_not_sorted_by_customer()
    {
        var events = History(CustomerId.From("B")).Concat(History(CustomerId.From("A")));
        var e = Assert.Throws<ArgumentException>("eventsSortedByCustomer", () => new FollowupPlanner().PlanByCustomer(events, China(), Cn(3, 10, 0)).ToList());
        Assert.Contains("\"A\" comes after \"B\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Streaming_an_array_rejects_events_not_sorted_by_customer_and_null_events()
    {
        // An array is read by index rather than through its enumerator: the same checks apply.
        FollowupEvent[] unsorted = [.. History(CustomerId.From("B")), .. History(CustomerId.From("A"))];
        var e = Assert.Throws<ArgumentException>("eventsSortedByCustomer", () => new FollowupPlanner().PlanByCustomer(unsorted, China(), Cn(3, 10, 0)).ToList());
        Assert.Contains("\"A\" comes after \"B\"", e.Message, StringComparison.Ordinal);
        FollowupEvent[] withNull = [.. History(CustomerId.From("A")), null!, .. History(CustomerId.From("B"))];
        Assert.Throws<ArgumentNullException>("eventsSortedByCustomer", () => new FollowupPlanner().PlanByCustomer(withNull, China(), Cn(3, 10, 0)).ToList());
    }

    [Fact]
    public void Events_from_the_future_are_misuse()
    {
        var e = Assert.Throws<ArgumentException>("events", () => new FollowupPlanner().Plan(History(Customer), China(), Cn(3, 9, 11)));
        Assert.Contains("after now", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_misuse()
    {
        var planner = new FollowupPlanner();
        Assert.Throws<ArgumentNullException>("events", () => planner.Plan(null!, China(), Cn(3, 1, 0)));
        Assert.Throws<ArgumentNullException>("calendar", () => planner.Plan([], null!, Cn(3, 1, 0)));
        Assert.Throws<ArgumentNullException>("events", () => planner.Plan([null!], China(), Cn(3, 1, 0)));
        Assert.Throws<ArgumentNullException>("eventsSortedByCustomer", () => planner.PlanByCustomer(null!, China(), Cn(3, 1, 0)));
    }

    [Fact]
    public void Planning_later_keeps_past_tasks_where_they_were()
    {
        var planner = new FollowupPlanner();
        var early = planner.Plan(History(Customer), China(), Cn(3, 10, 0));
        var late = planner.Plan(History(Customer), China(), Cn(12, 31, 0));
        Assert.Equal(early, late);
        Assert.Contains(late.Tasks, t => t.Due < Cn(3, 10, 0));
    }

    [Fact]
    public void No_events_give_an_empty_plan() =>
        Assert.Equal(FollowupPlan.Empty, new FollowupPlanner().Plan([], China(), Cn(3, 1, 0)));

    [Fact]
    public void Keys_escape_the_separator_so_different_ids_never_collide()
    {
        var odd = CustomerId.From("a|b%");
        var plan = Only(Cadences.PostService()[0]).Plan([FollowupEvent.ServiceCompleted(odd, Cn(3, 4, 12), appointmentId: "x|1")], China(), Cn(3, 5, 0));
        Assert.Equal("a%7Cb%25|post.survey-4h|a:x%7C1|0", plan.Tasks[0].Key);
    }

    [Fact]
    public void Two_completions_under_one_appointment_id_keep_only_the_later()
    {
        var plan = Only(Cadences.PostService()[0]).Plan(
            [FollowupEvent.ServiceCompleted(Customer, Cn(3, 4, 10), appointmentId: "A1"), FollowupEvent.ServiceCompleted(Customer, Cn(3, 4, 12), appointmentId: "A1")],
            China(),
            Cn(3, 5, 0));
        Assert.Equal(Cn(3, 4, 16), Assert.Single(plan.Tasks).Due);
        Assert.Empty(plan.Suppressed);
    }

    [Fact]
    public void The_planner_copies_its_options()
    {
        var options = new CadenceOptions();
        var planner = new FollowupPlanner(options);
        options.Steps.Clear();
        Assert.Equal(Cadences.Default().Count, planner.Steps.Count);
    }

    [Fact]
    public void Invalid_options_are_rejected_with_every_failure()
    {
        List<FollowupStep> steps = [.. Cadences.Default()];
        steps.Add(steps[0]);
        var e = Assert.Throws<ArgumentException>("options", () => new FollowupPlanner(new CadenceOptions
        {
            Steps = steps,
            MaxNonMandatoryContacts = -1,
            CapWindow = Duration.Zero,
            DeferredRepairDelay = Period.FromDays(-3),
            MoveEarlierLead = Duration.FromDays(1),
        }));
        Assert.Contains("Steps: must have unique names; repeated: pre.confirm", e.Message, StringComparison.Ordinal);
        Assert.Contains("MaxNonMandatoryContacts: must be 0–1000; got -1", e.Message, StringComparison.Ordinal);
        Assert.Contains("CapWindow", e.Message, StringComparison.Ordinal);
        Assert.Contains("DeferredRepairDelay", e.Message, StringComparison.Ordinal);
        Assert.Contains("MoveEarlierLead", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("options", () => new FollowupPlanner(new CadenceOptions { Steps = null! }));
        Assert.Throws<ArgumentException>("options", () => new FollowupPlanner(new CadenceOptions { Steps = [null!] }));
    }

    private static async IAsyncEnumerable<FollowupEvent> ToAsync(IEnumerable<FollowupEvent> events)
    {
        foreach (var e in events)
        {
            await Task.Yield();
            yield return e;
        }
    }
}

using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests;

// DOMAIN.md §3 "Retention": churn warning (seed 003), deferred repairs (seeds 001, 003, 004), next maintenance (seed 001).
public class RetentionTests
{
    private static readonly FollowupPlanner Planner = new(new CadenceOptions { Steps = [.. Cadences.Retention()] });

    [Fact]
    public void Three_months_without_a_visit_trigger_a_care_call_and_a_new_visit_moves_it()
    {
        var first = Planner.Plan([FollowupEvent.Visit(Customer, Cn(1, 9, 10))], China(), Cn(1, 10, 0));
        Assert.Equal(Cn(4, 9, 10), first.Task(Cadences.ChurnWarning).Due);

        // A visit on 1 February: 1 May falls in the Labour Day break → Wednesday 6 May 09:00.
        var second = Planner.Plan([FollowupEvent.Visit(Customer, Cn(1, 9, 10)), FollowupEvent.Visit(Customer, Cn(2, 1, 10))], China(), Cn(2, 2, 0));
        Assert.Equal(Cn(5, 6, 9), second.Task(Cadences.ChurnWarning).Due);
        var moved = Assert.Single(FollowupPlan.Diff(first, second).Moved);
        Assert.Equal("C001|retention.churn-warning|last|0", moved.Key);
    }

    [Fact]
    public void A_postponed_repair_is_raised_again_3_months_later_or_on_the_agreed_date()
    {
        var plan = Planner.Plan([FollowupEvent.DeferredRepair(Customer, Cn(3, 4, 15))], China(), Cn(3, 5, 0));
        Assert.Equal(Cn(6, 4, 15), plan.Task(Cadences.DeferredRepair).Due);
        Assert.Equal("repair postponed on 2026-03-04 15:00, due 2026-06-04 15:00", plan.Task(Cadences.DeferredRepair).Reason);

        var agreed = Planner.Plan([FollowupEvent.DeferredRepair(Customer, Cn(3, 4, 15), remindAt: Cn(4, 15, 10))], China(), Cn(3, 5, 0));
        Assert.Equal(Cn(4, 15, 10), agreed.Task(Cadences.DeferredRepair).Due);

        var sooner = new FollowupPlanner(new CadenceOptions { Steps = [.. Cadences.Retention()], DeferredRepairDelay = Period.FromMonths(2) });
        Assert.Equal(Cn(5, 6, 9), sooner.Plan([FollowupEvent.DeferredRepair(Customer, Cn(3, 4, 15))], China(), Cn(3, 5, 0)).Task(Cadences.DeferredRepair).Due);
    }

    [Fact]
    public void The_next_maintenance_gets_a_contact_one_week_before_it_is_due()
    {
        var plan = Planner.Plan([FollowupEvent.ServiceCompleted(Customer, Cn(3, 4, 12), nextServiceDue: Cn(9, 1, 10))], China(), Cn(3, 5, 0));
        Assert.Equal(Cn(8, 25, 10), plan.Task(Cadences.NextService).Due);
        Assert.Equal("next maintenance due 2026-09-01 10:00", plan.Task(Cadences.NextService).Reason);
    }

    [Fact]
    public void A_maintenance_due_in_less_than_a_week_is_contacted_at_once()
    {
        var plan = Planner.Plan([FollowupEvent.Visit(Customer, Cn(3, 4, 12), nextServiceDue: Cn(3, 7, 10))], China(), Cn(3, 5, 0));
        Assert.Equal(Cn(3, 4, 12), plan.Task(Cadences.NextService).Due);
        Assert.Equal(Cn(2, 28, 10), plan.Task(Cadences.NextService).IdealDue);
    }
}

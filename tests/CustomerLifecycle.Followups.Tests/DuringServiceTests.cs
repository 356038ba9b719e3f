using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests;

// DOMAIN.md §3 "During service": progress every 30 minutes; repairs longer than 3 days: a daily update (seed 002).
public class DuringServiceTests
{
    private static readonly FollowupPlanner Planner = new(new CadenceOptions { Steps = [.. Cadences.DuringService()] });

    [Fact]
    public void A_two_hour_service_gets_a_progress_update_every_30_minutes_until_it_ends()
    {
        var plan = Planner.Plan(
            [FollowupEvent.ServiceStarted(Customer, Cn(3, 4, 9), "A1"), FollowupEvent.ServiceCompleted(Customer, Cn(3, 4, 11), appointmentId: "A1")],
            China(),
            Cn(3, 4, 12));
        Assert.Equal([Cn(3, 4, 9, 30), Cn(3, 4, 10), Cn(3, 4, 10, 30)], plan.Tasks.Select(t => t.Due));
        Assert.All(plan.Tasks, t => Assert.Equal(Cadences.Progress, t.Step));
        Assert.Equal([0, 1, 2], plan.Tasks.Select(t => t.Occurrence));
        Assert.Equal(Cn(3, 4, 10), plan.Tasks[0].WindowEnd); // until the next update
    }

    [Fact]
    public void An_ongoing_service_without_an_end_is_planned_one_interval_past_now()
    {
        var plan = Planner.Plan([FollowupEvent.ServiceStarted(Customer, Cn(3, 4, 9))], China(), Cn(3, 4, 10, 15));
        Assert.Equal([Cn(3, 4, 9, 30), Cn(3, 4, 10), Cn(3, 4, 10, 30)], plan.Tasks.Select(t => t.Due));
    }

    [Fact]
    public void Progress_updates_are_skipped_at_night_and_reported()
    {
        var plan = Planner.Plan(
            [FollowupEvent.ServiceStarted(Customer, Cn(3, 4, 20), expectedCompletion: Cn(3, 4, 22))],
            China(),
            Cn(3, 4, 20));
        Assert.Equal([Cn(3, 4, 20, 30)], plan.Tasks.Select(t => t.Due));
        Assert.Equal(2, plan.Suppressed.Count(s => s.Reason == SuppressionReason.NotAllowed)); // 21:00 and 21:30
    }

    [Fact]
    public void A_repair_longer_than_3_days_gets_a_daily_update_instead()
    {
        var plan = Planner.Plan(
            [FollowupEvent.ServiceStarted(Customer, Cn(3, 2, 9), "A1", expectedCompletion: Cn(3, 6, 17))],
            China(),
            Cn(3, 2, 9));
        Assert.Equal([Cn(3, 3, 9), Cn(3, 4, 9), Cn(3, 5, 9), Cn(3, 6, 9)], plan.Tasks.Select(t => t.Due));
        Assert.All(plan.Tasks, t => Assert.Equal(Cadences.DailyUpdate, t.Step));
    }

    [Fact]
    public void Exactly_3_days_is_not_a_long_repair()
    {
        var plan = Planner.Plan(
            [FollowupEvent.ServiceStarted(Customer, Cn(3, 2, 9), expectedCompletion: Cn(3, 5, 9))],
            China(),
            Cn(3, 2, 9));
        Assert.DoesNotContain(plan.Tasks, t => t.Step == Cadences.DailyUpdate);
        Assert.Contains(plan.Tasks, t => t.Step == Cadences.Progress);
    }

    [Fact]
    public void The_long_repair_threshold_is_an_option()
    {
        var planner = new FollowupPlanner(new CadenceOptions { Steps = [.. Cadences.DuringService()], LongRepairThreshold = Duration.FromHours(6) });
        var plan = planner.Plan([FollowupEvent.ServiceStarted(Customer, Cn(3, 2, 9), expectedCompletion: Cn(3, 3, 12))], China(), Cn(3, 2, 9));
        Assert.Equal([Cn(3, 3, 9)], plan.Tasks.Select(t => t.Due));
    }
}

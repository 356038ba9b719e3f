using CustomerLifecycle.Followups.Calendar;
using CustomerLifecycle.Followups.Compliance;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Compliance.ComplianceTestData;

namespace CustomerLifecycle.Followups.Tests.Compliance;

/// <summary>Compliance on real plans from the planner with the default cadences and the sample calendar.</summary>
public class PlanComplianceTests
{
    // Monday 2 March 2026, 17:00 in Shanghai: both customers' services end.
    private static readonly Instant ServiceEnd = At("2026-03-02T09:00:00Z");
    private static readonly ContactCalendar Calendar = new(Shanghai, HolidayCalendar.ChinaMainland2026(), BusinessHours.Default);

    private static readonly FollowupEvent[] Events =
    [
        FollowupEvent.ServiceCompleted(C("new"), ServiceEnd, isFirstVisit: true, zone: Shanghai),
        FollowupEvent.ServiceCompleted(C("old"), ServiceEnd, isFirstVisit: false, zone: Shanghai),
    ];

    private static FollowupPlan Plan() => new FollowupPlanner().Plan(Events, Calendar, ServiceEnd + Duration.FromMinutes(1));

    private static PlannedTask CallbackOf(FollowupPlan plan, string customer) =>
        plan.Tasks.Single(t => t.Step == Cadences.Callback && t.Customer == C(customer));

    [Fact]
    public void Callback_task_is_anchored_on_the_end_of_the_service()
    {
        var task = SlaTask.From(CallbackOf(Plan(), "new"));
        Assert.Equal(ServiceEnd, task.Anchor);
        Assert.Equal(Cadences.Callback, task.Step);
    }

    [Fact]
    public void Steps_before_their_anchor_have_no_anchor()
    {
        var booking = FollowupEvent.Booked(C("b"), ServiceEnd, "appt-1", ServiceEnd + Duration.FromDays(10), Shanghai);
        var plan = new FollowupPlanner().Plan([booking], Calendar, ServiceEnd);
        var reminder = plan.Tasks.Single(t => t.Step == Cadences.ReminderOneDayBefore);
        Assert.Null(SlaTask.From(reminder).Anchor);
        var confirm = plan.Tasks.Single(t => t.Step == Cadences.Confirm);
        Assert.Equal(ServiceEnd, SlaTask.From(confirm).Anchor);
    }

    [Fact]
    public void First_time_callback_rate_counts_only_first_visits()
    {
        var plan = Plan();
        var log = new[]
        {
            TaskCompletion.ForKey(CallbackOf(plan, "new").Key, ServiceEnd + Duration.FromHours(20), "phone", "advisor-li"),
            TaskCompletion.ForStep(C("old"), Cadences.Callback, ServiceEnd + Duration.FromHours(30)),
        };
        var rate = new SlaComplianceEvaluator().FirstTimeCallbackRate(plan, log, Events, ServiceEnd + Duration.FromDays(3));
        Assert.Equal((1, 1), (rate.OnTime, rate.Due));
        Assert.Equal(1d, rate.Rate!.Value.Value);
    }

    [Fact]
    public void First_time_callback_after_24_hours_is_late_on_the_calendar_clock_but_on_time_in_business_hours()
    {
        // Done Tuesday 18:00 local = 25 calendar hours after Monday 17:00; business hours 09:00–18:00 count only 1 h Monday + 9 h Tuesday = 10 h.
        var plan = Plan();
        var log = new[] { TaskCompletion.ForKey(CallbackOf(plan, "new").Key, ServiceEnd + Duration.FromHours(25)) };
        var at = ServiceEnd + Duration.FromDays(10);
        var calendarRate = new SlaComplianceEvaluator().FirstTimeCallbackRate(plan, log, Events, at);
        Assert.Equal((0, 1), (calendarRate.OnTime, calendarRate.Late));
        Assert.Equal(Duration.FromHours(1), calendarRate.MaxLateness);
        var business = new SlaComplianceEvaluator(new SlaComplianceOptions { Clock = SlaClock.BusinessHours });
        var businessRate = business.FirstTimeCallbackRate(plan, log, Events, at, Calendar);
        Assert.Equal((1, 0), (businessRate.OnTime, businessRate.Late));
    }

    [Fact]
    public void Whole_plan_report_has_a_rate_per_step_and_both_segments()
    {
        var plan = Plan();
        var report = new SlaComplianceEvaluator().Evaluate(plan, [], ServiceEnd + Duration.FromDays(200), segmentOf: SlaComplianceEvaluator.FirstVisitSegments(Events));
        Assert.Equal(plan.Tasks.Count, report.Overall.Total);
        Assert.Equal(plan.Tasks.Select(t => t.Step).Distinct().Order(StringComparer.Ordinal), report.ByStep.Select(p => p.Key));
        Assert.Equal([SlaComplianceEvaluator.FirstTimeSegment, SlaComplianceEvaluator.ReturningSegment], report.BySegment.Select(p => p.Key));
        Assert.Equal(0d, report.Overall.Rate!.Value.Value); // nothing was done, everything is overdue 200 days later
    }
}

using CustomerLifecycle.Followups.Calendar;
using CustomerLifecycle.Followups.Compliance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests;

// The first-time customer's callback is measured by "called back within 24 h": it is a due-by step.
public class CallbackDeadlineTests
{
    private static readonly FollowupPlanner Planner = new();
    private static readonly Duration Day = Duration.FromHours(24);

    private static PlannedTask Callback(Instant end, ContactCalendar calendar) =>
        Planner.Plan([FollowupEvent.ServiceCompleted(Customer, end, isFirstVisit: true, "A1")], calendar, end).Task(Cadences.Callback);

    [Fact]
    public void A_friday_afternoon_service_is_called_back_the_same_day_not_on_monday()
    {
        // Friday 6 March 15:00: the window is 17:00 Friday – 15:00 Saturday; its only business hour is 17:00–18:00 Friday.
        var callback = Callback(Cn(3, 6, 15), China());
        Assert.Equal(Cn(3, 6, 17), callback.Due);
        Assert.Equal(Cn(3, 6, 18), callback.WindowEnd);
        Assert.Equal(Cn(3, 7, 15), callback.Deadline);
        Assert.False(callback.AtRisk);
        Assert.Null(callback.AtRiskReason);
    }

    [Fact]
    public void A_make_up_working_saturday_is_a_working_day_for_the_callback()
    {
        // Friday 13 February 15:00 → deadline Saturday 14 February 15:00, a make-up working day before the Spring Festival.
        var callback = Callback(Cn(2, 13, 15), China());
        Assert.Equal(Cn(2, 14, 14), callback.Due);
        Assert.False(callback.AtRisk);
    }

    [Fact]
    public void Before_the_spring_festival_break_the_callback_is_at_risk_and_waits_for_the_first_working_day()
    {
        // Saturday 14 February 18:30 (make-up day, after hours) → window 20:30 Saturday – 18:30 Sunday, a holiday.
        var callback = Callback(Cn(2, 14, 18, 30), China());
        Assert.True(callback.AtRisk);
        Assert.Equal(Cn(2, 24, 9), callback.Due);
        Assert.Equal("no allowed time for phone between 2026-02-14 20:30 and the deadline 2026-02-15 18:30", callback.AtRiskReason);
    }

    [Fact]
    public void The_minimum_delay_keeps_the_call_after_the_customer_has_left_and_is_configurable()
    {
        // Tuesday 3 March 17:30: by default not before 19:30, so Wednesday (latest hour before 17:30: 16:30).
        Assert.Equal(Cn(3, 4, 16, 30), Callback(Cn(3, 3, 17, 30), China()).Due);
        var steps = Cadences.PostService().Select(s => s.Name == Cadences.Callback ? s.With(minimumDelay: Duration.FromMinutes(15)) : s);
        var planner = new FollowupPlanner(new CadenceOptions { Steps = [.. steps] });
        var plan = planner.Plan([FollowupEvent.ServiceCompleted(Customer, Cn(3, 6, 17, 30), true, "A1")], China(), Cn(3, 6, 17, 30));
        Assert.Equal(Cn(3, 6, 17, 45), plan.Task(Cadences.Callback).Due);
        Assert.False(plan.Task(Cadences.Callback).AtRisk);
    }

    [Fact]
    public void Any_step_can_be_due_by_its_ideal_time()
    {
        var step = new FollowupStep("post.thank-you-call", FollowupFlow.PostService, StepAnchor.ServiceCompletion, StepOffset.Calendar(Period.FromDays(2)),
            ContactChannel.Phone, businessHours: true, timing: StepTiming.DueBy);
        // Thursday 5 March 20:00 + 2 days = Saturday 20:00: the latest business hour before it is Friday 17:00.
        var plan = Only(step).Plan([FollowupEvent.ServiceCompleted(Customer, Cn(3, 5, 20))], China(), Cn(3, 5, 20));
        Assert.Equal(Cn(3, 6, 17), plan.Task("post.thank-you-call").Due);
        Assert.Equal(Cn(3, 7, 20), plan.Task("post.thank-you-call").Deadline);
    }

    [Fact]
    public void Due_by_steps_are_checked_when_made()
    {
        var offset = StepOffset.Elapsed(Duration.FromHours(24));
        FollowupStep Make(StepTiming timing, Duration? delay = null, Duration? every = null, StepOffset? at = null) =>
            new("x", FollowupFlow.PostService, StepAnchor.ServiceCompletion, at ?? offset, ContactChannel.Phone,
                timing: timing, minimumDelay: delay, repeatEvery: every, maxOccurrences: every is null ? 1 : 2);
        Assert.Throws<ArgumentException>("minimumDelay", () => Make(StepTiming.Ideal, Duration.FromHours(1)));
        Assert.Throws<ArgumentException>("minimumDelay", () => Make(StepTiming.DueBy, Duration.FromHours(24)));
        Assert.Throws<ArgumentOutOfRangeException>("minimumDelay", () => Make(StepTiming.DueBy, Duration.FromHours(-1)));
        Assert.Throws<ArgumentException>("timing", () => Make(StepTiming.DueBy, every: Duration.FromHours(1)));
        Assert.Throws<ArgumentException>("timing", () => Make(StepTiming.DueBy, at: StepOffset.Elapsed(Duration.FromHours(-1))));
        Assert.Throws<ArgumentOutOfRangeException>("timing", () => Make((StepTiming)7));
        Assert.Equal(Duration.FromHours(2), Make(StepTiming.DueBy, Duration.FromHours(2)).MinimumDelay);
    }

    [Fact]
    public void Compliance_counts_the_same_24_hours_the_planner_plans_by()
    {
        var target = new SlaComplianceOptions().Targets[SlaComplianceOptions.CallbackStep];
        var end = Cn(3, 3, 10);
        var callback = Callback(end, China());
        Assert.Equal(end + target, callback.Deadline);
        var events = new[] { FollowupEvent.ServiceCompleted(Customer, end, true, "A1") };
        var plan = Planner.Plan(events, China(), end);
        var done = new[] { TaskCompletion.ForKey(callback.Key, callback.WindowEnd - Duration.FromMinutes(1)) };
        var rate = new SlaComplianceEvaluator().FirstTimeCallbackRate(plan, done, events, end + Duration.FromDays(3));
        Assert.Equal(1, rate.OnTime);
        Assert.Equal(0, rate.Late);
    }

    /// <summary>The three sweeps: a service end every 15 minutes for two weeks.</summary>
    public static readonly (DateTimeZone Zone, HolidayCalendar Holidays, LocalDateTime From)[] Sweeps =
    [
        (Shanghai, HolidayCalendar.ChinaMainland2026(), new LocalDateTime(2026, 2, 9, 0, 0)),  // Spring Festival and its make-up days
        (NewYork, HolidayCalendar.Empty, new LocalDateTime(2026, 3, 1, 0, 0)),                  // spring forward on 8 March
        (London, HolidayCalendar.Empty, new LocalDateTime(2026, 3, 22, 0, 0)),                  // spring forward on 29 March
    ];

    [Property(MaxTest = 12)]
    public Property The_callback_is_within_24_hours_whenever_the_advisors_hours_allow_and_at_risk_exactly_when_they_do_not() =>
        Prop.ForAll(
            Gen.Choose(0, Sweeps.Length - 1).ToArbitrary(),
            Gen.Choose(6, 12).ToArbitrary(),
            Gen.Choose(13, 22).ToArbitrary(),
            (sweep, open, close) => Sweep(sweep, BusinessHours.Weekdays(DailyHours.From(new LocalTime(open, 0), new LocalTime(close, 0)))));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void The_default_hours_keep_the_callback_within_24_hours_whenever_they_can(int sweep) => Assert.True(Sweep(sweep, null));

    private static bool Sweep(int index, BusinessHours? hours)
    {
        var (zone, holidays, from) = Sweeps[index];
        var calendar = new ContactCalendar(zone, holidays, hours);
        var rules = ContactRules.Of(Planner.Steps.Single(s => s.Name == Cadences.Callback));
        var start = zone.AtLeniently(from).ToInstant();
        var step = Duration.FromMinutes(15);
        for (var end = start; end < start + Duration.FromDays(14); end += step)
        {
            var callback = Callback(end, calendar);
            var floor = end + Cadences.CallbackMinimumDelay;
            var deadline = end + Day;

            // Every boundary of these zones and hours lies on a quarter hour, so a quarter-hour scan finds every allowed minute.
            var open = false;
            for (var t = floor; t < deadline && !open; t += step)
            {
                open = calendar.IsAllowed(t, rules, zone);
            }

            var inside = callback.Due >= floor && callback.Due < deadline && calendar.IsAllowed(callback.Due, rules, zone);
            if (open != inside || callback.AtRisk == open || callback.Deadline != deadline)
            {
                return false;
            }
        }

        return true;
    }
}

using CustomerLifecycle.Followups.Calendar;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests;

// DOMAIN.md §3 "After service (the golden flow)", seed 001.
public class PostServiceTests
{
    private static readonly FollowupPlanner Planner = new(new CadenceOptions { Steps = [.. Cadences.PostService()] });

    private static FollowupPlan Completed(Instant at, bool firstVisit = true, ContactCalendar? calendar = null, params FollowupEvent[] more) =>
        Planner.Plan([FollowupEvent.ServiceCompleted(Customer, at, firstVisit, "A1"), .. more], calendar ?? China(), at + Duration.FromDays(1));

    [Fact]
    public void A_first_visit_gets_the_whole_golden_flow()
    {
        // Completed Wednesday 2026-03-04 12:00, Shanghai.
        var plan = Completed(Cn(3, 4, 12));
        Assert.Equal(Cn(3, 4, 16), plan.Task(Cadences.Survey).Due);
        Assert.Equal(ContactChannel.AppPush, plan.Task(Cadences.Survey).Channel);
        // The callback is due by +24 h: the latest business hour before Thursday 12:00, one hour to make the call.
        var callback = plan.Task(Cadences.Callback);
        Assert.Equal(Cn(3, 5, 11), callback.Due);
        Assert.Equal(Cn(3, 5, 12), callback.Deadline);
        Assert.Equal(Cn(3, 5, 12), callback.WindowEnd);
        Assert.False(callback.AtRisk);
        Assert.True(callback.Mandatory); // 100 % for first-time customers
        Assert.Equal(ContactChannel.Phone, callback.Channel);
        Assert.Equal(Cn(3, 6, 12), plan.Task(Cadences.VoiceMessage).Due);
        Assert.Equal(Cn(3, 11, 12), plan.Task(Cadences.UsageAdvice).Due);
        Assert.Equal(Cn(4, 3, 12), plan.Task(Cadences.CommunityInvitation).Due);
        // +60 days is Sunday 3 May, inside the Labour Day break (1–5 May): the call waits for Wednesday 6 May 09:00.
        var checkIn = plan.Task(Cadences.CheckIn);
        Assert.Equal(Cn(5, 6, 9), checkIn.Due);
        Assert.True(checkIn.Due < Cn(3, 4, 12) + Duration.FromDays(90));
        Assert.True(checkIn.Mandatory);
        Assert.Equal("service completed 2026-03-04 12:00 (first visit)", checkIn.Reason);
    }

    [Fact]
    public void The_callback_is_not_mandatory_after_a_repeat_visit() =>
        Assert.False(Completed(Cn(3, 4, 12), firstVisit: false).Task(Cadences.Callback).Mandatory);

    [Fact]
    public void A_callback_that_falls_on_saturday_waits_for_monday_morning_yet_stays_in_flow_order()
    {
        // Completed Friday 6 March 17:00 → the window for the callback is Friday 19:00 (2 h later) to Saturday 17:00: no
        // business hour in it, so the call is at risk and planned Monday 9 March 09:00;
        // the +48 h voice message (ideal Sunday 17:00) must not overtake it.
        var plan = Completed(Cn(3, 6, 17));
        Assert.Equal(Cn(3, 9, 9), plan.Task(Cadences.Callback).Due);
        Assert.True(plan.Task(Cadences.Callback).AtRisk);
        Assert.Equal("no allowed time for phone between 2026-03-06 19:00 and the deadline 2026-03-07 17:00", plan.Task(Cadences.Callback).AtRiskReason);
        Assert.Equal(Cn(3, 9, 9), plan.Task(Cadences.VoiceMessage).Due);
        Assert.Equal(Cn(3, 8, 17), plan.Task(Cadences.VoiceMessage).IdealDue);
    }

    [Fact]
    public void A_survey_due_at_night_moves_to_8_in_the_morning()
    {
        var plan = Completed(Cn(3, 4, 18));
        Assert.Equal(Cn(3, 5, 8), plan.Task(Cadences.Survey).Due);
        Assert.Equal(Cn(3, 4, 22), plan.Task(Cadences.Survey).IdealDue);
    }

    // America/New_York springs forward on 2026-03-08: "+7 days" keeps the clock time, "+4 h" is elapsed time.
    [Fact]
    public void Day_offsets_keep_the_local_time_across_DST_and_hour_offsets_do_not()
    {
        var cal = In(NewYork);
        var done = Local(NewYork, 2026, 3, 4, 10);
        var plan = Completed(done, calendar: cal);
        var advice = plan.Task(Cadences.UsageAdvice);
        Assert.Equal(At(2026, 3, 11, 10, 0), advice.LocalDue);
        Assert.Equal(Duration.FromHours((7 * 24) - 1), advice.Due - done);
        Assert.Equal("America/New_York", advice.ZoneId);

        var saturday = Local(NewYork, 2026, 3, 7, 11);
        var survey = Completed(saturday, calendar: cal).Task(Cadences.Survey);
        Assert.Equal(Duration.FromHours(4), survey.Due - saturday);
        Assert.Equal(At(2026, 3, 7, 15, 0), survey.LocalDue);
    }

    [Fact]
    public void A_later_visit_supersedes_the_60_day_check_in()
    {
        var plan = Completed(Cn(3, 4, 12), more: FollowupEvent.Visit(Customer, Cn(3, 5, 10)));
        Assert.DoesNotContain(plan.Tasks, t => t.Step == Cadences.CheckIn);
        Assert.Equal(SuppressionReason.Superseded, plan.Suppressed(Cadences.CheckIn).Reason);
    }

    [Fact]
    public void The_customer_zone_of_the_events_wins_over_the_calendar_default()
    {
        var plan = Planner.Plan([FollowupEvent.ServiceCompleted(Customer, Local(London, 2026, 3, 4, 12), true, zone: London)], China(), Cn(3, 6, 0));
        Assert.Equal("Europe/London", plan.Task(Cadences.Survey).ZoneId);
        Assert.Equal(At(2026, 3, 4, 16, 0), plan.Task(Cadences.Survey).LocalDue);
    }

    [Fact]
    public void A_completion_without_appointment_is_keyed_by_its_instant()
    {
        var plan = Planner.Plan([FollowupEvent.ServiceCompleted(Customer, Instant.FromUtc(2026, 3, 4, 4, 0))], China(), Cn(3, 6, 0));
        Assert.Equal("C001|post.survey-4h|t:2026-03-04T04:00:00Z|0", plan.Task(Cadences.Survey).Key);
    }
}

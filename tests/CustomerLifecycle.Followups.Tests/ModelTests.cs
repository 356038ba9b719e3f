using CustomerLifecycle.Core;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests;

public class ModelTests
{
    private static readonly Instant T = Cn(3, 4, 10);

    [Fact]
    public void Events_check_the_fields_their_kind_needs()
    {
        Assert.Throws<ArgumentException>("appointmentId", () => new FollowupEvent(FollowupEventKind.Booked, Customer, T, scheduledFor: T + Duration.FromDays(1)));
        Assert.Throws<ArgumentException>("scheduledFor", () => new FollowupEvent(FollowupEventKind.Rescheduled, Customer, T, "A1"));
        Assert.Throws<ArgumentException>("scheduledFor", () => FollowupEvent.Booked(Customer, T, "A1", T)); // slot not after booking
        Assert.Throws<ArgumentException>("scheduledFor", () => new FollowupEvent(FollowupEventKind.Cancelled, Customer, T, "A1", T + Duration.FromDays(1)));
        Assert.Throws<ArgumentException>("score", () => new FollowupEvent(FollowupEventKind.Survey, Customer, T));
        Assert.Throws<ArgumentException>("score", () => new FollowupEvent(FollowupEventKind.Visit, Customer, T, score: LikelihoodScore.From(3)));
        Assert.Throws<ArgumentException>("customer", () => FollowupEvent.Visit(default, T));
        Assert.Throws<ArgumentException>("appointmentId", () => FollowupEvent.Cancelled(Customer, T, "  "));
        Assert.Throws<ArgumentException>("appointmentId", () => FollowupEvent.Cancelled(Customer, T, new string('x', 201)));
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => new FollowupEvent((FollowupEventKind)99, Customer, T));
        Assert.Equal("A1", FollowupEvent.Cancelled(Customer, T, " A1 ").AppointmentId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Post.Survey")]
    [InlineData("-survey")]
    [InlineData("survey 4h")]
    [InlineData("survey\n")]
    public void Step_names_are_lower_case_words(string name) =>
        Assert.Throws<ArgumentException>("name", () => new FollowupStep(name, FollowupFlow.PostService, StepAnchor.ServiceCompletion, default, ContactChannel.Sms));

    [Fact]
    public void Steps_reject_bad_limits()
    {
        FollowupStep Make(Duration? within = null, Duration? every = null, int max = 1) =>
            new("s", FollowupFlow.PostService, StepAnchor.ServiceCompletion, default, ContactChannel.Sms, completeWithin: within, repeatEvery: every, maxOccurrences: max);
        Assert.Throws<ArgumentOutOfRangeException>("completeWithin", () => Make(within: Duration.Zero));
        Assert.Throws<ArgumentOutOfRangeException>("repeatEvery", () => Make(every: Duration.FromSeconds(59)));
        Assert.Throws<ArgumentException>("maxOccurrences", () => Make(max: 2));
        Assert.Throws<ArgumentOutOfRangeException>("maxOccurrences", () => Make(every: Duration.FromHours(1), max: 1001));
        Assert.Throws<ArgumentOutOfRangeException>("channel", () => new FollowupStep("s", FollowupFlow.PostService, StepAnchor.ServiceCompletion, default, (ContactChannel)9));
        Assert.Equal(ContactChannel.Phone, Make().With(channel: ContactChannel.Phone).Channel);
    }

    [Fact]
    public void Offsets_say_whether_they_point_before_the_anchor()
    {
        Assert.True(StepOffset.Calendar(Period.FromDays(-3)).IsBefore);
        Assert.False(StepOffset.Calendar(Period.FromMonths(3)).IsBefore);
        Assert.True(StepOffset.Elapsed(Duration.FromMinutes(-30)).IsBefore);
        Assert.False(default(StepOffset).IsBefore);
        Assert.Equal("PT4H", StepOffset.Elapsed(Duration.FromHours(4)).ToString());
        Assert.Equal("-PT30M", StepOffset.Elapsed(Duration.FromMinutes(-30)).ToString());
        Assert.Equal("cal:P7D", StepOffset.Calendar(Period.FromWeeks(1)).ToString());
        Assert.Throws<ArgumentException>("period", () => StepOffset.Calendar(Period.FromDays(1) + Period.FromHours(-2)));
        Assert.Throws<ArgumentOutOfRangeException>("period", () => StepOffset.Calendar(Period.FromYears(11)));
        Assert.Throws<ArgumentOutOfRangeException>("duration", () => StepOffset.Elapsed(Duration.FromDays(4000)));
    }

    // Europe/London: 2026-03-29 01:00 → 02:00. A calendar day offset from 01:30 lands in the gap.
    [Fact]
    public void A_calendar_offset_into_the_DST_gap_moves_forward_by_the_gap()
    {
        var anchor = Local(London, 2026, 3, 28, 1, 30);
        var at = StepOffset.Calendar(Period.FromDays(1)).From(anchor, London);
        Assert.Equal(At(2026, 3, 29, 2, 30), at.InZone(London).LocalDateTime);
        Assert.Equal(Duration.FromHours(24), at - anchor);
    }

    // Europe/London: 2026-10-25 02:00 → 01:00. 01:30 happens twice; the earlier is taken.
    [Fact]
    public void A_calendar_offset_into_the_DST_overlap_takes_the_earlier_instant()
    {
        var anchor = Local(London, 2026, 10, 24, 1, 30);
        var at = StepOffset.Calendar(Period.FromDays(1)).From(anchor, London);
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 0, 30), at); // 01:30 BST
    }

    [Fact]
    public void Tasks_and_plans_check_their_invariants()
    {
        PlannedTask Make(string key, Instant due, Instant end) =>
            new(key, Customer, "s", FollowupFlow.PostService, ContactChannel.Sms, due, due, end, default, "UTC", false, "r");
        Assert.Throws<ArgumentException>("windowEnd", () => Make("k", T, T));
        Assert.Throws<ArgumentException>("key", () => Make(" ", T, T + Duration.FromHours(1)));
        var a = Make("k", T, T + Duration.FromHours(1));
        Assert.Equal(a.Due, a.WindowStart);
        Assert.Throws<ArgumentException>("tasks", () => new FollowupPlan([a, a], []));
    }
}

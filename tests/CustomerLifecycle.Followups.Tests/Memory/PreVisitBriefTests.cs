using CustomerLifecycle.Core;
using CustomerLifecycle.Followups.Memory;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests.Memory;

public class PreVisitBriefTests
{
    private static readonly FollowupPlanner Planner = new();

    // Booked Monday 2 March for Wednesday 11 March 10:00, Shanghai.
    private static readonly Instant BookedAt = Cn(3, 2, 10);
    private static readonly Instant Slot = Cn(3, 11, 10);

    private static FollowupEvent Note(Instant at, NoteKind kind, string text, Instant? expires = null, bool act = false) =>
        FollowupEvent.NoteRecorded(new CustomerNote(Customer, at, kind, text, expires, act));

    private static List<FollowupEvent> History() =>
    [
        FollowupEvent.ServiceCompleted(Customer, Cn(1, 10, 11), appointmentId: "A0"),
        FollowupEvent.DeferredRepair(Customer, Cn(1, 10, 11), Cn(4, 10, 10), "A0"),
        Note(Cn(1, 10, 11), NoteKind.DeferredWork, "Brake pads at 65 %: another 5,000 km"),
        FollowupEvent.Survey(Customer, Cn(1, 10, 16), LikelihoodScore.From(6), appointmentId: "A0", comment: "Waited too long"),
        Note(Cn(2, 1, 9), NoteKind.Family, "Daughter loves Ne Zha 2; bring the sticker set", act: true),
        Note(Cn(2, 1, 9), NoteKind.Preference, "Brings his own coffee; offer hot water"),
        Note(Cn(2, 1, 9), NoteKind.Health, "Back operation in January: help with the boot", expires: Cn(3, 1, 0)),
        FollowupEvent.Booked(Customer, BookedAt, "A1", Slot),
    ];

    private static (FollowupPlan Plan, IReadOnlyList<PreVisitBrief> Briefs) Run(List<FollowupEvent> events, Instant now, IEnumerable<string>? done = null)
    {
        var plan = Planner.Plan(events, China(), now);
        return (plan, PreVisitBriefs.Build(events, plan, now, done));
    }

    [Fact]
    public void An_appointment_with_notes_gets_a_brief_read_the_working_day_before_in_business_hours()
    {
        var (plan, briefs) = Run(History(), BookedAt);
        var brief = Assert.Single(briefs);
        Assert.Equal("A1", brief.AppointmentId);
        Assert.Equal(Slot, brief.Slot);
        Assert.Equal("Daughter loves Ne Zha 2; bring the sticker set", Assert.Single(brief.ActOn).Text);
        Assert.Equal(NoteKind.Preference, Assert.Single(brief.Remember).Kind);
        var work = Assert.Single(brief.DeferredWork);
        Assert.Equal(Cn(1, 10, 11), work.AdvisedAt);
        Assert.Equal("Brake pads at 65 %: another 5,000 km", work.Said);
        Assert.Equal(6, brief.LastSurvey!.Score.Value);
        Assert.Equal("Waited too long", brief.LastSurvey.Comment);
        Assert.Equal(Cadences.DetractorRecovery, Assert.Single(brief.OpenDetractorLoops).Step);

        // Tuesday 10 March 10:00 is a working day: the brief is read then, one day before the slot.
        var task = plan.Task(Cadences.PreVisitBrief);
        Assert.Same(task, brief.Task);
        Assert.Equal(Cn(3, 10, 10), task.Due);
        Assert.Equal("C001|pre.brief|a:A1|0", task.Key);
        Assert.Equal(ContactChannel.InPerson, task.Channel);
    }

    [Fact]
    public void A_monday_appointment_is_briefed_on_friday()
    {
        var events = History();
        events[^1] = FollowupEvent.Booked(Customer, BookedAt, "A1", Cn(3, 9, 10));
        Assert.Equal(Cn(3, 6, 17), Run(events, BookedAt).Plan.Task(Cadences.PreVisitBrief).Due);
    }

    [Fact]
    public void Expired_notes_are_left_out()
    {
        var brief = Assert.Single(Run(History(), BookedAt).Briefs);
        Assert.DoesNotContain(brief.ActOn.Concat(brief.Remember), n => n.Kind == NoteKind.Health);
    }

    [Fact]
    public void Cancelling_the_appointment_removes_the_brief_and_its_task()
    {
        var before = Run(History(), BookedAt);
        var cancelledAt = Cn(3, 3, 10);
        var after = Run([.. History(), FollowupEvent.Cancelled(Customer, cancelledAt, "A1")], cancelledAt);
        Assert.Empty(after.Briefs);
        Assert.DoesNotContain(after.Plan.Tasks, t => t.Step == Cadences.PreVisitBrief);
        Assert.Contains(FollowupPlan.Diff(before.Plan, after.Plan).Removed, t => t.Step == Cadences.PreVisitBrief);
    }

    [Fact]
    public void Rescheduling_moves_the_brief_and_keeps_its_key()
    {
        var before = Run(History(), BookedAt);
        var movedAt = Cn(3, 3, 10);
        var after = Run([.. History(), FollowupEvent.Rescheduled(Customer, movedAt, "A1", Cn(3, 18, 10))], movedAt);
        Assert.Equal(Cn(3, 18, 10), Assert.Single(after.Briefs).Slot);
        var moved = Assert.Single(FollowupPlan.Diff(before.Plan, after.Plan).Moved, m => m.Next.Step == Cadences.PreVisitBrief);
        Assert.Equal(Cn(3, 17, 10), moved.Next.Due);
        Assert.Equal(moved.Previous.Key, moved.Next.Key);
    }

    [Fact]
    public void A_visit_after_an_act_at_next_visit_note_consumes_it()
    {
        var events = History();
        events.Insert(events.Count - 1, FollowupEvent.Visit(Customer, Cn(2, 20, 10)));
        Assert.Empty(Assert.Single(Run(events, BookedAt).Briefs).ActOn);
    }

    [Fact]
    public void Done_tasks_are_not_shown_as_open()
    {
        var (plan, _) = Run(History(), BookedAt);
        var recovery = plan.Task(Cadences.DetractorRecovery);
        var brief = Assert.Single(PreVisitBriefs.Build(History(), plan, BookedAt, [recovery.Key]));
        Assert.Empty(brief.OpenDetractorLoops);
    }

    [Fact]
    public void A_customer_with_nothing_to_remember_gets_no_brief_task()
    {
        var plan = Planner.Plan([FollowupEvent.Booked(Customer, BookedAt, "A1", Slot)], China(), BookedAt);
        Assert.DoesNotContain(plan.Tasks, t => t.Step == Cadences.PreVisitBrief);
        Assert.True(Assert.Single(PreVisitBriefs.Build([FollowupEvent.Booked(Customer, BookedAt, "A1", Slot)], plan, BookedAt)).IsEmpty);
    }

    [Fact]
    public void Notes_print_without_their_words()
    {
        var note = new CustomerNote(Customer, BookedAt, NoteKind.Health, "Back operation");
        Assert.DoesNotContain("Back", note.ToString(), StringComparison.Ordinal);
        Assert.Contains("(14 characters)", note.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Back", FollowupEvent.NoteRecorded(note).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Waited", FollowupEvent.Survey(Customer, BookedAt, LikelihoodScore.From(3), comment: "Waited").ToString(), StringComparison.Ordinal);
    }
}

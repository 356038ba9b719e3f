using CustomerLifecycle.Core;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests;

/// <summary>Each kind of anchor gives its tasks the reason written from its own event, whatever else the customer has.</summary>
public class AnchorReasonTests
{
    private static readonly FollowupPlanner Planner = new(new CadenceOptions { MaxNonMandatoryContacts = 1000 });

    [Fact]
    public void A_history_with_every_anchor_kind_gives_each_step_the_reason_of_its_own_anchor()
    {
        var plan = Planner.Plan(
        [
            FollowupEvent.Booked(Customer, Cn(3, 2, 10), "a1", Cn(3, 10, 10)),
            FollowupEvent.ServiceStarted(Customer, Cn(3, 10, 10), "a1", expectedCompletion: Cn(3, 10, 12)),
            FollowupEvent.ServiceCompleted(Customer, Cn(3, 10, 11), isFirstVisit: true, appointmentId: "a1", nextServiceDue: Cn(9, 10, 10)),
            FollowupEvent.DeferredRepair(Customer, Cn(3, 10, 11, 30)),
            FollowupEvent.Survey(Customer, Cn(3, 10, 16), LikelihoodScore.From(3), isFirstVisit: true, appointmentId: "a1"),
        ], China(), Cn(3, 11, 0));

        Assert.Equal("appointment a1 on 2026-03-10 10:00", Reason(plan, Cadences.Confirm));
        Assert.Equal("service started 2026-03-10 10:00, until 2026-03-10 11:00", Reason(plan, Cadences.Progress));
        Assert.Equal("service completed 2026-03-10 11:00 (first visit)", Reason(plan, Cadences.Survey));
        Assert.Equal("survey score 3 at 2026-03-10 16:00", Reason(plan, Cadences.DetractorRecovery));
        Assert.Equal("repair postponed on 2026-03-10 11:30, due 2026-06-10 11:30", Reason(plan, Cadences.DeferredRepair));
        Assert.Equal("latest visit 2026-03-10 11:00", Reason(plan, Cadences.ChurnWarning));
        Assert.Equal("next maintenance due 2026-09-10 10:00", Reason(plan, Cadences.NextService));
    }

    [Fact]
    public void Twenty_rescheduled_appointments_each_keep_one_confirmation_for_their_latest_slot()
    {
        // More appointments than the planner compares one by one: their anchors are then found by key.
        var events = Enumerable.Range(0, 20).SelectMany(i => new[]
        {
            FollowupEvent.Booked(Customer, Cn(3, 2, 9) + NodaTime.Duration.FromMinutes(i), $"a{i}", Cn(4, 1, 10)),
            FollowupEvent.Rescheduled(Customer, Cn(3, 3, 9) + NodaTime.Duration.FromMinutes(i), $"a{i}", Cn(4, 2, 10) + NodaTime.Duration.FromDays(i)),
        }).ToList();

        var plan = Planner.Plan(events, China(), Cn(3, 4, 0));

        var confirmations = plan.Tasks.Concat(plan.Suppressed.Select(s => s.Task)).Where(t => t.Step == Cadences.Confirm).ToList();
        Assert.Equal(20, confirmations.Count);
        Assert.Equal(20, confirmations.Select(t => t.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            Enumerable.Range(0, 20).Select(i => $"appointment a{i} on {new NodaTime.LocalDate(2026, 4, 2).PlusDays(i):yyyy-MM-dd} 10:00").Order(StringComparer.Ordinal),
            confirmations.Select(t => t.Reason).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1969)]
    [InlineData(9999)]
    public void Reasons_name_local_times_from_year_zero_to_9999_as_NodaTime_reads_them(int year)
    {
        // Year 0 is written as the dates far from today are (from NodaTime's local date); years 1–9999 from the texts kept
        // per date. Shanghai's offset before 1901 is its local mean time, +08:05:43: the minute is cut, not rounded.
        var booked = NodaTime.Instant.FromUtc(year, 6, 1, 2, 7);
        var completed = booked + NodaTime.Duration.FromHours(50) + NodaTime.Duration.FromSeconds(59);
        var plan = Planner.Plan(
        [
            FollowupEvent.Booked(Customer, booked, "a1", booked + NodaTime.Duration.FromHours(48), Shanghai),
            FollowupEvent.ServiceCompleted(Customer, completed, appointmentId: "a1", zone: Shanghai),
        ], In(Shanghai), completed);

        var local = completed.InZone(Shanghai).LocalDateTime;
        Assert.Equal($"service completed {local.ToString("uuuu-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)}", Reason(plan, Cadences.Survey));
        Assert.Equal($"latest visit {local.ToString("uuuu-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)}", Reason(plan, Cadences.ChurnWarning));
    }

    /// <summary>The reason of the step's first occurrence, planned or suppressed.</summary>
    private static string Reason(FollowupPlan plan, string step) =>
        plan.Tasks.Concat(plan.Suppressed.Select(s => s.Task)).First(t => t.Step == step && t.Occurrence == 0).Reason;
}

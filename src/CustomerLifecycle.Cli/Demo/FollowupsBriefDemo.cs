using CustomerLifecycle.Cli.Commands.Followups;
using CustomerLifecycle.Core;
using CustomerLifecycle.Followups;
using CustomerLifecycle.Followups.Calendar;
using CustomerLifecycle.Followups.Memory;
using NodaTime;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Demo;

/// <summary>The follow-ups demo's second part: a customer's notes become a pre-visit brief, which moves when the
/// appointment is rescheduled and disappears when it is cancelled; an expired note is left out.</summary>
internal static class FollowupsBriefDemo
{
    public static void Render(IAnsiConsole console, DateTimeZone zone, Func<int, int, int, int, int, Instant> local)
    {
        var customer = CustomerId.From("sun");
        var calendar = new ContactCalendar(zone, HolidayCalendar.ChinaMainland2026());
        var bookedAt = local(2026, 3, 5, 10, 0);
        List<FollowupEvent> events =
        [
            FollowupEvent.ServiceCompleted(customer, local(2026, 1, 12, 16, 0), appointmentId: "A-400", zone: zone),
            FollowupEvent.DeferredRepair(customer, local(2026, 1, 12, 16, 0), local(2026, 4, 12, 10, 0), "A-400", zone),
            Note(customer, local(2026, 1, 12, 16, 0), NoteKind.DeferredWork, "Brake pads at 65 %: advised another 5,000 km", null, false),
            Note(customer, local(2026, 2, 2, 9, 0), NoteKind.Family, "Son loves the Ne Zha 2 film: keep a sticker set for him", null, true),
            Note(customer, local(2026, 2, 2, 9, 0), NoteKind.Vehicle, "Worries about battery health: show the last check", null, false),
            Note(customer, local(2026, 2, 2, 9, 0), NoteKind.Health, "Recovering from a back operation", local(2026, 3, 1, 0, 0), false),
            FollowupEvent.Booked(customer, bookedAt, "A-401", local(2026, 3, 11, 10, 0), zone),
        ];

        var briefs = BriefCommand.Build(events, calendar, bookedAt);
        console.MarkupLine("[grey]Pre-visit brief (notes are data: shown escaped, never logged; the expired health note is left out):[/]");
        console.WriteLine(BriefCommand.Render(briefs, zone));

        var movedAt = local(2026, 3, 6, 10, 0);
        var moved = BriefCommand.Build([.. events, FollowupEvent.Rescheduled(customer, movedAt, "A-401", local(2026, 3, 16, 14, 0), zone)], calendar, movedAt);
        var cancelled = BriefCommand.Build([.. events, FollowupEvent.Cancelled(customer, movedAt, "A-401", zone)], calendar, movedAt);
        console.MarkupLineInterpolated(
            $"Rescheduled to 2026-03-16 14:00: the brief task keeps its key and moves to {FollowupsFormat.Local(moved.Single().Task!.Due, zone)[..16].Replace('T', ' ')}; cancelled instead: {cancelled.Count} briefs.");
    }

    private static FollowupEvent Note(CustomerId customer, Instant at, NoteKind kind, string text, Instant? expires, bool act) =>
        FollowupEvent.NoteRecorded(new CustomerNote(customer, at, kind, text, expires, act));
}

using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Followups;
using CustomerLifecycle.Followups.Memory;
using NodaTime;

namespace CustomerLifecycle.Cli.Commands.Followups;

/// <summary>
/// An events CSV read into follow-up events: required <c>customer_id</c>, <c>event</c>, <c>at</c>; optional
/// <c>appointment_id</c>, <c>scheduled_for</c>, <c>score</c>, <c>first_visit</c>, <c>zone</c>, and for notes <c>kind</c>,
/// <c>text</c>, <c>expires</c>, <c>act_next_visit</c> (<c>text</c> is also a survey's comment). <c>at</c>, <c>scheduled_for</c>
/// and <c>expires</c> are ISO-8601 instants or local date-times read in the row's zone (else --zone). Bad rows are rejected
/// with line and reason; events after --now are rejected too (the planner plans from what is known at "now"). Every rule
/// about a note (kinds, text, expiry) is the library's (<see cref="CustomerNote"/>, <see cref="NoteKind"/>); a rejected
/// note row's reason never quotes its text.
/// </summary>
internal sealed record EventsCsv(IReadOnlyList<FollowupEvent> Events, IReadOnlyList<RejectedRow> Rejected)
{
    public static EventsCsv Read(string path, DateTimeZone defaultZone, Instant now)
    {
        using var table = CsvTable.Open(path);
        var customer = table.Require("customer_id", "customer");
        var kind = table.Require("event");
        var at = table.Require("at");
        var appointment = table.IndexOf("appointment_id", "appointment");
        var scheduled = table.IndexOf("scheduled_for");
        var score = table.IndexOf("score");
        var firstVisit = table.IndexOf("first_visit");
        var zone = table.IndexOf("zone");
        var noteKind = table.IndexOf("kind");
        var text = table.IndexOf("text");
        var expires = table.IndexOf("expires");
        var act = table.IndexOf("act_next_visit");
        var events = new List<FollowupEvent>();
        var rejected = new List<RejectedRow>();
        while (table.Read())
        {
            if (table.IsBlankRow())
            {
                continue;
            }

            var row = new Row(table.Get(customer), table.Get(kind), table.Get(at), table.Get(appointment), table.Get(scheduled), table.Get(score), table.Get(firstVisit), table.Get(zone),
                table.Get(noteKind), table.Get(text), table.Get(expires), table.Get(act));
            var (e, error) = Parse(row, defaultZone, now);
            if (e is not null)
            {
                events.Add(e);
            }
            else
            {
                rejected.Add(new RejectedRow(table.Line, error!.Value.Code, error.Value.Reason));
            }
        }

        return new EventsCsv(events, rejected);
    }

    private sealed record Row(string? Customer, string? Kind, string? At, string? Appointment, string? Scheduled, string? Score, string? FirstVisit, string? Zone,
        string? NoteKind, string? Text, string? Expires, string? ActNextVisit);

    private static (FollowupEvent? Event, (string Code, string Reason)? Error) Parse(Row r, DateTimeZone defaultZone, Instant now)
    {
        if (!CustomerId.TryFrom(r.Customer, out var id))
        {
            return (null, ("customer_id.invalid", $"customer_id \"{r.Customer}\" is missing or longer than {CustomerId.MaxLength} characters"));
        }

        DateTimeZone? rowZone = null;
        if (!string.IsNullOrWhiteSpace(r.Zone))
        {
            rowZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(r.Zone.Trim());
            if (rowZone is null)
            {
                return (null, ("zone.unknown", $"zone \"{r.Zone}\" is not an IANA time zone"));
            }
        }

        var zone = rowZone ?? defaultZone;
        if (!IsoTime.TryParse(r.At, zone, out var at))
        {
            return (null, ("at.invalid", $"at \"{r.At}\" is not an ISO-8601 time stamp"));
        }

        if (at > now)
        {
            return (null, ("at.after_now", $"at {at} is after --now {now}"));
        }

        Instant? scheduled = null;
        if (!string.IsNullOrWhiteSpace(r.Scheduled))
        {
            if (!IsoTime.TryParse(r.Scheduled, zone, out var s))
            {
                return (null, ("scheduled_for.invalid", $"scheduled_for \"{r.Scheduled}\" is not an ISO-8601 time stamp"));
            }

            scheduled = s;
        }

        if (!TryFlag(r.FirstVisit, out var first))
        {
            return (null, ("first_visit.invalid", $"first_visit \"{r.FirstVisit}\" is not true/false, 1/0 or yes/no"));
        }

        var appointment = string.IsNullOrWhiteSpace(r.Appointment) ? null : r.Appointment.Trim();
        var kind = r.Kind?.Trim().ToUpperInvariant();
        try
        {
            FollowupEvent? e = kind switch
            {
                "BOOKED" => FollowupEvent.Booked(id, at, Need(appointment, "appointment_id"), Need(scheduled, "scheduled_for"), rowZone ?? defaultZone),
                "RESCHEDULED" => FollowupEvent.Rescheduled(id, at, Need(appointment, "appointment_id"), Need(scheduled, "scheduled_for"), zone),
                "CANCELLED" or "CANCELED" => FollowupEvent.Cancelled(id, at, Need(appointment, "appointment_id"), zone),
                "SERVICE_STARTED" => FollowupEvent.ServiceStarted(id, at, appointment, scheduled, zone),
                "SERVICE_COMPLETED" => FollowupEvent.ServiceCompleted(id, at, first, appointment, scheduled, zone),
                "SURVEY" => FollowupEvent.Survey(id, at, Score(r.Score), first, appointment, zone, r.Text),
                "NOTE" => Note(id, at, r, zone),
                "DEFERRED_REPAIR" => FollowupEvent.DeferredRepair(id, at, scheduled, appointment, zone),
                "VISIT" => FollowupEvent.Visit(id, at, scheduled, zone),
                _ => null,
            };
            return e is null
                ? (null, ("event.unknown", $"event \"{r.Kind}\" is not one of booked, rescheduled, cancelled, service_started, service_completed, survey, deferred_repair, visit, note"))
                : (e, null);
        }
        catch (RowException ex)
        {
            return (null, (ex.Code, ex.Message));
        }
        catch (ArgumentException ex)
        {
            return (null, ("event.invalid", ex.Sentence()));
        }
    }

    private static FollowupEvent Note(CustomerId customer, Instant at, Row r, DateTimeZone zone)
    {
        if (!NoteKind.TryFrom(r.NoteKind, out var kind))
        {
            throw new RowException("kind.invalid", $"kind \"{r.NoteKind}\" is not a note kind (preference, family, health, vehicle, deferred_work, complaint, other, or another lower-case word)");
        }

        Instant? expires = null;
        if (!string.IsNullOrWhiteSpace(r.Expires))
        {
            expires = IsoTime.TryParse(r.Expires, zone, out var x) ? x : throw new RowException("expires.invalid", $"expires \"{r.Expires}\" is not an ISO-8601 time stamp");
        }

        if (!TryFlag(r.ActNextVisit, out var act))
        {
            throw new RowException("act_next_visit.invalid", $"act_next_visit \"{r.ActNextVisit}\" is not true/false, 1/0 or yes/no");
        }

        try
        {
            return FollowupEvent.NoteRecorded(new CustomerNote(customer, at, kind, r.Text!, expires, act), zone);
        }
        catch (ArgumentException ex)
        {
            // The library's messages about a note name lengths and instants, never its words.
            throw new RowException("note.invalid", ex.Sentence());
        }
    }

    private static T Need<T>(T? value, string column) => value ?? throw new RowException(column + ".missing", $"{column} is required for this event");

    private static Instant Need(Instant? value, string column) => value ?? throw new RowException(column + ".missing", $"{column} is required for this event");

    private static LikelihoodScore Score(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new RowException("score.missing", "score is required for a survey");
        }

        return int.TryParse(text.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v) && LikelihoodScore.TryFrom(v, out var s)
            ? s
            : throw new RowException("score.out_of_range", $"score \"{text}\" is not a whole number 0–10");
    }

    private static bool TryFlag(string? text, out bool value)
    {
        value = false;
        switch (text?.Trim().ToUpperInvariant())
        {
            case null or "":
            case "FALSE" or "0" or "NO" or "N":
                return true;
            case "TRUE" or "1" or "YES" or "Y":
                value = true;
                return true;
            default:
                return false;
        }
    }

    private sealed class RowException(string code, string message) : Exception(message)
    {
        public string Code { get; } = code;
    }
}

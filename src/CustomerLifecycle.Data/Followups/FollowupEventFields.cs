using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Followups;
using CustomerLifecycle.Followups.Memory;
using NodaTime;

namespace CustomerLifecycle.Data.Followups;

/// <summary>Why a field of a row was refused: its column (null for the row as a whole), a stable code and a reason.</summary>
internal sealed record FieldRejection(string? Column, string Code, string Reason);

/// <summary>The fields of one events row as written, and the rules that turn them into a <see cref="FollowupEvent"/>.</summary>
internal sealed record FollowupEventFields(string? Customer, string? Kind, string? At, string? Appointment, string? Scheduled, string? Score, string? FirstVisit, string? Zone,
    string? NoteKind = null, string? Text = null, string? Expires = null, string? ActNextVisit = null)
{
    public (FollowupEvent? Event, FieldRejection? Error) Parse(DateTimeZone defaultZone, Instant now)
    {
        if (!CustomerId.TryFrom(Customer, out var id))
        {
            return Fail("customer_id", "customer_id.invalid", $"customer_id \"{Customer}\" is missing or longer than {CustomerId.MaxLength} characters");
        }

        DateTimeZone? rowZone = null;
        if (!string.IsNullOrWhiteSpace(Zone))
        {
            rowZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(Zone.Trim());
            if (rowZone is null)
            {
                return Fail("zone", "zone.unknown", $"zone \"{Zone}\" is not an IANA time zone");
            }
        }

        var zone = rowZone ?? defaultZone;
        if (!IsoTime.TryParse(At, zone, out var at, out var atProblem))
        {
            return Fail("at", "at.invalid", $"at {atProblem}");
        }

        if (at > now)
        {
            return Fail("at", "at.after_now", $"at {at} is after the planning instant {now}");
        }

        Instant? scheduled = null;
        if (!string.IsNullOrWhiteSpace(Scheduled))
        {
            if (!IsoTime.TryParse(Scheduled, zone, out var s, out var scheduledProblem))
            {
                return Fail("scheduled_for", "scheduled_for.invalid", $"scheduled_for {scheduledProblem}");
            }

            scheduled = s;
        }

        if (!Flags.TryParse(FirstVisit, out var first))
        {
            return Fail("first_visit", "first_visit.invalid", $"first_visit \"{FirstVisit}\" is not {Flags.Forms}");
        }

        var appointment = string.IsNullOrWhiteSpace(Appointment) ? null : Appointment.Trim();
        try
        {
            // Case, spaces, underscores, hyphens and dots are ignored: "Service Completed", "service-completed" and
            // "ServiceCompleted" are service_completed.
            var e = ParseKind(Kind) switch
            {
                FollowupEventKind.Booked => FollowupEvent.Booked(id, at, Need(appointment, "appointment_id"), Need(scheduled, "scheduled_for"), zone),
                FollowupEventKind.Rescheduled => FollowupEvent.Rescheduled(id, at, Need(appointment, "appointment_id"), Need(scheduled, "scheduled_for"), zone),
                FollowupEventKind.Cancelled => FollowupEvent.Cancelled(id, at, Need(appointment, "appointment_id"), zone),
                FollowupEventKind.ServiceStarted => FollowupEvent.ServiceStarted(id, at, appointment, scheduled, zone),
                FollowupEventKind.ServiceCompleted => FollowupEvent.ServiceCompleted(id, at, first, appointment, scheduled, zone),
                FollowupEventKind.Survey => FollowupEvent.Survey(id, at, ParseScore(Score), first, appointment, zone, Text),
                FollowupEventKind.Note => Note(id, at, zone),
                FollowupEventKind.DeferredRepair => FollowupEvent.DeferredRepair(id, at, scheduled, appointment, zone),
                FollowupEventKind.Visit => FollowupEvent.Visit(id, at, scheduled, zone),
                _ => null,
            };
            return e is null
                ? Fail("event", "event.unknown", $"event \"{Kind}\" is not one of booked, rescheduled, cancelled, service_started, service_completed, survey, deferred_repair, visit, note")
                : (e, null);
        }
        catch (RowException ex)
        {
            return Fail(ex.Column, ex.Code, ex.Message);
        }
        catch (ArgumentException ex)
        {
            return Fail(null, "event.invalid", LibraryMessages.Sentence(ex));
        }
    }

    /// <summary>The kind an event name names, with case, white space, underscores, hyphens and dots ignored; null for none
    /// (also for a name with any other character).</summary>
    private static FollowupEventKind? ParseKind(string? name)
    {
        if (name is null)
        {
            return null;
        }

        Span<char> letters = stackalloc char[20];
        var n = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetter(c))
            {
                if (n == letters.Length)
                {
                    return null;
                }

                letters[n++] = char.ToUpperInvariant(c);
            }
            else if (!char.IsWhiteSpace(c) && c is not ('_' or '-' or '.'))
            {
                return null;
            }
        }

        return letters[..n] switch
        {
            "BOOKED" => FollowupEventKind.Booked,
            "RESCHEDULED" => FollowupEventKind.Rescheduled,
            "CANCELLED" or "CANCELED" => FollowupEventKind.Cancelled,
            "SERVICESTARTED" => FollowupEventKind.ServiceStarted,
            "SERVICECOMPLETED" => FollowupEventKind.ServiceCompleted,
            "SURVEY" => FollowupEventKind.Survey,
            "NOTE" => FollowupEventKind.Note,
            "DEFERREDREPAIR" => FollowupEventKind.DeferredRepair,
            "VISIT" => FollowupEventKind.Visit,
            _ => null,
        };
    }

    private FollowupEvent Note(CustomerId customer, Instant at, DateTimeZone zone)
    {
        if (!CustomerLifecycle.Followups.Memory.NoteKind.TryFrom(NoteKind, out var kind))
        {
            throw new RowException("kind", "kind.invalid", $"kind \"{NoteKind}\" is not a note kind (preference, family, health, vehicle, deferred_work, complaint, other, or another lower-case word)");
        }

        Instant? expires = null;
        if (!string.IsNullOrWhiteSpace(Expires))
        {
            expires = IsoTime.TryParse(Expires, zone, out var x) ? x : throw new RowException("expires", "expires.invalid", $"expires \"{Expires}\" is not an ISO-8601 time stamp");
        }

        if (!Flags.TryParse(ActNextVisit, out var act))
        {
            throw new RowException("act_next_visit", "act_next_visit.invalid", $"act_next_visit \"{ActNextVisit}\" is not {Flags.Forms}");
        }

        try
        {
            return FollowupEvent.NoteRecorded(new CustomerNote(customer, at, kind, Text!, expires, act), zone);
        }
        catch (ArgumentException ex)
        {
            // The library's messages about a note name lengths and instants, never its words.
            throw new RowException("text", "note.invalid", LibraryMessages.Sentence(ex));
        }
    }

    private static (FollowupEvent?, FieldRejection?) Fail(string? column, string code, string reason) => (null, new FieldRejection(column, code, reason));

    private static T Need<T>(T? value, string column)
        where T : class => value ?? throw new RowException(column, column + ".missing", $"{column} is required for this event");

    private static Instant Need(Instant? value, string column) => value ?? throw new RowException(column, column + ".missing", $"{column} is required for this event");

    private static LikelihoodScore ParseScore(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new RowException("score", "score.missing", "score is required for a survey");
        }

        return int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && LikelihoodScore.TryFrom(v, out var s)
            ? s
            : throw new RowException("score", "score.out_of_range", $"score \"{text}\" is not a whole number 0–10");
    }

    private sealed class RowException(string column, string code, string message) : Exception(message)
    {
        public string Column { get; } = column;

        public string Code { get; } = code;
    }
}

using System.Text;
using CustomerLifecycle.Core;
using CustomerLifecycle.Followups.Memory;
using NodaTime;

namespace CustomerLifecycle.Followups;

/// <summary>One thing that happened to a customer, as the follow-up planner reads it: a booking, reschedule, cancellation,
/// service start or completion, survey answer, deferred-repair advice, visit or a note about the customer.</summary>
/// <remarks>
/// <para>Immutable; the constructor checks the fields each kind needs, so an instance is always valid. The static
/// factories (<see cref="Booked"/>, <see cref="Survey"/>, …) name the fields of each kind.</para>
/// <para><see cref="ScheduledFor"/> means, by kind: the appointment slot start (booked, rescheduled; required), the expected
/// completion (service started), the next maintenance due (service completed, visit), when to raise a postponed repair
/// again (deferred repair); it is always after <see cref="At"/>, and cancellations and surveys have none.</para>
/// <para><see cref="Zone"/> is the customer's time zone; null means the calendar's default zone.</para>
/// </remarks>
public sealed record FollowupEvent
{
    /// <summary>Makes an event; prefer the factory of its kind.</summary>
    /// <param name="kind">What happened.</param>
    /// <param name="customer">To whom; not empty.</param>
    /// <param name="at">When it happened (for a booking: when the booking was made).</param>
    /// <param name="appointmentId">The caller's appointment id: required for booked, rescheduled and cancelled; optional otherwise; trimmed, at most 200 characters.</param>
    /// <param name="scheduledFor">The instant the kind refers to (see remarks); required for booked and rescheduled, not allowed for cancelled and survey; after <paramref name="at"/>.</param>
    /// <param name="zone">The customer's time zone, or null for the calendar's default.</param>
    /// <param name="score">The answer of a survey: required for surveys, not allowed otherwise.</param>
    /// <param name="isFirstVisit">Whether the service, visit or survey concerns the customer's first service.</param>
    /// <param name="note">The note of a <see cref="FollowupEventKind.Note"/> event: required for notes, not allowed otherwise; same customer and instant.</param>
    /// <param name="comment">The customer's comment on a survey, or null; surveys only; trimmed, at most <see cref="CustomerNote.MaxTextLength"/> characters.</param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is empty, or a field the kind needs is missing or one it forbids is given,
    /// or <paramref name="scheduledFor"/> is not after <paramref name="at"/>, or the appointment id is blank or too long, or the note
    /// is missing, misplaced or of another customer or instant, or the comment is misplaced or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public FollowupEvent(
        FollowupEventKind kind,
        CustomerId customer,
        Instant at,
        string? appointmentId = null,
        Instant? scheduledFor = null,
        DateTimeZone? zone = null,
        LikelihoodScore? score = null,
        bool isFirstVisit = false,
        CustomerNote? note = null,
        string? comment = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined follow-up event kind.");
        }

        if (customer.IsEmpty)
        {
            throw new ArgumentException("The customer id is empty (default); make one with CustomerId.From.", nameof(customer));
        }

        var id = appointmentId?.Trim();
        if (appointmentId is not null && (id!.Length == 0 || id.Length > 200))
        {
            throw new ArgumentException($"An appointment id must be 1–200 characters that are not all white space; got \"{appointmentId}\".", nameof(appointmentId));
        }

        var needsAppointment = kind is FollowupEventKind.Booked or FollowupEventKind.Rescheduled or FollowupEventKind.Cancelled;
        if (needsAppointment && id is null)
        {
            throw new ArgumentException($"A {kind} event needs an appointment id.", nameof(appointmentId));
        }

        var needsSlot = kind is FollowupEventKind.Booked or FollowupEventKind.Rescheduled;
        if (needsSlot && scheduledFor is null)
        {
            throw new ArgumentException($"A {kind} event needs the slot start (scheduledFor).", nameof(scheduledFor));
        }

        if (kind is FollowupEventKind.Cancelled or FollowupEventKind.Survey or FollowupEventKind.Note && scheduledFor is not null)
        {
            throw new ArgumentException($"A {kind} event has no scheduled instant; got {scheduledFor}.", nameof(scheduledFor));
        }

        if (scheduledFor is { } s && s <= at)
        {
            throw new ArgumentException($"The scheduled instant ({s}) of a {kind} event must be after the event itself ({at}).", nameof(scheduledFor));
        }

        if ((kind == FollowupEventKind.Survey) != score.HasValue)
        {
            throw new ArgumentException(
                kind == FollowupEventKind.Survey ? "A survey event needs a score." : $"Only survey events have a score; got one on a {kind} event.",
                nameof(score));
        }

        CheckNote(kind, customer, at, note);
        var c = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (c is not null && (kind != FollowupEventKind.Survey || c.Length > CustomerNote.MaxTextLength))
        {
            throw new ArgumentException(
                kind != FollowupEventKind.Survey ? $"Only survey events have a comment; got one on a {kind} event." : $"A comment may have at most {CustomerNote.MaxTextLength} characters; got {c.Length}.",
                nameof(comment));
        }

        Kind = kind;
        Customer = customer;
        Note = note;
        Comment = c;
        At = at;
        AppointmentId = id;
        ScheduledFor = scheduledFor;
        Zone = zone;
        Score = score;
        IsFirstVisit = isFirstVisit;
    }

    /// <summary>What happened.</summary>
    public FollowupEventKind Kind { get; }

    /// <summary>To whom it happened.</summary>
    public CustomerId Customer { get; }

    /// <summary>When it happened (for a booking or reschedule: when it was made, not the slot).</summary>
    public Instant At { get; }

    /// <summary>The caller's appointment id, trimmed; null when the event concerns no appointment.</summary>
    public string? AppointmentId { get; }

    /// <summary>The instant the event refers to; its meaning depends on <see cref="Kind"/> (see the type's remarks).</summary>
    public Instant? ScheduledFor { get; }

    /// <summary>The customer's time zone, or null for the calendar's default zone.</summary>
    public DateTimeZone? Zone { get; }

    /// <summary>The survey answer (surveys only).</summary>
    public LikelihoodScore? Score { get; }

    /// <summary>Whether the event concerns the customer's first service.</summary>
    public bool IsFirstVisit { get; }

    /// <summary>The note (notes only).</summary>
    public CustomerNote? Note { get; }

    /// <summary>The customer's comment on a survey, or null: data to show escaped, never logged by the library.</summary>
    public string? Comment { get; }

    /// <summary>A note about the customer was recorded.</summary>
    /// <param name="note">The note.</param>
    /// <param name="zone">The customer's time zone, or null for the calendar's default.</param>
    /// <returns>The event, at the note's <see cref="CustomerNote.RecordedAt"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    public static FollowupEvent NoteRecorded(CustomerNote note, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new(FollowupEventKind.Note, note.Customer, note.RecordedAt, zone: zone, note: note);
    }

    /// <summary>An appointment was booked.</summary>
    /// <param name="customer">Whose appointment; not empty.</param>
    /// <param name="at">When the booking was made.</param>
    /// <param name="appointmentId">The caller's appointment id; not blank.</param>
    /// <param name="slotStart">The slot start; after <paramref name="at"/>.</param>
    /// <param name="zone">The customer's time zone, or null for the calendar's default.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">See the constructor.</exception>
    public static FollowupEvent Booked(CustomerId customer, Instant at, string appointmentId, Instant slotStart, DateTimeZone? zone = null) =>
        new(FollowupEventKind.Booked, customer, at, appointmentId, slotStart, zone);

    /// <summary>An appointment moved to a new slot.</summary>
    /// <param name="customer">Whose appointment; not empty.</param>
    /// <param name="at">When the change was made.</param>
    /// <param name="appointmentId">The appointment id (the same as at booking); not blank.</param>
    /// <param name="newSlotStart">The new slot start; after <paramref name="at"/>.</param>
    /// <param name="zone">The customer's time zone, or null for the calendar's default.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">See the constructor.</exception>
    public static FollowupEvent Rescheduled(CustomerId customer, Instant at, string appointmentId, Instant newSlotStart, DateTimeZone? zone = null) =>
        new(FollowupEventKind.Rescheduled, customer, at, appointmentId, newSlotStart, zone);

    /// <summary>An appointment was cancelled.</summary>
    /// <param name="customer">Whose appointment; not empty.</param>
    /// <param name="at">When it was cancelled.</param>
    /// <param name="appointmentId">The appointment id; not blank.</param>
    /// <param name="zone">The customer's time zone, or null for the calendar's default.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">See the constructor.</exception>
    public static FollowupEvent Cancelled(CustomerId customer, Instant at, string appointmentId, DateTimeZone? zone = null) =>
        new(FollowupEventKind.Cancelled, customer, at, appointmentId, null, zone);

    /// <summary>Work on the car started.</summary>
    /// <param name="customer">Whose car; not empty.</param>
    /// <param name="at">When work started.</param>
    /// <param name="appointmentId">The appointment id, or null.</param>
    /// <param name="expectedCompletion">When the work should finish, or null; after <paramref name="at"/>. Decides whether daily updates of a long repair apply.</param>
    /// <param name="zone">The customer's time zone, or null for the calendar's default.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">See the constructor.</exception>
    public static FollowupEvent ServiceStarted(CustomerId customer, Instant at, string? appointmentId = null, Instant? expectedCompletion = null, DateTimeZone? zone = null) =>
        new(FollowupEventKind.ServiceStarted, customer, at, appointmentId, expectedCompletion, zone);

    /// <summary>Work finished and the car was handed back (starts the golden flow).</summary>
    /// <param name="customer">Whose car; not empty.</param>
    /// <param name="at">When the service was completed.</param>
    /// <param name="isFirstVisit">Whether this was the customer's first service.</param>
    /// <param name="appointmentId">The appointment id, or null.</param>
    /// <param name="nextServiceDue">When the next maintenance is due, or null; after <paramref name="at"/>.</param>
    /// <param name="zone">The customer's time zone, or null for the calendar's default.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">See the constructor.</exception>
    public static FollowupEvent ServiceCompleted(CustomerId customer, Instant at, bool isFirstVisit = false, string? appointmentId = null, Instant? nextServiceDue = null, DateTimeZone? zone = null) =>
        new(FollowupEventKind.ServiceCompleted, customer, at, appointmentId, nextServiceDue, zone, isFirstVisit: isFirstVisit);

    /// <summary>The customer answered the likelihood-to-recommend survey.</summary>
    /// <param name="customer">Who answered; not empty.</param>
    /// <param name="at">When the answer was given.</param>
    /// <param name="score">The 0–10 answer.</param>
    /// <param name="isFirstVisit">Whether the survey followed the first service.</param>
    /// <param name="appointmentId">The appointment id, or null.</param>
    /// <param name="zone">The customer's time zone, or null for the calendar's default.</param>
    /// <param name="comment">The customer's comment, or null.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">See the constructor.</exception>
    public static FollowupEvent Survey(CustomerId customer, Instant at, LikelihoodScore score, bool isFirstVisit = false, string? appointmentId = null, DateTimeZone? zone = null, string? comment = null) =>
        new(FollowupEventKind.Survey, customer, at, appointmentId, null, zone, score, isFirstVisit, comment: comment);

    /// <summary>The advisor advised postponing a repair (e.g. brake pads at 60–70 % wear).</summary>
    /// <param name="customer">Whose car; not empty.</param>
    /// <param name="at">When the advice was given.</param>
    /// <param name="remindAt">When to raise it again, or null for the cadence's default delay (about 3 months); after <paramref name="at"/>.</param>
    /// <param name="appointmentId">The appointment id, or null.</param>
    /// <param name="zone">The customer's time zone, or null for the calendar's default.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">See the constructor.</exception>
    public static FollowupEvent DeferredRepair(CustomerId customer, Instant at, Instant? remindAt = null, string? appointmentId = null, DateTimeZone? zone = null) =>
        new(FollowupEventKind.DeferredRepair, customer, at, appointmentId, remindAt, zone);

    /// <summary>Any other visit of the customer (no golden flow; resets the churn clock).</summary>
    /// <param name="customer">Who visited; not empty.</param>
    /// <param name="at">When.</param>
    /// <param name="nextServiceDue">When the next maintenance is due, or null; after <paramref name="at"/>.</param>
    /// <param name="zone">The customer's time zone, or null for the calendar's default.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentException">See the constructor.</exception>
    public static FollowupEvent Visit(CustomerId customer, Instant at, Instant? nextServiceDue = null, DateTimeZone? zone = null) =>
        new(FollowupEventKind.Visit, customer, at, null, nextServiceDue, zone);

    private static void CheckNote(FollowupEventKind kind, CustomerId customer, Instant at, CustomerNote? note)
    {
        if ((kind == FollowupEventKind.Note) != (note is not null))
        {
            throw new ArgumentException(
                kind == FollowupEventKind.Note ? "A note event needs the note." : $"Only note events carry a note; got one on a {kind} event.", nameof(note));
        }

        if (note is not null && (note.Customer != customer || note.RecordedAt != at))
        {
            throw new ArgumentException("A note event must have the note's customer and instant.", nameof(note));
        }
    }

    /// <summary>The members without the words of a comment (its length instead); a note prints without its text too.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Kind = ").Append(Kind).Append(", Customer = ").Append(Customer).Append(", At = ").Append(At)
            .Append(", AppointmentId = ").Append(AppointmentId).Append(", ScheduledFor = ").Append(ScheduledFor)
            .Append(", Zone = ").Append(Zone).Append(", Score = ").Append(Score).Append(", IsFirstVisit = ").Append(IsFirstVisit)
            .Append(", Note = ").Append(Note).Append(", Comment = ").Append(Comment is null ? "null" : $"({Comment.Length} characters)");
        return true;
    }
}

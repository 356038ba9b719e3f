using NodaTime;

namespace CustomerLifecycle.Core.Events;

/// <summary>A booked service appointment: when it was booked and the slot it occupies.</summary>
public sealed record Appointment
{
    /// <summary>Makes an appointment.</summary>
    /// <param name="appointmentId">The caller's id for the appointment; not blank. Reschedules keep the id.</param>
    /// <param name="customer">Whose appointment; not empty.</param>
    /// <param name="bookedAt">When the booking was made; not after <paramref name="start"/>.</param>
    /// <param name="start">The slot's start.</param>
    /// <param name="end">The slot's end; after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException">An id is blank or empty, <paramref name="bookedAt"/> is after <paramref name="start"/>, or <paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public Appointment(string appointmentId, CustomerId customer, Instant bookedAt, Instant start, Instant end)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(appointmentId);
        Guard.NotEmpty(customer, nameof(customer));
        if (bookedAt > start)
        {
            throw new ArgumentException($"An appointment cannot be booked ({bookedAt}) after its start ({start}).", nameof(bookedAt));
        }

        if (end <= start)
        {
            throw new ArgumentException($"An appointment must end ({end}) after it starts ({start}).", nameof(end));
        }

        AppointmentId = appointmentId;
        Customer = customer;
        BookedAt = bookedAt;
        Start = start;
        End = end;
    }

    /// <summary>The caller's id for the appointment.</summary>
    public string AppointmentId { get; }

    /// <summary>Whose appointment.</summary>
    public CustomerId Customer { get; }

    /// <summary>When the booking was made.</summary>
    public Instant BookedAt { get; }

    /// <summary>The slot's start.</summary>
    public Instant Start { get; }

    /// <summary>The slot's end.</summary>
    public Instant End { get; }

    /// <summary>How far ahead the booking was made.</summary>
    public Duration LeadTime => Start - BookedAt;
}

namespace CustomerLifecycle.Followups;

/// <summary>The instant a <see cref="FollowupStep"/>'s offset counts from.</summary>
public enum StepAnchor
{
    /// <summary>When the appointment was booked, or last rescheduled (the <see cref="FollowupEvent.At"/> of that event).</summary>
    Booking = 0,

    /// <summary>The appointment's current slot start; negative offsets plan contacts before it.</summary>
    AppointmentStart = 1,

    /// <summary>When work on the car started (service started).</summary>
    ServiceStart = 2,

    /// <summary>When the service was completed: the anchor of the golden flow.</summary>
    ServiceCompletion = 3,

    /// <summary>When the customer answered the survey (detractor, passive and promoter paths).</summary>
    Survey = 4,

    /// <summary>When a postponed repair is due again: the event's agreed date, else the advice plus <see cref="CadenceOptions.DeferredRepairDelay"/>.</summary>
    DeferredRepairDue = 5,

    /// <summary>The customer's latest visit or completed service (churn warning); a later visit replaces the task.</summary>
    LastVisit = 6,

    /// <summary>When the next maintenance is due (from the latest completed service or visit that states it).</summary>
    NextServiceDue = 7,
}

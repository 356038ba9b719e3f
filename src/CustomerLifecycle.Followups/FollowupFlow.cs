namespace CustomerLifecycle.Followups;

/// <summary>The cadence a step belongs to; the flow order (no step due before an earlier step of its flow) holds within one flow.</summary>
public enum FollowupFlow
{
    /// <summary>Before the appointment: expectation management.</summary>
    PreAppointment = 0,

    /// <summary>While the car is being serviced: progress updates.</summary>
    DuringService = 1,

    /// <summary>After the service: the golden flow (+4 h survey … +30 d community, a contact before +90 d).</summary>
    PostService = 2,

    /// <summary>Keeping the customer: churn warning, deferred repairs, next maintenance.</summary>
    Retention = 3,

    /// <summary>The survey closed loop: detractor recovery and the passive/promoter paths.</summary>
    ClosedLoop = 4,

    /// <summary>The advisor's own preparation (the pre-visit brief): not a contact with the customer, so it keeps no order
    /// with the customer's contacts.</summary>
    AdvisorPreparation = 5,
}

namespace CustomerLifecycle.Followups;

/// <summary>Why a task the cadence asked for was not planned.</summary>
public enum SuppressionReason
{
    /// <summary>The customer already has the maximum of non-mandatory contacts in the cap window.</summary>
    FrequencyCap = 0,

    /// <summary>The ideal time is not allowed and the step's policy is <see cref="NotAllowedPolicy.Skip"/>, or no allowed instant was found in the search range.</summary>
    NotAllowed = 1,

    /// <summary>The ideal time had passed when the anchor became known and the step's policy is <see cref="PastDuePolicy.Skip"/>.</summary>
    PastDue = 2,

    /// <summary>A contact that must come before the appointment has no allowed instant between the booking and the appointment.</summary>
    NoTimeBeforeAppointment = 3,

    /// <summary>A later visit or completed service made the task pointless (e.g. the churn warning of an older visit).</summary>
    Superseded = 4,
}

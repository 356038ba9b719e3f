namespace CustomerLifecycle.Followups.Compliance;

/// <summary>Where a planned task stands against its deadline at the evaluation instant.</summary>
public enum ComplianceStatus
{
    /// <summary>Done at or before its deadline.</summary>
    OnTime = 0,

    /// <summary>Done, but after its deadline; <see cref="TaskCompliance.Lateness"/> says by how much.</summary>
    Late = 1,

    /// <summary>Not done, and the deadline has passed at the evaluation instant; <see cref="TaskCompliance.Lateness"/> is the time overdue so far.</summary>
    Missed = 2,

    /// <summary>Not done, and the deadline has not passed yet: counted in no rate.</summary>
    NotYetDue = 3,
}

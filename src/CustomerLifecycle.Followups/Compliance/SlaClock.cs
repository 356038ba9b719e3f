namespace CustomerLifecycle.Followups.Compliance;

/// <summary>Which hours count towards an SLA target and towards lateness.</summary>
public enum SlaClock
{
    /// <summary>Every hour counts, day and night, holidays included ("called back within 24 h" = 24 elapsed hours).</summary>
    CalendarHours = 0,

    /// <summary>
    /// Only the advisor's business hours count (Zendesk/Salesforce style): the clock stops outside business hours, at
    /// weekends and on holidays, and runs on make-up workdays. "24 h" then means 24 business hours.
    /// </summary>
    BusinessHours = 1,
}

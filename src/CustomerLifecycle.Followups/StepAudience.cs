namespace CustomerLifecycle.Followups;

/// <summary>Which customers a step is for.</summary>
public enum StepAudience
{
    /// <summary>Everyone whose events reach the step's anchor.</summary>
    Everyone = 0,

    /// <summary>Only after the customer's first service (first-visit flag on the completion or survey).</summary>
    FirstVisit = 1,

    /// <summary>Only after a service that is not the first.</summary>
    RepeatVisit = 2,

    /// <summary>Only survey answers 0–6.</summary>
    Detractor = 3,

    /// <summary>Only survey answers 7–8.</summary>
    Passive = 4,

    /// <summary>Only survey answers 9–10.</summary>
    Promoter = 5,

    /// <summary>Only services lasting (or expected to last) longer than <see cref="CadenceOptions.LongRepairThreshold"/>.</summary>
    LongRepair = 6,

    /// <summary>Only services not known to last longer than <see cref="CadenceOptions.LongRepairThreshold"/>.</summary>
    ShortService = 7,

    /// <summary>Only customers an advisor has something to remember about: a note that still holds at planning time, or a
    /// postponed repair (the pre-visit brief).</summary>
    WithMemory = 8,
}

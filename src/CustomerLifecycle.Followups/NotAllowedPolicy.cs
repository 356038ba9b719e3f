namespace CustomerLifecycle.Followups;

/// <summary>What a step does when its ideal time is not allowed (quiet hours, outside business hours, a holiday).</summary>
public enum NotAllowedPolicy
{
    /// <summary>Move to the first allowed instant after the ideal time (the default for contacts after an event).</summary>
    MoveLater = 0,

    /// <summary>Move to the last allowed instant before the ideal time: for contacts that must arrive before an event
    /// (a reminder before the appointment). If that instant is before the step's event was known, the step falls back to
    /// the first allowed instant after it when that is still before the ideal time, else it is suppressed.</summary>
    MoveEarlier = 1,

    /// <summary>Do not plan the task; it is reported as suppressed.</summary>
    Skip = 2,
}

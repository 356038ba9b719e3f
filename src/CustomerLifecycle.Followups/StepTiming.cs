namespace CustomerLifecycle.Followups;

/// <summary>How a step reads its ideal time (anchor + offset).</summary>
public enum StepTiming
{
    /// <summary>The ideal time is when the contact should happen; the not-allowed policy moves it when the calendar forbids it.</summary>
    Ideal = 0,

    /// <summary>The ideal time is a deadline: the contact is due at the latest allowed time no later than it (keeping
    /// <see cref="CadenceOptions.MoveEarlierLead"/> before the allowed stretch or the deadline ends, when there is room) and
    /// not before the anchor plus the step's minimum delay. Only when no allowed time exists in that window is it planned at
    /// the first allowed time after the deadline, marked <see cref="PlannedTask.AtRisk"/> with the reason. The not-allowed
    /// policy does not apply.</summary>
    DueBy = 1,
}

namespace CustomerLifecycle.Followups;

/// <summary>What happened to a customer: the kinds of <see cref="FollowupEvent"/> the planner reads.</summary>
/// <remarks>The names match the <c>event</c> column of the CLI's events CSV (snake_case there).</remarks>
public enum FollowupEventKind
{
    /// <summary>An appointment was booked; needs an appointment id and the slot start (<see cref="FollowupEvent.ScheduledFor"/>).</summary>
    Booked = 0,

    /// <summary>An appointment moved to a new slot; needs the appointment id and the new slot start. Tasks of the old slot are replaced.</summary>
    Rescheduled = 1,

    /// <summary>An appointment was cancelled; needs the appointment id. No task of that appointment survives.</summary>
    Cancelled = 2,

    /// <summary>Work on the car started; <see cref="FollowupEvent.ScheduledFor"/> is the expected completion, when known.</summary>
    ServiceStarted = 3,

    /// <summary>Work finished and the car was handed back: starts the post-service golden flow; <see cref="FollowupEvent.ScheduledFor"/> is the next maintenance due, when known.</summary>
    ServiceCompleted = 4,

    /// <summary>The customer answered the likelihood-to-recommend survey; needs <see cref="FollowupEvent.Score"/>.</summary>
    Survey = 5,

    /// <summary>The advisor advised postponing a repair; <see cref="FollowupEvent.ScheduledFor"/> is when to raise it again, when agreed.</summary>
    DeferredRepair = 6,

    /// <summary>Any other visit (no golden flow): resets the churn clock; <see cref="FollowupEvent.ScheduledFor"/> is the next maintenance due, when known.</summary>
    Visit = 7,

    /// <summary>A note about the customer was recorded (<see cref="FollowupEvent.Note"/>): no contact of its own; it feeds the
    /// pre-visit brief.</summary>
    Note = 8,
}

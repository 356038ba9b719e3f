using CustomerLifecycle.Followups.Calendar;
using NodaTime;

namespace CustomerLifecycle.Followups;

/// <summary>What the planner needs of one step, worked out once per planner rather than once per customer and anchor.</summary>
internal sealed class StepPlan
{
    public StepPlan(FollowupStep step)
    {
        Step = step;
        Name = step.Name;
        Flow = step.Flow;
        Channel = step.Channel;
        Rules = ContactRules.Of(step);
        ChannelName = step.Channel.ToString();
        KeyPart = "|" + step.Name + "|";
        BeforeSlot = step.Anchor == StepAnchor.Booking || (step.Anchor == StepAnchor.AppointmentStart && step.Offset.IsBefore);
        Period = step.Offset.CalendarPeriod;
        PeriodDays = Period is { Years: 0, Months: 0, Weeks: 0, Hours: 0, Minutes: 0, Seconds: 0, Milliseconds: 0, Ticks: 0, Nanoseconds: 0 } p ? p.Days : null;
        PeriodMonths = Period is { Years: 0, Weeks: 0, Days: 0, Hours: 0, Minutes: 0, Seconds: 0, Milliseconds: 0, Ticks: 0, Nanoseconds: 0 } m ? m.Months : null;
        Elapsed = step.Offset.ElapsedTime;
        DueBy = step.Timing == StepTiming.DueBy;
        AnchorKind = (int)step.Anchor;
        Audience = step.Audience;
    }

    /// <summary>The step's anchor kind as a number (<see cref="FollowupStep.Anchor"/>).</summary>
    public int AnchorKind { get; }

    /// <summary>Whom the step is for (<see cref="FollowupStep.Audience"/>).</summary>
    public StepAudience Audience { get; }

    /// <summary>Whether the ideal time is a deadline (<see cref="StepTiming.DueBy"/>).</summary>
    public bool DueBy { get; }

    public FollowupStep Step { get; }

    /// <summary>The step's name (read for every task, kept here rather than read through the step).</summary>
    public string Name { get; }

    /// <summary>The step's cadence.</summary>
    public FollowupFlow Flow { get; }

    /// <summary>The step's channel.</summary>
    public ContactChannel Channel { get; }

    public ContactRules Rules { get; }

    /// <summary>The step's part of a task key: "|", the name, "|".</summary>
    public string KeyPart { get; }

    /// <summary>The channel's name as the suppression details print it.</summary>
    public string ChannelName { get; }

    /// <summary>Whether its tasks must come before the appointment slot.</summary>
    public bool BeforeSlot { get; }

    /// <summary>The calendar offset, or null for an elapsed one.</summary>
    public Period? Period { get; }

    /// <summary>The calendar offset's number of days when it is a whole number of days and nothing else, or null.</summary>
    public int? PeriodDays { get; }

    /// <summary>The calendar offset in months when it is whole months and nothing else (then added to the local date as
    /// months, the time of day kept), else null.</summary>
    public int? PeriodMonths { get; }

    /// <summary>The elapsed offset (zero for a calendar one).</summary>
    public Duration Elapsed { get; }
}

using CustomerLifecycle.Followups.Calendar;
using NodaTime;

namespace CustomerLifecycle.Followups;

/// <summary>What the planner needs of one step, worked out once per planner rather than once per customer and anchor.</summary>
internal sealed class StepPlan
{
    /// <summary>The average Gregorian year and month in hours, for ordering steps by their usual time.</summary>
    private const double HoursPerYear = 365.2425 * 24, HoursPerMonth = HoursPerYear / 12;

    public StepPlan(FollowupStep step)
    {
        Step = step;
        Name = step.Name;
        Flow = step.Flow;
        Channel = step.Channel;
        Rules = ContactRules.Of(step);
        ChannelName = step.Channel switch
        {
            ContactChannel.AppPush => "app_push",
            ContactChannel.Sms => "sms",
            ContactChannel.Phone => "phone",
            ContactChannel.Message => "message",
            ContactChannel.InPerson => "in_person",
            _ => step.Channel.ToString(),
        };
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

    /// <summary>The steps in the order a customer's steps are planned: by when their tasks usually fall (where the anchor
    /// usually lies in a customer's history, plus the offset), the steps of each flow kept in their given order.</summary>
    /// <remarks>
    /// Only the steps of one flow affect each other while planning (a flow's tasks are kept in sequence, in the order its
    /// steps are given); across flows the order changes nothing in the plan, only how far each task has to move when the
    /// customer's tasks are sorted into the canonical order afterwards. Planned roughly by time, most tasks come out in order.
    /// </remarks>
    /// <param name="steps">The steps, in the cadence options' order.</param>
    /// <returns>One plan per step, reordered.</returns>
    public static StepPlan[] InPlanningOrder(IReadOnlyList<FollowupStep> steps)
    {
        var usualHours = new double[steps.Count];
        var flowLatest = new Dictionary<FollowupFlow, double>();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var hours = UsualAnchorHours(step.Anchor) + (step.Offset.CalendarPeriod is { } p
                ? (p.Years * HoursPerYear) + (p.Months * HoursPerMonth) + (p.Weeks * 168.0) + (p.Days * 24.0) + p.Hours + (p.Minutes / 60.0)
                : step.Offset.ElapsedTime.TotalHours);

            // A step never moves ahead of an earlier step of its own flow (the ordering below is stable).
            if (flowLatest.TryGetValue(step.Flow, out var latest) && latest > hours)
            {
                hours = latest;
            }

            flowLatest[step.Flow] = hours;
            usualHours[i] = hours;
        }

        return [.. Enumerable.Range(0, steps.Count).OrderBy(i => usualHours[i]).Select(i => new StepPlan(steps[i]))];
    }

    /// <summary>Roughly where an anchor lies in a customer's history, in hours from the booking: the appointment a few days
    /// later, the service ending (and the latest visit) a little after it starts, the survey a few hours after that, a
    /// postponed repair or the next maintenance months later.</summary>
    private static double UsualAnchorHours(StepAnchor anchor) => anchor switch
    {
        StepAnchor.Booking => 0,
        StepAnchor.AppointmentStart or StepAnchor.ServiceStart => 72,
        StepAnchor.Survey => 78,
        StepAnchor.DeferredRepairDue or StepAnchor.NextServiceDue => 74 + (3 * HoursPerMonth),
        _ => 74,
    };

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

    /// <summary>The channel's name as the suppression and at-risk details print it: its name in the plan's tables and JSON (<c>phone</c>, <c>app_push</c>).</summary>
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

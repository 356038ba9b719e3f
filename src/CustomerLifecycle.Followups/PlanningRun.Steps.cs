using System.Runtime.CompilerServices;
using NodaTime;

namespace CustomerLifecycle.Followups;

/// <summary>One step for one anchor: its candidate tasks, their due times under the contact rules, and the suppressed ones.</summary>
/// <remarks>
/// The common path (an allowed or later allowed time, a window, a task) is kept small, and every text a suppression or an
/// at-risk task needs is written in a method of its own that the compiler does not inline: the step loop then stays small
/// enough for the compiler to inline the time arithmetic it does for every task.
/// </remarks>
internal sealed partial class PlanningRun
{
    private void PlanStep(StepPlan plan, in Anchor anchor)
    {
        var step = plan.Step;
        var rules = plan.Rules;
        var first = plan.PeriodDays is { } days ? _cursor.PlusDays(anchor.At, days)
            : plan.Period is { } p ? PlusPeriod(anchor.At, p, plan.PeriodMonths)
            : anchor.At + plan.Elapsed;
        var before = plan.BeforeSlot ? anchor.Slot : null;
        var mandatory = step.Mandatory || (step.MandatoryOnFirstVisit && anchor.FirstVisit);
        var flowSlot = (anchor.RefId * FlowCount) + (int)step.Flow;
        var repeatEvery = step.RepeatEvery;
        for (var k = 0; k < step.MaxOccurrences; k++)
        {
            var ideal = repeatEvery is { } every ? first + (every * k) : first;
            if (repeatEvery is { } r
                && (anchor.Until is { } until ? ideal >= until : k > 0 && ideal > Max(_now, anchor.At) + r))
            {
                break;
            }

            var task = new TaskParts(plan, Key(plan, anchor.Ref, k), ideal, mandatory, k,
                step.CompleteWithin is { } cw ? ideal + cw : plan.DueBy ? ideal : null, step.EscalateAfter is { } ea ? ideal + ea : null);

            if (step.SupersededByLaterVisit && VisitBetween(anchor.KnownAt, ideal))
            {
                SuppressSuperseded(task, anchor);
                continue;
            }

            if (!TryDue(plan, task, anchor, out var due, out var risk))
            {
                continue;
            }

            // A flow never runs out of order: a step is never due before an earlier step (or occurrence) of the same flow and anchor.
            var last = _flowLast[flowSlot];
            // A due-by step stays inside its window rather than follow an earlier step past its deadline.
            if (due is { } d && last is { } l && d < l)
            {
                var after = _cursor.NextAllowed(l, rules);
                due = plan.DueBy && risk is null && !(after < ideal) ? d : after;
            }

            if (due is not { } at)
            {
                SuppressNoTime(task, anchor);
                continue;
            }

            if (before is { } slot && at >= slot)
            {
                SuppressBeforeSlot(task, anchor, slot);
                continue;
            }

            var windowEnd = _cursor.Window(at, rules, Limit(task, anchor, at), out var local, out var day);
            _planned.Add(Make(task, anchor, at, windowEnd, local, risk, Uncovered(day, rules)));
            _flowLast[flowSlot] = last is { } previous && previous > at ? previous : at;

            // No two planned tasks of a customer share a key: steps have unique names, anchors are unique per (kind, ref),
            // and a step has one anchor kind, so (step, ref, occurrence) is never planned twice.
        }
    }

    /// <summary>Where a task due at <paramref name="due"/> stops being offered: the window cap, or earlier the deadline, the
    /// next occurrence's ideal time, the appointment, and (for steps that move earlier or are due by their ideal time) the
    /// ideal time itself, whichever of them come after the due time.</summary>
    private Instant Limit(in TaskParts task, in Anchor anchor, Instant due)
    {
        var plan = task.Plan;
        var step = plan.Step;
        var ideal = task.Ideal;
        var limit = due + _settings.Options.MaxWindow;
        if (task.Deadline is { } dl && dl > due && dl < limit)
        {
            limit = dl;
        }

        if (step.RepeatEvery is { } next && ideal + next > due && ideal + next < limit)
        {
            limit = ideal + next;
        }

        if (plan.BeforeSlot && anchor.Slot is { } b && b < limit)
        {
            limit = b;
        }

        if ((step.WhenNotAllowed == NotAllowedPolicy.MoveEarlier || plan.DueBy) && ideal > due && ideal < limit)
        {
            limit = ideal;
        }

        return limit;
    }

    /// <summary>The due time of a candidate task under the past-due and not-allowed policies (null: no allowed time near
    /// it), with the at-risk reason of a due-by step; false when the task was suppressed instead.</summary>
    private bool TryDue(StepPlan plan, in TaskParts task, in Anchor anchor, out Instant? due, out string? risk)
    {
        var step = plan.Step;
        var rules = plan.Rules;
        var ideal = task.Ideal;
        risk = null;
        if (ideal < anchor.KnownAt)
        {
            if (step.WhenPastDue == PastDuePolicy.Skip)
            {
                SuppressPastDue(task, anchor);
                due = null;
                return false;
            }

            due = _cursor.NextAllowed(anchor.KnownAt, rules);
            risk = plan.DueBy ? PastDeadline(ideal, anchor.KnownAt) : null;
            return true;
        }

        if (plan.DueBy)
        {
            due = DueBy(plan, anchor, ideal, ref risk);
            return true;
        }

        if (_cursor.IsAllowed(ideal, rules))
        {
            due = ideal;
            return true;
        }

        switch (step.WhenNotAllowed)
        {
            case NotAllowedPolicy.Skip:
                SuppressSkipped(task, anchor);
                due = null;
                return false;
            case NotAllowedPolicy.MoveEarlier:
                due = _cursor.PreviousAllowed(ideal, rules, _settings.Options.MoveEarlierLead);
                if (due is null || due < anchor.KnownAt)
                {
                    due = _cursor.NextAllowed(anchor.KnownAt, rules);
                    if (due >= ideal)
                    {
                        due = null;
                    }
                }

                return true;
            default:
                due = _cursor.NextAllowed(ideal, rules);
                return true;
        }
    }

    /// <summary>The latest allowed time no later than the deadline and not before the minimum delay (nor the event); else
    /// the first allowed time after the deadline, with the reason in <paramref name="risk"/>.</summary>
    private Instant? DueBy(StepPlan plan, in Anchor anchor, Instant deadline, ref string? risk)
    {
        var floor = plan.Step.MinimumDelay is { } m && anchor.At + m > anchor.KnownAt ? anchor.At + m : anchor.KnownAt;
        if (_cursor.PreviousAllowed(deadline, plan.Rules, _settings.Options.MoveEarlierLead) is { } latest && latest >= floor)
        {
            return latest;
        }

        if (_cursor.NextAllowed(floor, plan.Rules) is { } first && first < deadline)
        {
            return first;
        }

        risk = NoTimeBeforeDeadline(plan, floor, deadline);
        return _cursor.NextAllowed(deadline, plan.Rules);
    }

    /// <summary>The anchor's local time plus a calendar period, resolved leniently in the customer's zone: a period of whole
    /// <paramref name="months"/> only is added to the local date as months (what adding the period does, without going
    /// through its every unit; see <see cref="Calendar.CalendarCursor.PlusMonths"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Instant PlusPeriod(Instant at, Period period, int? months) =>
        months is { } m ? _cursor.PlusMonths(at, m) : _cursor.ResolveLenient(_cursor.ToLocal(at).Plus(period));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SuppressSuperseded(in TaskParts task, in Anchor anchor) =>
        Suppress(task, anchor, SuppressionReason.Superseded, "a later visit came before the ideal time");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SuppressPastDue(in TaskParts task, in Anchor anchor) =>
        Suppress(task, anchor, SuppressionReason.PastDue, Text("the ideal time ", string.Empty, string.Empty, task.Ideal, " had passed when the event was recorded (", anchor.KnownAt, ")"));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SuppressSkipped(in TaskParts task, in Anchor anchor) =>
        Suppress(task, anchor, SuppressionReason.NotAllowed, $"{Local(task.Ideal)} is not allowed for {task.Plan.ChannelName} and the step skips such times");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SuppressNoTime(in TaskParts task, in Anchor anchor) =>
        Suppress(task, anchor, SuppressionReason.NotAllowed, $"no allowed time for {task.Plan.ChannelName} near {Local(task.Ideal)}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void SuppressBeforeSlot(in TaskParts task, in Anchor anchor, Instant slot) =>
        Suppress(task, anchor, SuppressionReason.NoTimeBeforeAppointment, $"no allowed time for {task.Plan.ChannelName} before the appointment at {Local(slot)}");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private string PastDeadline(Instant ideal, Instant knownAt) =>
        Text("the deadline ", string.Empty, string.Empty, ideal, " had passed when the event was recorded (", knownAt, ")");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private string NoTimeBeforeDeadline(StepPlan plan, Instant floor, Instant deadline) =>
        Text("no allowed time for ", plan.ChannelName, " between ", floor, " and the deadline ", deadline, string.Empty);
}

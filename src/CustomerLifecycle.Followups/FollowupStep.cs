using System.Text.RegularExpressions;
using NodaTime;

namespace CustomerLifecycle.Followups;

/// <summary>One step of a cadence: when (anchor + offset), how (channel), for whom, how strictly, and what to do when its
/// ideal time is not allowed or already past.</summary>
/// <remarks>
/// Immutable and validated when made; copy with <see cref="With"/>. The defaults are in
/// <see cref="Cadences"/>. The step's <see cref="Name"/> is part of every task key, so renaming a step changes the keys of
/// its tasks.
/// </remarks>
public sealed partial record FollowupStep
{
    /// <summary>The longest step name, in characters.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Makes a step.</summary>
    /// <param name="name">A stable name: 1–64 characters of lower-case letters, digits, '-' and '.', starting with a letter or digit (e.g. <c>post.callback-24h</c>).</param>
    /// <param name="flow">The cadence it belongs to.</param>
    /// <param name="anchor">What its offset counts from.</param>
    /// <param name="offset">The ideal time relative to the anchor.</param>
    /// <param name="channel">How it reaches the customer.</param>
    /// <param name="mandatory">Whether it must happen: mandatory tasks are never suppressed by frequency caps.</param>
    /// <param name="quietHours">Whether the channel's quiet hours (and holidays, for channels that keep them) apply.</param>
    /// <param name="businessHours">Whether the advisor's business hours (and holidays) apply.</param>
    /// <param name="whenNotAllowed">What to do when the ideal time is not allowed.</param>
    /// <param name="whenPastDue">What to do when the ideal time had passed when the anchor became known.</param>
    /// <param name="audience">Which customers get it.</param>
    /// <param name="mandatoryOnFirstVisit">Whether it is mandatory after a first service even when <paramref name="mandatory"/> is false (the +24 h callback).</param>
    /// <param name="completeWithin">The deadline after the ideal time (SLA), or null for none; positive.</param>
    /// <param name="escalateAfter">When to escalate after the ideal time if not done (detractor recovery), or null; positive.</param>
    /// <param name="repeatEvery">For a repeating step (progress updates), the interval between occurrences, or null for a single task; at least 1 minute.</param>
    /// <param name="maxOccurrences">For a repeating step, the most occurrences planned (1–1000); 1 for a single task.</param>
    /// <param name="supersededByLaterVisit">Whether a later completed service or visit before the ideal time drops the task (e.g. the +30 d invitation of an older service).</param>
    /// <param name="timing">Whether the ideal time is the moment of the contact or a deadline it must meet (<see cref="StepTiming.DueBy"/>).</param>
    /// <param name="minimumDelay">For a <see cref="StepTiming.DueBy"/> step, the least time after the anchor before the contact
    /// (the customer has left the workshop), or null for none; not negative, and before the deadline for an elapsed offset.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a valid step name, <paramref name="maxOccurrences"/> is above 1 without <paramref name="repeatEvery"/>,
    /// a <see cref="StepTiming.DueBy"/> step repeats or points before its anchor, or <paramref name="minimumDelay"/> is given without <see cref="StepTiming.DueBy"/> or does not leave time before the deadline.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum is not defined, a duration is not positive (<paramref name="minimumDelay"/>: negative), <paramref name="repeatEvery"/> is below 1 minute, or <paramref name="maxOccurrences"/> is outside 1–1000.</exception>
    public FollowupStep(
        string name,
        FollowupFlow flow,
        StepAnchor anchor,
        StepOffset offset,
        ContactChannel channel,
        bool mandatory = false,
        bool quietHours = true,
        bool businessHours = false,
        NotAllowedPolicy whenNotAllowed = NotAllowedPolicy.MoveLater,
        PastDuePolicy whenPastDue = PastDuePolicy.SendNow,
        StepAudience audience = StepAudience.Everyone,
        bool mandatoryOnFirstVisit = false,
        Duration? completeWithin = null,
        Duration? escalateAfter = null,
        Duration? repeatEvery = null,
        int maxOccurrences = 1,
        bool supersededByLaterVisit = false,
        StepTiming timing = StepTiming.Ideal,
        Duration? minimumDelay = null)
    {
        if (name is null || !NamePattern().IsMatch(name))
        {
            throw new ArgumentException(
                $"A step name must be 1–{MaxNameLength} characters of a–z, 0–9, '-' and '.', starting with a letter or digit; got {(name is null ? "null" : $"\"{name}\"")}.",
                nameof(name));
        }

        Defined(flow, nameof(flow));
        Defined(anchor, nameof(anchor));
        Defined(channel, nameof(channel));
        Defined(whenNotAllowed, nameof(whenNotAllowed));
        Defined(whenPastDue, nameof(whenPastDue));
        Defined(audience, nameof(audience));
        Positive(completeWithin, nameof(completeWithin));
        Positive(escalateAfter, nameof(escalateAfter));
        if (repeatEvery is { } every && every < Duration.FromMinutes(1))
        {
            throw new ArgumentOutOfRangeException(nameof(repeatEvery), every, "A repeat interval must be at least 1 minute.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxOccurrences, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxOccurrences, 1000);
        if (maxOccurrences > 1 && repeatEvery is null)
        {
            throw new ArgumentException($"A step with {maxOccurrences} occurrences needs a repeat interval.", nameof(maxOccurrences));
        }

        Defined(timing, nameof(timing));
        CheckDueBy(timing, offset, minimumDelay, repeatEvery);
        Name = name;
        Flow = flow;
        Anchor = anchor;
        Offset = offset;
        Channel = channel;
        Mandatory = mandatory;
        QuietHours = quietHours;
        BusinessHours = businessHours;
        WhenNotAllowed = whenNotAllowed;
        WhenPastDue = whenPastDue;
        Audience = audience;
        MandatoryOnFirstVisit = mandatoryOnFirstVisit;
        CompleteWithin = completeWithin;
        EscalateAfter = escalateAfter;
        RepeatEvery = repeatEvery;
        MaxOccurrences = repeatEvery is null ? 1 : maxOccurrences;
        SupersededByLaterVisit = supersededByLaterVisit;
        Timing = timing;
        MinimumDelay = minimumDelay;
    }

    /// <summary>The step's stable name (part of task keys).</summary>
    public string Name { get; }

    /// <summary>The cadence it belongs to.</summary>
    public FollowupFlow Flow { get; }

    /// <summary>What its offset counts from.</summary>
    public StepAnchor Anchor { get; }

    /// <summary>The ideal time relative to the anchor.</summary>
    public StepOffset Offset { get; }

    /// <summary>How it reaches the customer.</summary>
    public ContactChannel Channel { get; }

    /// <summary>Whether it must happen (never suppressed by frequency caps).</summary>
    public bool Mandatory { get; }

    /// <summary>Whether the channel's quiet hours (and holidays, for channels that keep them) apply.</summary>
    public bool QuietHours { get; }

    /// <summary>Whether the advisor's business hours (and holidays) apply.</summary>
    public bool BusinessHours { get; }

    /// <summary>What to do when the ideal time is not allowed.</summary>
    public NotAllowedPolicy WhenNotAllowed { get; }

    /// <summary>What to do when the ideal time had passed when the anchor became known.</summary>
    public PastDuePolicy WhenPastDue { get; }

    /// <summary>Which customers get it.</summary>
    public StepAudience Audience { get; }

    /// <summary>Whether it is mandatory after a first service.</summary>
    public bool MandatoryOnFirstVisit { get; }

    /// <summary>The deadline after the ideal time, or null.</summary>
    public Duration? CompleteWithin { get; }

    /// <summary>When to escalate after the ideal time if not done, or null.</summary>
    public Duration? EscalateAfter { get; }

    /// <summary>The interval between occurrences of a repeating step, or null.</summary>
    public Duration? RepeatEvery { get; }

    /// <summary>The most occurrences planned; 1 for a single task.</summary>
    public int MaxOccurrences { get; }

    /// <summary>Whether a later completed service or visit, at or before the ideal time, drops the task.</summary>
    public bool SupersededByLaterVisit { get; }

    /// <summary>Whether the ideal time is the contact's moment or its deadline.</summary>
    public StepTiming Timing { get; }

    /// <summary>For a <see cref="StepTiming.DueBy"/> step, the least time after the anchor before the contact, or null.</summary>
    public Duration? MinimumDelay { get; }

    /// <summary>A copy with some properties changed (validated like the constructor).</summary>
    /// <param name="offset">The new offset, or null to keep it.</param>
    /// <param name="channel">The new channel, or null to keep it.</param>
    /// <param name="mandatory">The new mandatory flag, or null to keep it.</param>
    /// <param name="quietHours">Whether quiet hours apply, or null to keep it.</param>
    /// <param name="businessHours">Whether business hours apply, or null to keep it.</param>
    /// <param name="whenNotAllowed">The new not-allowed policy, or null to keep it.</param>
    /// <param name="whenPastDue">The new past-due policy, or null to keep it.</param>
    /// <param name="audience">The new audience, or null to keep it.</param>
    /// <param name="name">The new name, or null to keep it.</param>
    /// <param name="timing">The new timing, or null to keep it.</param>
    /// <param name="minimumDelay">The new minimum delay of a <see cref="StepTiming.DueBy"/> step, or null to keep it.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">A new value is invalid (see the constructor).</exception>
    public FollowupStep With(
        StepOffset? offset = null,
        ContactChannel? channel = null,
        bool? mandatory = null,
        bool? quietHours = null,
        bool? businessHours = null,
        NotAllowedPolicy? whenNotAllowed = null,
        PastDuePolicy? whenPastDue = null,
        StepAudience? audience = null,
        string? name = null,
        StepTiming? timing = null,
        Duration? minimumDelay = null) =>
        new(
            name ?? Name,
            Flow,
            Anchor,
            offset ?? Offset,
            channel ?? Channel,
            mandatory ?? Mandatory,
            quietHours ?? QuietHours,
            businessHours ?? BusinessHours,
            whenNotAllowed ?? WhenNotAllowed,
            whenPastDue ?? WhenPastDue,
            audience ?? Audience,
            MandatoryOnFirstVisit,
            CompleteWithin,
            EscalateAfter,
            RepeatEvery,
            MaxOccurrences,
            SupersededByLaterVisit,
            timing ?? Timing,
            (timing ?? Timing) == StepTiming.DueBy ? minimumDelay ?? MinimumDelay : null);

    private static void Defined<T>(T value, string paramName)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"Not a defined {typeof(T).Name}.");
        }
    }

    private static void CheckDueBy(StepTiming timing, StepOffset offset, Duration? minimumDelay, Duration? repeatEvery)
    {
        if (minimumDelay is { } m && m < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumDelay), m, "A minimum delay must not be negative.");
        }

        if (timing != StepTiming.DueBy)
        {
            if (minimumDelay is not null)
            {
                throw new ArgumentException("Only a due-by step has a minimum delay.", nameof(minimumDelay));
            }

            return;
        }

        if (repeatEvery is not null)
        {
            throw new ArgumentException("A due-by step cannot repeat.", nameof(timing));
        }

        if (offset.IsBefore)
        {
            throw new ArgumentException($"A due-by step's deadline must be after its anchor; got {offset}.", nameof(timing));
        }

        if (minimumDelay is { } delay && !offset.IsCalendar && delay >= offset.ElapsedTime)
        {
            throw new ArgumentException($"The minimum delay ({delay}) leaves no time before the deadline ({offset}).", nameof(minimumDelay));
        }
    }

    private static void Positive(Duration? value, string paramName)
    {
        if (value is { } d && d <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(paramName, d, "The duration must be positive.");
        }
    }

    [GeneratedRegex(@"^[a-z0-9][a-z0-9.-]{0,63}\z", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}

using NodaTime;

namespace CustomerLifecycle.Followups;

/// <summary>The default cadence steps, after one after-sales network's practice, as data to copy and change.</summary>
/// <remarks>
/// <para>Offsets in hours are elapsed time; offsets in days and months are calendar periods in the customer's zone (the same
/// clock time, across DST). Policies, in short: contacts after an event move later when their time is not allowed; contacts
/// that must come before the appointment move earlier; a pre-appointment step whose ideal time was already past at booking
/// is skipped (the confirmation at booking carries the details), every other past-due step is sent at the first allowed
/// instant. The table in docs/followups.md lists every step.</para>
/// </remarks>
public static class Cadences
{
    /// <summary>Confirm the booking (WeChat/message) within 24 h, in business hours.</summary>
    public const string Confirm = "pre.confirm";

    /// <summary>Phone call 3 days before the appointment: duration, checks, pricing, amenities.</summary>
    public const string CallThreeDaysBefore = "pre.call-3d";

    /// <summary>SMS reminder 1 day before: time, place, parking, advisor, reschedule link.</summary>
    public const string ReminderOneDayBefore = "pre.reminder-1d";

    /// <summary>The advisor reads the pre-visit brief (notes to act on, postponed work, open loops) the working day before
    /// the appointment, in business hours; planned for customers with something to remember.</summary>
    public const string PreVisitBrief = "pre.brief";

    /// <summary>App progress update every 30 minutes while the car is serviced (short services).</summary>
    public const string Progress = "during.progress-30m";

    /// <summary>A daily update during a repair longer than 3 days.</summary>
    public const string DailyUpdate = "during.daily-update";

    /// <summary>+4 h app satisfaction survey.</summary>
    public const string Survey = "post.survey-4h";

    /// <summary>Advisor callback due by +24 h (the latest business time no later than the end of the service + 24 h, at
    /// least <see cref="CallbackMinimumDelay"/> after it); mandatory after a first visit.</summary>
    public const string Callback = "post.callback-24h";

    /// <summary>+48 h personal voice message from the advisor.</summary>
    public const string VoiceMessage = "post.voice-48h";

    /// <summary>+7 days personalised vehicle-use advice.</summary>
    public const string UsageAdvice = "post.usage-advice-7d";

    /// <summary>+30 days invitation to the owners' community.</summary>
    public const string CommunityInvitation = "post.community-30d";

    /// <summary>+60 days proactive check-in call: the "at least one proactive contact before +90 days".</summary>
    public const string CheckIn = "post.check-in-60d";

    /// <summary>Churn warning: a care call 3 months after the latest visit.</summary>
    public const string ChurnWarning = "retention.churn-warning";

    /// <summary>Reminder of a postponed repair, about 3 months after the advice.</summary>
    public const string DeferredRepair = "retention.deferred-repair";

    /// <summary>Contact one week before the next maintenance is due.</summary>
    public const string NextService = "retention.next-service";

    /// <summary>Detractor (0–6) recovery call: deadline 48 h, escalation after 24 h.</summary>
    public const string DetractorRecovery = "loop.detractor-recovery";

    /// <summary>Passive (7–8) follow-up message after 3 days.</summary>
    public const string PassiveFollowUp = "loop.passive-followup";

    /// <summary>Promoter (9–10) thank-you and referral invitation after 2 days.</summary>
    public const string PromoterThanks = "loop.promoter-thanks";

    /// <summary>The least time between the end of the service and the default callback (the customer has left); change it
    /// with <c>step.With(minimumDelay: …)</c>.</summary>
    public static readonly Duration CallbackMinimumDelay = Duration.FromHours(2);

    /// <summary>All default steps, in flow order (a new list each call).</summary>
    /// <returns>The steps.</returns>
    public static IReadOnlyList<FollowupStep> Default() =>
    [
        .. PreAppointment(),
        .. DuringService(),
        .. PostService(),
        .. Retention(),
        .. ClosedLoop(),
    ];

    /// <summary>Before the appointment (expectation management).</summary>
    /// <returns>The steps.</returns>
    public static IReadOnlyList<FollowupStep> PreAppointment() =>
    [
        new(Confirm, FollowupFlow.PreAppointment, StepAnchor.Booking, StepOffset.Elapsed(Duration.Zero), ContactChannel.Message,
            mandatory: true, businessHours: true, completeWithin: Duration.FromHours(24)),
        new(CallThreeDaysBefore, FollowupFlow.PreAppointment, StepAnchor.AppointmentStart, StepOffset.Calendar(Period.FromDays(-3)), ContactChannel.Phone,
            businessHours: true, whenNotAllowed: NotAllowedPolicy.MoveEarlier, whenPastDue: PastDuePolicy.Skip),
        new(ReminderOneDayBefore, FollowupFlow.PreAppointment, StepAnchor.AppointmentStart, StepOffset.Calendar(Period.FromDays(-1)), ContactChannel.Sms,
            mandatory: true, whenNotAllowed: NotAllowedPolicy.MoveEarlier, whenPastDue: PastDuePolicy.Skip),
        new(PreVisitBrief, FollowupFlow.AdvisorPreparation, StepAnchor.AppointmentStart, StepOffset.Calendar(Period.FromDays(-1)), ContactChannel.InPerson,
            mandatory: true, quietHours: false, businessHours: true, whenNotAllowed: NotAllowedPolicy.MoveEarlier, audience: StepAudience.WithMemory),
    ];

    /// <summary>While the car is serviced.</summary>
    /// <returns>The steps.</returns>
    public static IReadOnlyList<FollowupStep> DuringService() =>
    [
        new(Progress, FollowupFlow.DuringService, StepAnchor.ServiceStart, StepOffset.Elapsed(Duration.FromMinutes(30)), ContactChannel.AppPush,
            mandatory: true, whenNotAllowed: NotAllowedPolicy.Skip, whenPastDue: PastDuePolicy.Skip, audience: StepAudience.ShortService,
            repeatEvery: Duration.FromMinutes(30), maxOccurrences: 16),
        new(DailyUpdate, FollowupFlow.DuringService, StepAnchor.ServiceStart, StepOffset.Calendar(Period.FromDays(1)), ContactChannel.Message,
            mandatory: true, whenPastDue: PastDuePolicy.Skip, audience: StepAudience.LongRepair,
            repeatEvery: Duration.FromDays(1), maxOccurrences: 60),
    ];

    /// <summary>The golden flow after the service.</summary>
    /// <returns>The steps.</returns>
    public static IReadOnlyList<FollowupStep> PostService() =>
    [
        new(Survey, FollowupFlow.PostService, StepAnchor.ServiceCompletion, StepOffset.Elapsed(Duration.FromHours(4)), ContactChannel.AppPush),
        new(Callback, FollowupFlow.PostService, StepAnchor.ServiceCompletion, StepOffset.Elapsed(Duration.FromHours(24)), ContactChannel.Phone,
            businessHours: true, mandatoryOnFirstVisit: true, timing: StepTiming.DueBy, minimumDelay: CallbackMinimumDelay),
        new(VoiceMessage, FollowupFlow.PostService, StepAnchor.ServiceCompletion, StepOffset.Elapsed(Duration.FromHours(48)), ContactChannel.Message),
        new(UsageAdvice, FollowupFlow.PostService, StepAnchor.ServiceCompletion, StepOffset.Calendar(Period.FromDays(7)), ContactChannel.Message),
        new(CommunityInvitation, FollowupFlow.PostService, StepAnchor.ServiceCompletion, StepOffset.Calendar(Period.FromDays(30)), ContactChannel.AppPush),
        new(CheckIn, FollowupFlow.PostService, StepAnchor.ServiceCompletion, StepOffset.Calendar(Period.FromDays(60)), ContactChannel.Phone,
            mandatory: true, businessHours: true, supersededByLaterVisit: true),
    ];

    /// <summary>Keeping the customer.</summary>
    /// <returns>The steps.</returns>
    public static IReadOnlyList<FollowupStep> Retention() =>
    [
        new(ChurnWarning, FollowupFlow.Retention, StepAnchor.LastVisit, StepOffset.Calendar(Period.FromMonths(3)), ContactChannel.Phone, businessHours: true),
        new(DeferredRepair, FollowupFlow.Retention, StepAnchor.DeferredRepairDue, StepOffset.Elapsed(Duration.Zero), ContactChannel.Phone, businessHours: true),
        new(NextService, FollowupFlow.Retention, StepAnchor.NextServiceDue, StepOffset.Calendar(Period.FromDays(-7)), ContactChannel.Phone, businessHours: true),
    ];

    /// <summary>The survey closed loop.</summary>
    /// <returns>The steps.</returns>
    public static IReadOnlyList<FollowupStep> ClosedLoop() =>
    [
        new(DetractorRecovery, FollowupFlow.ClosedLoop, StepAnchor.Survey, StepOffset.Elapsed(Duration.Zero), ContactChannel.Phone,
            mandatory: true, businessHours: true, audience: StepAudience.Detractor,
            completeWithin: Duration.FromHours(48), escalateAfter: Duration.FromHours(24)),
        new(PassiveFollowUp, FollowupFlow.ClosedLoop, StepAnchor.Survey, StepOffset.Calendar(Period.FromDays(3)), ContactChannel.Message,
            businessHours: true, audience: StepAudience.Passive, completeWithin: Duration.FromDays(2)),
        new(PromoterThanks, FollowupFlow.ClosedLoop, StepAnchor.Survey, StepOffset.Calendar(Period.FromDays(2)), ContactChannel.Message,
            audience: StepAudience.Promoter, completeWithin: Duration.FromDays(5)),
    ];
}

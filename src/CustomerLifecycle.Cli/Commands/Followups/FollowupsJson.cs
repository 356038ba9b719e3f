using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Followups.Compliance;
using NodaTime;
using NodaTime.Text;

namespace CustomerLifecycle.Cli.Commands.Followups;

/// <summary>
/// The JSON of <c>lifecycle followups plan --json</c> (snake_case): <c>{"tasks":[…],"suppressed":[…],"rejected":[…]}</c>.
/// It is also the input of <c>followups compliance</c>. Field names are public contract.
/// </summary>
internal sealed record PlanJson(IReadOnlyList<TaskJson> Tasks, IReadOnlyList<SuppressedJson> Suppressed, IReadOnlyList<RejectedJson> Rejected);

/// <summary>One planned task. Instants are ISO-8601 UTC; <c>due_local</c> is the local date-time with its offset in <c>zone</c>.
/// <c>at_risk</c>: a due-by task (the callback) found no allowed time before its deadline (<c>at_risk_reason</c> says why);
/// <c>calendar_uncovered</c>: the due date is outside the dates the holiday calendar covers.</summary>
internal sealed record TaskJson(
    string Key,
    string CustomerId,
    string Step,
    string Channel,
    string DueUtc,
    string DueLocal,
    string Zone,
    string WindowStartUtc,
    string WindowEndUtc,
    string? DeadlineUtc,
    string? AnchorUtc,
    bool Mandatory,
    string Reason,
    string? AppointmentId,
    bool FirstVisit,
    bool AtRisk = false,
    string? AtRiskReason = null,
    bool CalendarUncovered = false);

/// <summary>A task the planner did not keep, and why (frequency cap, quiet hours with the skip policy, past due…).</summary>
internal sealed record SuppressedJson(string Key, string CustomerId, string Step, string Channel, string DueUtc, string Why, string Detail);

/// <summary>The JSON of <c>lifecycle followups compliance --json</c>.</summary>
internal sealed record ComplianceJson(
    string EvaluatedAt,
    string Clock,
    RateJson Overall,
    RateJson FirstTimeCallback,
    IReadOnlyList<NamedRateJson> ByStep,
    IReadOnlyList<NamedRateJson> BySegment,
    IReadOnlyList<TaskOutcomeJson> Tasks,
    IReadOnlyList<RejectedJson> Rejected);

/// <summary>A compliance rate with its counts; <c>rate</c> is a fraction 0–1, null when no task is due. Lateness in hours.</summary>
internal sealed record RateJson(int OnTime, int Late, int Missed, int NotYetDue, int Due, double? Rate, double? MeanLatenessHours, double MaxLatenessHours)
{
    public static RateJson From(ComplianceRate r) => new(
        r.OnTime,
        r.Late,
        r.Missed,
        r.NotYetDue,
        r.Due,
        r.Rate is { } f ? Math.Round(f.Value, 6) : null,
        r.MeanLateness is { } m ? Hours(m) : null,
        Hours(r.MaxLateness));

    public static double Hours(Duration d) => Math.Round(d.TotalHours, 4);
}

internal sealed record NamedRateJson(string Name, RateJson Rate);

internal sealed record TaskOutcomeJson(string Key, string CustomerId, string Step, string? Segment, string DeadlineUtc, string Status, string? CompletedAt, string? CompletedBy, string? Channel, double? LatenessHours);

/// <summary>Formatting of time values in the follow-up JSON.</summary>
internal static class FollowupsFormat
{
    private static readonly OffsetDateTimePattern LocalWithOffset = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HH:mm>");

    public static string Utc(Instant instant) => InstantPattern.General.Format(instant);

    public static string Local(Instant instant, DateTimeZone zone) => LocalWithOffset.Format(instant.InZone(zone).ToOffsetDateTime());

    public static string Status(ComplianceStatus status) => status switch
    {
        ComplianceStatus.OnTime => "on_time",
        ComplianceStatus.Late => "late",
        ComplianceStatus.Missed => "missed",
        _ => "not_yet_due",
    };

    public static string Clock(SlaClock clock) => clock == SlaClock.BusinessHours ? "business_hours" : "calendar_hours";
}

using CustomerLifecycle.Core;
using CustomerLifecycle.Followups.Calendar;
using NodaTime;

namespace CustomerLifecycle.Followups.Tests;

/// <summary>Zones, calendars and instants the tests share.</summary>
internal static class Fixtures
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    public static readonly CustomerId Customer = CustomerId.From("C001");

    /// <summary>Shanghai, the 2026 China calendar, default hours (Mon–Fri 09:00–18:00, quiet 21:00–08:00).</summary>
    public static ContactCalendar China() => new(Shanghai, HolidayCalendar.ChinaMainland2026());

    /// <summary>A calendar in <paramref name="zone"/> without holidays.</summary>
    public static ContactCalendar In(DateTimeZone zone) => new(zone);

    /// <summary>The instant of a local date-time in a zone (must be unambiguous).</summary>
    public static Instant Local(DateTimeZone zone, int year, int month, int day, int hour, int minute = 0) =>
        zone.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    /// <summary>The instant of a Shanghai local date-time.</summary>
    public static Instant Cn(int month, int day, int hour, int minute = 0) => Local(Shanghai, 2026, month, day, hour, minute);

    public static LocalDateTime At(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute);

    /// <summary>A planner with only the given steps and generous caps.</summary>
    public static FollowupPlanner Only(params FollowupStep[] steps) => new(new CadenceOptions { Steps = [.. steps], MaxNonMandatoryContacts = 1000 });

    public static PlannedTask Task(this FollowupPlan plan, string step, int occurrence = 0) =>
        Assert.Single(plan.Tasks, t => t.Step == step && t.Occurrence == occurrence);

    public static SuppressedTask Suppressed(this FollowupPlan plan, string step) =>
        Assert.Single(plan.Suppressed, t => t.Task.Step == step);
}

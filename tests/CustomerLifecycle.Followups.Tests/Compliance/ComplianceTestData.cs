using CustomerLifecycle.Core;
using CustomerLifecycle.Followups.Compliance;
using NodaTime;
using NodaTime.Text;

namespace CustomerLifecycle.Followups.Tests.Compliance;

/// <summary>Small builders for compliance tests.</summary>
internal static class ComplianceTestData
{
    public static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    public static Instant At(string iso) => InstantPattern.ExtendedIso.Parse(iso).Value;

    public static CustomerId C(string id) => CustomerId.From(id);

    public static SlaTask Item(string key, string customer, string step, Instant? anchor, Instant deadline, DateTimeZone? zone = null) =>
        new(key, C(customer), step, zone ?? DateTimeZone.Utc, anchor, deadline);

    /// <summary>Monday–Friday 09:00–18:00; closed at weekends; a holiday set; make-up workdays open.</summary>
    public static Func<LocalDate, IReadOnlyList<(LocalTime Start, LocalTime End)>> OfficeHours(LocalDate[]? holidays = null, LocalDate[]? makeUpDays = null)
    {
        IReadOnlyList<(LocalTime, LocalTime)> open = [(new LocalTime(9, 0), new LocalTime(18, 0))];
        IReadOnlyList<(LocalTime, LocalTime)> closed = [];
        return date =>
        {
            if (holidays?.Contains(date) == true)
            {
                return closed;
            }

            if (makeUpDays?.Contains(date) == true)
            {
                return open;
            }

            return date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? closed : open;
        };
    }
}

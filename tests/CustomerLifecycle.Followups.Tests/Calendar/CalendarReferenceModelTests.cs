using CustomerLifecycle.Followups.Calendar;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests.Calendar;

/// <summary>The calendar's answers (public methods, and the planner's cursor with and without remembered days) against a
/// reference model written from the rules alone: an instant is allowed when its local time in the zone is outside the
/// channel's quiet hours, its local date is not a holiday the channel keeps, and (for business-hours steps) the local time
/// is inside that date's working hours. The model walks minute by minute, so it shares no code with the calendar.</summary>
public class CalendarReferenceModelTests
{
    private static readonly Duration Minute = Duration.FromMinutes(1);

    // Boundaries on whole minutes and away from the 00:00–04:00 hours in which these zones change their clocks, so the local
    // time of an instant decides alone; the zones still move their offsets inside the ranges walked.
    public static TheoryData<string, int> Cases() => new()
    {
        { "Asia/Shanghai", 1 },
        { "America/New_York", 2 },
        { "Europe/London", 3 },
        { "Australia/Lord_Howe", 4 },
        { "America/Sao_Paulo", 5 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Calendar_answers_equal_a_minute_by_minute_reference_model(string zoneId, int seed) =>
        // Whole minutes over 2026 (holidays, make-up days and both DST changes of the northern and southern zones).
        AgreeWithTheModel(zoneId, seed, Instant.FromUtc(2026, 1, 1, 0, 0));

    /// <summary>The cursor numbers local days from 1970-01-01: days before it (negative numbers) and centuries ahead must
    /// give the same answers as the model too (no holiday data there; the zones' DST rules still apply).</summary>
    [Theory]
    [InlineData("America/New_York", 1966)]
    [InlineData("Europe/London", 1969)]
    [InlineData("Australia/Lord_Howe", 2150)]
    [InlineData("America/New_York", 2399)]
    public void Days_before_1970_and_centuries_ahead_agree_with_the_model(string zoneId, int year) =>
        AgreeWithTheModel(zoneId, year, Instant.FromUtc(year, 1, 1, 0, 0));

    private static void AgreeWithTheModel(string zoneId, int seed, Instant origin)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var calendar = Calendar(zone);
        var remembering = new CalendarCursor(calendar, zone, rememberDays: true);
        var plain = new CalendarCursor(calendar, zone, rememberDays: false);
        var rng = new Random(seed);
        for (var i = 0; i < 60; i++)
        {
            var t = origin + Duration.FromMinutes(rng.Next(0, 60 * 24 * 360));
            var rules = new ContactRules((ContactChannel)rng.Next(0, 5), rng.Next(2) == 0, rng.Next(2) == 0);
            var allowed = Allowed(calendar, zone, t, rules);
            Assert.Equal(allowed, calendar.IsAllowed(t, rules, zone));
            Assert.Equal(allowed, remembering.IsAllowed(t, rules));
            Assert.Equal(allowed, plain.IsAllowed(t, rules));

            var next = Next(calendar, zone, t, rules);
            Assert.Equal(next, calendar.NextAllowed(t, rules, zone));
            Assert.Equal(next, remembering.NextAllowed(t, rules));

            var lead = Duration.FromMinutes(rng.Next(1, 600));
            var previous = Previous(calendar, zone, t, rules, lead);
            Assert.Equal(previous, calendar.PreviousAllowed(t, rules, lead, zone));
            Assert.Equal(previous, remembering.PreviousAllowed(t, rules, lead));

            if (next is { } from)
            {
                var limit = from + Duration.FromMinutes(rng.Next(1, 60 * 80));
                var until = Until(calendar, zone, from, rules, limit);
                Assert.Equal(until, calendar.AllowedUntil(from, rules, limit, zone));
                Assert.Equal(until, remembering.AllowedUntil(from, rules, limit));
                Assert.Equal(until, plain.AllowedUntil(from, rules, limit));
            }
        }
    }

    [Fact]
    public void Allowed_until_refuses_an_instant_that_is_not_allowed()
    {
        var calendar = China();
        var quiet = new ContactRules(ContactChannel.Sms, QuietHours: true, BusinessHours: false);
        var night = Cn(3, 2, 23);
        var e = Assert.Throws<ArgumentException>("allowed", () => calendar.AllowedUntil(night, quiet, night + Duration.FromHours(1)));
        Assert.Contains("is not allowed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allowed_until_and_previous_allowed_refuse_an_empty_span()
    {
        var calendar = China();
        var rules = new ContactRules(ContactChannel.Sms, QuietHours: true, BusinessHours: false);
        var noon = Cn(3, 2, 12);
        Assert.Throws<ArgumentException>("limit", () => calendar.AllowedUntil(noon, rules, noon));
        Assert.Throws<ArgumentOutOfRangeException>("lead", () => calendar.PreviousAllowed(noon, rules, Duration.Zero));
        Assert.Equal(noon + Minute, calendar.AllowedUntil(noon, rules, noon + Minute));
        Assert.Equal(noon - Minute, calendar.PreviousAllowed(noon, rules, Minute));
    }

    private static ContactCalendar Calendar(DateTimeZone zone) =>
        new ContactCalendar(zone, HolidayCalendar.ChinaMainland2026(), BusinessHours.Default.WithMakeUpDayHours(DailyHours.From(new LocalTime(10, 0), new LocalTime(15, 30))))
            .WithQuietHours(ContactChannel.Sms, QuietHours.From(new LocalTime(12, 0), new LocalTime(13, 30)))
            .WithQuietHours(ContactChannel.Message, QuietHours.None)
            .WithQuietHours(ContactChannel.AppPush, QuietHours.From(new LocalTime(22, 15), new LocalTime(7, 45)))
            .WithHolidayChannels(ContactChannel.Phone, ContactChannel.Sms);

    private static bool Allowed(ContactCalendar calendar, DateTimeZone zone, Instant t, ContactRules rules)
    {
        var local = t.InZone(zone).LocalDateTime;
        if (rules.QuietHours && (calendar.QuietHoursOf(rules.Channel).Contains(local.TimeOfDay)
            || (calendar.KeepsHolidays(rules.Channel) && calendar.Holidays.IsHoliday(local.Date))))
        {
            return false;
        }

        return !rules.BusinessHours || (calendar.WorkingHoursOn(local.Date) is { } hours && hours.Contains(local.TimeOfDay));
    }

    private static Instant? Next(ContactCalendar calendar, DateTimeZone zone, Instant from, ContactRules rules)
    {
        for (var t = from; t < from + Duration.FromDays(20); t += Minute)
        {
            if (Allowed(calendar, zone, t, rules))
            {
                return t;
            }
        }

        throw new InvalidOperationException("The reference model found nothing within 20 days; choose another calendar.");
    }

    /// <summary>The last allowed minute before <paramref name="before"/> ends a run; the answer is that run's end less the
    /// lead, but not before the run's start (a run is cut at local midnight, where the calendar's day stretches meet).</summary>
    private static Instant? Previous(ContactCalendar calendar, DateTimeZone zone, Instant before, ContactRules rules, Duration lead)
    {
        var t = before - Minute;
        while (!Allowed(calendar, zone, t, rules))
        {
            t -= Minute;
        }

        var end = t + Minute;
        var date = t.InZone(zone).Date;
        var start = t;
        while (Allowed(calendar, zone, start - Minute, rules) && (start - Minute).InZone(zone).Date == date)
        {
            start -= Minute;
        }

        return end - lead > start ? end - lead : start;
    }

    private static Instant Until(ContactCalendar calendar, DateTimeZone zone, Instant allowed, ContactRules rules, Instant limit)
    {
        var t = allowed;
        while (t < limit && Allowed(calendar, zone, t, rules))
        {
            t += Minute;
        }

        return t < limit ? t : limit;
    }
}

using CustomerLifecycle.Followups.Calendar;
using NodaTime;
using NodaTime.TimeZones;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests.Calendar;

/// <summary>The planner's calendar cursor (cached zone interval, remembered days) must answer exactly as NodaTime and the
/// public calendar methods do, across DST gaps and overlaps.</summary>
public class CalendarCursorTests
{
    // Zones with spring-forward gaps and fall-back overlaps, a 30-minute DST shift, a skipped calendar day, and no DST at all.
    private static readonly DateTimeZone[] Zones =
    [
        NewYork, London, Shanghai,
        DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"],
        DateTimeZoneProviders.Tzdb["Pacific/Apia"],
        DateTimeZoneProviders.Tzdb["America/Sao_Paulo"],
    ];

    private static readonly ContactRules[] Rules =
    [
        .. Enum.GetValues<ContactChannel>().SelectMany(c => new[]
        {
            new ContactRules(c, QuietHours: true, BusinessHours: false),
            new ContactRules(c, QuietHours: true, BusinessHours: true),
            new ContactRules(c, QuietHours: false, BusinessHours: true),
            new ContactRules(c, QuietHours: false, BusinessHours: false),
        }),
    ];

    public static TheoryData<string> ZoneIds() => [.. Zones.Select(z => z.Id)];

    [Theory]
    [MemberData(nameof(ZoneIds))]
    public void Conversions_equal_NodaTime_around_every_transition(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var cursor = new CalendarCursor(In(zone), zone, rememberDays: true);
        var rng = new Random(5);
        foreach (var local in AroundTransitions(zone, rng))
        {
            Assert.Equal(zone.ResolveLocal(local, Resolvers.LenientResolver).ToInstant(), cursor.ResolveLenient(local));
            var instant = local.InUtc().ToInstant();
            Assert.Equal(instant.InZone(zone).LocalDateTime, cursor.ToLocal(instant));
            Assert.Equal(Outcome(() => zone.AtStartOfDay(local.Date).ToInstant()), Outcome(() => cursor.At(local.Date, 0)));
            Assert.Equal(
                Outcome(() => zone.AtStartOfDay(local.Date.PlusDays(1)).ToInstant()),
                Outcome(() => cursor.At(local.Date, NodaConstants.NanosecondsPerDay)));
        }
    }

    [Theory]
    [MemberData(nameof(ZoneIds))]
    public void Remembered_days_give_the_answers_of_the_public_methods(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var calendar = new ContactCalendar(zone, HolidayCalendar.ChinaMainland2026(), quietHours: QuietHours.From(new LocalTime(1, 30), new LocalTime(6, 0)))
            .WithQuietHours(ContactChannel.Sms, QuietHours.Default)
            .WithQuietHours(ContactChannel.Message, QuietHours.From(new LocalTime(0, 0), new LocalTime(7, 0)));
        var cursor = new CalendarCursor(calendar, zone, rememberDays: true);
        var rng = new Random(11);
        var start = Instant.FromUtc(2025, 12, 1, 0, 0);
        for (var i = 0; i < 3000; i++)
        {
            // Jumping back and forth over 14 months makes the day window both hit and evict.
            var t = start + Duration.FromMinutes(rng.Next(0, 60 * 24 * 430));
            var rules = Rules[rng.Next(Rules.Length)];
            Assert.Equal(calendar.IsAllowed(t, rules, zone), cursor.IsAllowed(t, rules));
            Assert.Equal(calendar.NextAllowed(t, rules, zone), cursor.NextAllowed(t, rules));
            Assert.Equal(calendar.PreviousAllowed(t, rules, Duration.FromHours(1), zone), cursor.PreviousAllowed(t, rules, Duration.FromHours(1)));
            if (calendar.NextAllowed(t, rules, zone) is { } allowed)
            {
                var limit = allowed + Duration.FromHours(rng.Next(1, 80));
                Assert.Equal(calendar.AllowedUntil(allowed, rules, limit, zone), cursor.AllowedUntil(allowed, rules, limit));
            }
        }
    }

    [Fact]
    public void An_undefined_channel_is_still_rejected()
    {
        var cursor = new CalendarCursor(China(), Shanghai, rememberDays: true);
        Assert.Throws<ArgumentOutOfRangeException>("channel", () => cursor.IsAllowed(Cn(3, 2, 10), new ContactRules((ContactChannel)99, true, false)));
    }

    /// <summary>The instant, or the exception's type (NodaTime has no start for a day that was skipped whole, as Apia's 2011-12-30).</summary>
    private static string Outcome(Func<Instant> f)
    {
        try
        {
            return f().ToString();
        }
        catch (SkippedTimeException e)
        {
            return e.GetType().Name;
        }
    }

    /// <summary>Local times on a 15-minute grid (plus random minutes) over the two days around each transition of 2011–2027,
    /// and random local times in between.</summary>
    private static IEnumerable<LocalDateTime> AroundTransitions(DateTimeZone zone, Random rng)
    {
        var from = Instant.FromUtc(2011, 1, 1, 0, 0);
        var to = Instant.FromUtc(2027, 12, 31, 0, 0);
        foreach (var interval in zone.GetZoneIntervals(from, to))
        {
            if (!interval.HasStart || interval.Start < from)
            {
                continue;
            }

            var around = interval.Start.InUtc().LocalDateTime.PlusHours(-30);
            for (var m = 0; m < 60 * 60; m += 15)
            {
                yield return around.PlusMinutes(m);
                yield return around.PlusMinutes(m + rng.Next(15));
            }
        }

        for (var i = 0; i < 2000; i++)
        {
            yield return new LocalDateTime(2011, 1, 1, 0, 0).PlusMinutes(rng.Next(0, 60 * 24 * 365 * 17));
        }
    }
}

using CustomerLifecycle.Core;
using CustomerLifecycle.Scoring.Nps;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Nps;

/// <summary>The one-pass trend builder: dates as the zone's calendar gives them, and merging of parts.</summary>
public class NpsTrendBuilderTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static readonly Gen<(int Score, Instant? At)> Answer =
        from score in Gen.Choose(0, 10)
        from dated in Gen.Elements(true, true, true, false)
        from seconds in Gen.Choose(0, 400 * 86400)
        select (score, dated ? Instant.FromUtc(2024, 1, 1, 0, 0) + Duration.FromSeconds(seconds) : (Instant?)null);

    private static NpsTrendBuilder Of(IEnumerable<(int Score, Instant? At)> answers, DateTimeZone zone, NpsPeriod period)
    {
        var builder = new NpsTrendBuilder(zone, period);
        foreach (var (score, at) in answers)
        {
            builder.Add(LikelihoodScore.From(score), at);
        }

        return builder;
    }

    [Property(MaxTest = 200)]
    public Property Each_answer_falls_in_the_period_of_its_local_date_in_any_order()
    {
        var zone = Gen.Elements(DateTimeZone.Utc, NewYork, Shanghai);
        var period = Gen.Elements(NpsPeriod.Day, NpsPeriod.Week, NpsPeriod.Month, NpsPeriod.Quarter, NpsPeriod.Year);
        var sorted = Gen.Elements(true, false);
        var input = from n in Gen.Choose(0, 60) from a in Gen.ArrayOf(Answer, n) from z in zone from p in period from s in sorted select (a, z, p, s);
        return Prop.ForAll(input.ToArbitrary(), c =>
        {
            var answers = c.s ? c.a.OrderBy(x => x.At).ToArray() : c.a;
            var trend = Of(answers, c.z, c.p).Build();
            var expected = answers.Where(a => a.At is not null)
                .GroupBy(a => Start(a.At!.Value.InZone(c.z).Date, c.p))
                .OrderBy(g => g.Key)
                .Select(g => (g.Key, NpsTally.Of(g.Select(a => LikelihoodScore.From(a.Score)))));
            return trend.Points.Select(p => (p.Start, p.Tally)).SequenceEqual(expected)
                && trend.Undated == NpsTally.Of(answers.Where(a => a.At is null).Select(a => LikelihoodScore.From(a.Score)));
        });
    }

    [Property(MaxTest = 200)]
    public Property Builders_of_the_parts_merge_into_the_builder_of_the_whole()
    {
        var input = from n in Gen.Choose(0, 60) from a in Gen.ArrayOf(Answer, n) from cut in Gen.Choose(0, n) select (a, cut);
        return Prop.ForAll(input.ToArbitrary(), c =>
        {
            var whole = Of(c.a, NewYork, NpsPeriod.Week).Build();
            var left = Of(c.a.Take(c.cut), NewYork, NpsPeriod.Week);
            left.Merge(Of(c.a.Skip(c.cut), NewYork, NpsPeriod.Week));
            var merged = left.Build();
            return merged.Points.SequenceEqual(whole.Points) && merged.Undated == whole.Undated;
        });
    }

    [Fact]
    public void Answers_either_side_of_a_daylight_saving_change_keep_their_local_dates()
    {
        // New York springs forward at 07:00 UTC on 10 March 2024: 04:59 UTC is 9 March 23:59 EST, 05:00 UTC is 10 March 00:00 EST.
        var builder = new NpsTrendBuilder(NewYork, NpsPeriod.Day);
        builder.Add(LikelihoodScore.From(10), Instant.FromUtc(2024, 3, 10, 4, 59));
        builder.Add(LikelihoodScore.From(0), Instant.FromUtc(2024, 3, 10, 5, 0));
        builder.Add(LikelihoodScore.From(8), Instant.FromUtc(2024, 3, 11, 3, 59));
        builder.Add(LikelihoodScore.From(9), Instant.FromUtc(2024, 3, 11, 4, 0));
        var points = builder.Build().Points;
        Assert.Equal(
            [(new LocalDate(2024, 3, 9), 1L), (new LocalDate(2024, 3, 10), 2L), (new LocalDate(2024, 3, 11), 1L)],
            points.Select(p => (p.Start, p.Tally.Total)));
    }

    [Fact]
    public void Builders_that_cut_time_differently_do_not_merge()
    {
        var builder = new NpsTrendBuilder(NewYork, NpsPeriod.Week);
        Assert.Throws<ArgumentException>(() => builder.Merge(new NpsTrendBuilder(Shanghai, NpsPeriod.Week)));
        Assert.Throws<ArgumentException>(() => builder.Merge(new NpsTrendBuilder(NewYork, NpsPeriod.Month)));
        Assert.Throws<ArgumentException>(() => builder.Merge(new NpsTrendBuilder(NewYork, NpsPeriod.Week, IsoDayOfWeek.Sunday)));
    }

    [Fact]
    public void An_unknown_period_or_first_day_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NpsTrendBuilder(NewYork, (NpsPeriod)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NpsTrendBuilder(NewYork, NpsPeriod.Week, IsoDayOfWeek.None));
        Assert.Throws<ArgumentNullException>(() => new NpsTrendBuilder(null!, NpsPeriod.Week));
    }

    private static LocalDate Start(LocalDate date, NpsPeriod period) => period switch
    {
        NpsPeriod.Day => date,
        NpsPeriod.Week => date.PlusDays(-(((int)date.DayOfWeek - 1 + 7) % 7)),
        NpsPeriod.Month => new LocalDate(date.Year, date.Month, 1),
        NpsPeriod.Quarter => new LocalDate(date.Year, ((date.Month - 1) / 3 * 3) + 1, 1),
        _ => new LocalDate(date.Year, 1, 1),
    };
}

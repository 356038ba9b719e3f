using System.Text;
using CustomerLifecycle.Data.Surveys;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Nps;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Readers;

/// <summary>Tallying a survey in one pass gives the tallies of the responses <see cref="SurveyReader.Read(TextTable, string?)"/> keeps.</summary>
public class SurveyTallyTests
{
    private static readonly string[] Scores = ["0", "9", "10", " 7 ", "11", "6", "8", "x"];
    private static readonly string[] Times = ["", "2025-01-01T08:00:01Z", "2025-03-30T01:30:00Z", "2025-01-05T23:59:59Z", "2025-02-30T08:00:01Z", "2025-03-09T07:30:00"];
    private static readonly string[] Touchpoints = ["", "web", " web ", "phone", "(blank)"];
    private static readonly string[] Flags = ["", "1", "0", "maybe"];
    private static readonly string[] Weights = ["", "1", "0.5", "2", "-1"];

    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    [Property(MaxTest = 300)]
    public Property Every_tally_is_the_tally_of_the_responses_read()
    {
        var row = from s in Gen.Elements(Scores)
                  from t in Gen.Elements(Times)
                  from p in Gen.Elements(Touchpoints)
                  from f in Gen.Elements(Flags)
                  from w in Gen.Elements(Weights)
                  from cut in Gen.Elements(0, 0, 0, 3)
                  select cut == 3 ? $"c,{s},{t}\n" : $"c,{s},{t},{p},{f},{w}\n";
        var file = from n in Gen.Choose(0, 30) from rows in Gen.ArrayOf(row, n) select "customer_id,score,responded_at,touchpoint,first_visit,weight\n" + string.Concat(rows);
        var zone = Gen.Elements(DateTimeZone.Utc, DateTimeZoneProviders.Tzdb["Europe/Berlin"], DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);
        var period = Gen.Elements(NpsPeriod.Day, NpsPeriod.Week, NpsPeriod.Month);
        return Prop.ForAll((from f in file from z in zone from p in period select (f, z, p)).ToArbitrary(), c =>
        {
            var options = new TextTableOptions { Zone = c.z };
            var read = SurveyReader.Read(Bytes(c.f), options, segmentColumn: "touchpoint");
            using var table = TextTable.Open(Bytes(c.f), options);
            var tallies = SurveyReader.Tally(table, "touchpoint", c.p);
            var responses = read.Import.Accepted;
            var segments = responses.Select((r, i) => (Key: read.Keys[i] ?? string.Empty, r.Score))
                .GroupBy(k => k.Key)
                .ToDictionary(g => g.Key, g => NpsTally.Of(g.Select(k => k.Score)));
            var expectedTrend = NpsTrend.ByPeriod(responses, c.z, c.p);
            return tallies.All == NpsTally.Of(responses)
                && tallies.FirstVisits == NpsTally.OfFirstVisits(responses)
                && tallies.Weighted == WeightedNpsTally.Of(responses)
                && tallies.Segments.Count == segments.Count && segments.All(s => tallies.Segments[s.Key] == s.Value)
                && tallies.Trend!.Points.SequenceEqual(expectedTrend.Points) && tallies.Trend.Undated == expectedTrend.Undated
                && tallies.RowCount == read.Import.RowCount
                && tallies.Rejected.Select(r => (r.Line, r.Code, r.Reason)).SequenceEqual(read.Import.Rejected.Select(r => (r.Line, r.Code, r.Reason)));
        });
    }

    [Fact]
    public void A_small_export_is_tallied_by_category_segment_and_month()
    {
        const string text = "score,responded_at,touchpoint,first_visit\n10,2025-01-31T20:00:00Z,web,1\n9,2025-02-01T08:00:00Z,phone,0\n7,,web,\n3,2025-02-02T08:00:00Z,,1\n12,2025-02-02T08:00:00Z,web,\n";
        using var table = TextTable.Open(Bytes(text), new TextTableOptions { Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"] });
        var tallies = SurveyReader.Tally(table, "touchpoint", NpsPeriod.Month);
        Assert.Equal(NpsTally.FromCounts(2, 1, 1, 1), tallies.All);
        Assert.Equal(NpsTally.FromCounts(1, 0, 1, 1), tallies.FirstVisits);
        Assert.Equal(4d, tallies.Weighted.TotalWeight);
        Assert.False(tallies.HasWeights);
        Assert.Equal(NpsTally.FromCounts(1, 1, 0, 1), tallies.Segments["web"]);
        Assert.Equal(NpsTally.FromCounts(0, 0, 1, 0), tallies.Segments[string.Empty]);
        // 20:00 UTC on 31 January is 1 February in Shanghai: both dated answers of February and the 10 fall in one month.
        var month = Assert.Single(tallies.Trend!.Points);
        Assert.Equal((new LocalDate(2025, 2, 1), NpsTally.FromCounts(2, 0, 1, 1)), (month.Start, month.Tally));
        Assert.Equal(NpsTally.FromCounts(0, 1, 0, 0), tallies.Trend.Undated);
        Assert.Equal((6, "score.out_of_range"), (tallies.Rejected[0].Line, tallies.Rejected[0].Code));
        Assert.Equal(5, tallies.RowCount);
    }

    [Fact]
    public void Without_a_segment_column_or_period_there_are_no_segments_and_no_trend()
    {
        using var table = TextTable.Open(Bytes("score\n9\n"));
        var tallies = SurveyReader.Tally(table);
        Assert.Empty(tallies.Segments);
        Assert.Null(tallies.Trend);
        Assert.Equal(NpsTally.FromCounts(1, 0, 0), tallies.All);
    }

    [Fact]
    public void Strict_tallying_refuses_a_rejected_row()
    {
        using var table = TextTable.Open(Bytes("score\n9\n11\n"), new TextTableOptions { Strict = true });
        var ex = Assert.Throws<ImportRejectedException>(() => SurveyReader.Tally(table));
        Assert.Equal(2, ex.RowCount);
    }

    [Fact]
    public void A_missing_segment_column_is_refused()
    {
        using var table = TextTable.Open(Bytes("score\n9\n"));
        Assert.Throws<TextTableException>(() => SurveyReader.Tally(table, "centre"));
    }
}

using CustomerLifecycle.Core.Import;
using NodaTime;

namespace CustomerLifecycle.Core.Tests;

public class SurveyResponseImporterTests
{
    private readonly SurveyResponseImporter _importer = new(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);

    [Fact]
    public void Good_rows_are_accepted_with_every_field()
    {
        var result = _importer.Import([new SurveyResponseRecord(2, "9", "c1", "2026-01-05T10:00", "first-service", "yes", "2.5")]);
        var r = Assert.Single(result.Accepted);
        Assert.True(result.IsClean);
        Assert.Equal(9, r.Score.Value);
        Assert.Equal(CustomerId.From("c1"), r.Customer);
        Assert.Equal(Instant.FromUtc(2026, 1, 5, 2, 0), r.RespondedAt);
        Assert.True(r.IsFirstVisit);
        Assert.Equal(2.5, r.Weight);
    }

    [Theory]
    [InlineData("", "score.missing")]
    [InlineData("nine", "score.not_a_number")]
    [InlineData("9.5", "score.not_a_number")]
    [InlineData("NaN", "score.not_a_number")]
    [InlineData("1e400", "score.not_a_number")]
    [InlineData("10.0000001", "score.not_a_number")]
    [InlineData("11", "score.out_of_range")]
    [InlineData("-1", "score.out_of_range")]
    public void Bad_scores_are_rejected_with_a_stable_code(string score, string code)
    {
        var result = _importer.Import([new SurveyResponseRecord(7, score)]);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal(7, rejected.Line);
        Assert.Equal(code, rejected.Code);
        Assert.Empty(result.Accepted);
    }

    [Theory]
    [InlineData("9.0", 9)]
    [InlineData(" 10 ", 10)]
    [InlineData("0", 0)]
    public void Whole_scores_written_with_a_zero_fraction_are_accepted(string score, int expected) =>
        Assert.Equal(expected, Assert.Single(_importer.Import([new SurveyResponseRecord(2, score)]).Accepted).Score.Value);

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-1")]
    [InlineData("heavy")]
    public void Bad_weights_are_rejected(string weight) =>
        Assert.Equal("weight.invalid", Assert.Single(_importer.Import([new SurveyResponseRecord(3, "9", Weight: weight)]).Rejected).Code);

    [Fact]
    public void Bad_rows_are_reported_and_the_rest_processed()
    {
        var result = _importer.Import(
        [
            new SurveyResponseRecord(2, "10"),
            new SurveyResponseRecord(3, "12"),
            new SurveyResponseRecord(4, "3", RespondedAt: "not a date"),
            new SurveyResponseRecord(5, "7", FirstVisit: "maybe"),
            new SurveyResponseRecord(6, "8"),
        ]);
        Assert.Equal(2, result.Accepted.Count);
        Assert.Equal([3, 4, 5], result.Rejected.Select(r => r.Line));
        Assert.Equal(["score.out_of_range", "responded_at.invalid", "first_visit.invalid"], result.Rejected.Select(r => r.Code));
        Assert.Equal(5, result.RowCount);
    }

    [Fact]
    public void A_row_with_several_problems_lists_every_reason()
    {
        var rejected = Assert.Single(_importer.Import([new SurveyResponseRecord(9, "99", Weight: "-2")]).Rejected);
        Assert.Contains("score 99", rejected.Reason, StringComparison.Ordinal);
        Assert.Contains("weight", rejected.Reason, StringComparison.Ordinal);
    }
}

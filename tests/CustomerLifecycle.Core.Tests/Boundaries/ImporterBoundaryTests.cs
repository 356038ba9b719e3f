using CustomerLifecycle.Core.Import;
using NodaTime;

namespace CustomerLifecycle.Core.Tests.Boundaries;

public class ImporterBoundaryTests
{
    private readonly SurveyResponseImporter _utc = new();

    [Fact]
    public void Blank_optional_fields_give_an_anonymous_undated_response_of_weight_one()
    {
        var r = Assert.Single(_utc.Import([new SurveyResponseRecord(2, "8", " ", " ", null, " ", " ")]).Accepted);
        Assert.Null(r.Customer);
        Assert.Null(r.RespondedAt);
        Assert.False(r.IsFirstVisit);
        Assert.Equal(1d, r.Weight);
    }

    [Fact]
    public void Importer_without_a_zone_reads_local_times_as_utc() =>
        Assert.Equal(Instant.FromUtc(2026, 1, 5, 10, 0), Assert.Single(_utc.Import([new SurveyResponseRecord(2, "8", RespondedAt: "2026-01-05T10:00")]).Accepted).RespondedAt);

    [Theory]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    [InlineData("y", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("No", false)]
    [InlineData("n", false)]
    [InlineData("是", true)]
    [InlineData(" 否 ", false)]
    public void First_visit_flags_are_read_in_every_spelling(string text, bool expected) =>
        Assert.Equal(expected, Assert.Single(_utc.Import([new SurveyResponseRecord(2, "8", FirstVisit: text)]).Accepted).IsFirstVisit);

    [Fact]
    public void Bad_first_visit_flag_is_named_in_the_reason()
    {
        var rejected = Assert.Single(_utc.Import([new SurveyResponseRecord(4, "8", FirstVisit: "perhaps")]).Rejected);
        Assert.Equal("first_visit \"perhaps\" is not true/false, 1/0, yes/no or 是/否", rejected.Reason);
    }

    [Fact]
    public void Customer_id_of_200_characters_is_accepted_and_of_201_rejected()
    {
        var result = _utc.Import(
        [
            new SurveyResponseRecord(2, "8", new string('c', 200)),
            new SurveyResponseRecord(3, "8", new string('c', 201)),
        ]);
        Assert.Equal(200, Assert.Single(result.Accepted).Customer!.Value.Value.Length);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("customer_id.invalid", rejected.Code);
        Assert.Equal("customer_id is longer than 200 characters", rejected.Reason);
    }

    [Fact]
    public void Touchpoint_of_100_characters_after_trimming_is_accepted_and_of_101_rejected()
    {
        var result = _utc.Import(
        [
            new SurveyResponseRecord(2, "8", Touchpoint: " " + new string('t', 100) + " "),
            new SurveyResponseRecord(3, "8", Touchpoint: new string('t', 101)),
        ]);
        Assert.Single(result.Accepted);
        Assert.Equal("touchpoint.too_long", Assert.Single(result.Rejected).Code);
    }

    [Theory]
    [InlineData("1e1", 10)]
    [InlineData("-0", 0)]
    [InlineData("5.0", 5)]
    public void Whole_scores_in_floating_point_notation_are_read(string score, int expected) =>
        Assert.Equal(expected, Assert.Single(_utc.Import([new SurveyResponseRecord(2, score)]).Accepted).Score.Value);

    [Theory]
    [InlineData("3e9", "score.not_a_number")]
    [InlineData("-3e9", "score.not_a_number")]
    [InlineData("2147483648", "score.not_a_number")]
    [InlineData("1e3", "score.out_of_range")]
    public void Huge_scores_are_rejected_not_overflowed(string score, string code) =>
        Assert.Equal(code, Assert.Single(_utc.Import([new SurveyResponseRecord(2, score)]).Rejected).Code);

    [Fact]
    public void Score_reasons_quote_the_value()
    {
        var result = _utc.Import([new SurveyResponseRecord(2, "x"), new SurveyResponseRecord(3, " 12 "), new SurveyResponseRecord(4, null)]);
        Assert.Equal(["score \"x\" is not a whole number", "score 12 is outside 0–10", "score is missing"], result.Rejected.Select(r => r.Reason));
    }

    [Fact]
    public void Several_reasons_are_joined_and_the_first_code_kept()
    {
        var rejected = Assert.Single(_utc.Import([new SurveyResponseRecord(2, "11", RespondedAt: "never")]).Rejected);
        Assert.Equal("score.out_of_range", rejected.Code);
        Assert.Equal("score 11 is outside 0–10; responded_at \"never\" is not an ISO-8601 time stamp", rejected.Reason);
    }

    [Theory]
    [InlineData("0", 0d)]
    [InlineData(" 2.5 ", 2.5)]
    public void Weights_of_zero_and_more_are_read(string weight, double expected) =>
        Assert.Equal(expected, Assert.Single(_utc.Import([new SurveyResponseRecord(2, "8", Weight: weight)]).Accepted).Weight);

    [Fact]
    public void Bad_weight_is_named_in_the_reason() =>
        Assert.Equal("weight \"-1\" is not 0 or a number from 1e-100 to 1e100", Assert.Single(_utc.Import([new SurveyResponseRecord(2, "8", Weight: "-1")]).Rejected).Reason);

    [Fact]
    public void Importer_and_validator_refuse_null_arguments()
    {
        Assert.Throws<ArgumentNullException>("records", () => _utc.Import(null!));
        Assert.Throws<ArgumentNullException>("zone", () => new SurveyResponseRecordValidator(null!));
    }
}

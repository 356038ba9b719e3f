using CustomerLifecycle.Core.Import;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;

namespace CustomerLifecycle.Core.Tests;

public class SupportedDatesTests
{
    private static readonly DateTimeZone Honolulu = DateTimeZoneProviders.Tzdb["Pacific/Honolulu"];

    [Theory]
    [InlineData("1900-01-01T00:00:00Z")]
    [InlineData("2199-12-31T23:59:59Z")]
    [InlineData("19000101")]
    [InlineData("2199-12-31")]
    public void Both_ends_of_the_supported_range_are_read(string text) =>
        Assert.True(IsoTime.TryParse(text, DateTimeZone.Utc, out _));

    [Theory]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("1899-12-31T23:59:59Z")]
    [InlineData("2200-01-01")]
    [InlineData("00010101")]
    [InlineData("2199-12-31T23:00:00-05:00")]
    public void A_well_formed_time_stamp_outside_the_range_is_refused_with_the_range_as_the_reason(string text)
    {
        Assert.False(IsoTime.TryParse(text, DateTimeZone.Utc, out var instant, out var problem));
        Assert.Equal(default, instant);
        Assert.Equal($"\"{text}\" is outside the supported dates (1900-01-01 to 2199-12-31)", problem);
        Assert.Contains("outside the supported dates", Assert.Throws<FormatException>(() => IsoTime.Parse(text, DateTimeZone.Utc)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "is missing")]
    [InlineData("  ", "is missing")]
    [InlineData("yesterday", "\"yesterday\" is not an ISO-8601 time stamp")]
    public void A_missing_or_malformed_time_stamp_says_so(string? text, string expected)
    {
        Assert.False(IsoTime.TryParse(text, DateTimeZone.Utc, out _, out var problem));
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void The_range_is_stated_in_iso_dates() =>
        Assert.Equal(("1900-01-01", "2199-12-31", "1900-01-01 to 2199-12-31"), (LocalDatePattern.Iso.Format(SupportedDates.Earliest), LocalDatePattern.Iso.Format(SupportedDates.Latest), SupportedDates.Description));

    [Property]
    public bool Every_accepted_time_stamp_is_in_the_range_and_leaves_room_for_period_arithmetic(int days, int seconds)
    {
        var instant = Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromDays(days % 5_000_000) + Duration.FromSeconds(seconds);
        var text = InstantPattern.ExtendedIso.Format(instant);
        if (!IsoTime.TryParse(text, Honolulu, out var read))
        {
            return !SupportedDates.Contains(instant.InUtc().Date);
        }

        // A century of days, weeks and months can be added to any accepted date.
        var date = read.InZone(Honolulu).Date;
        return SupportedDates.Contains(read) && date.PlusDays(36_600).PlusWeeks(5_300).PlusMonths(1_200).Year < 9999;
    }

    [Fact]
    public void A_survey_row_answered_outside_the_range_is_rejected_with_its_own_code()
    {
        var importer = new SurveyResponseImporter(DateTimeZone.Utc);

        var result = importer.Import([new SurveyResponseRecord(2, "9", RespondedAt: "9999-12-31T23:59:59Z"), new SurveyResponseRecord(3, "9", RespondedAt: "soon")]);

        Assert.Equal(["responded_at.out_of_range", "responded_at.invalid"], result.Rejected.Select(r => r.Code));
        Assert.Contains("1900-01-01 to 2199-12-31", result.Rejected[0].Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1e-320", false)]
    [InlineData("1e-101", false)]
    [InlineData("1e200", false)]
    [InlineData("1e-100", true)]
    [InlineData("1e100", true)]
    [InlineData("0", true)]
    public void Survey_weights_must_square_to_a_finite_non_zero_number(string weight, bool accepted)
    {
        var result = new SurveyResponseImporter(DateTimeZone.Utc).Import([new SurveyResponseRecord(2, "9", Weight: weight)]);

        Assert.Equal(accepted, result.Rejected.Count == 0);
    }
}

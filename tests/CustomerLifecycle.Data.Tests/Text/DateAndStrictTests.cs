using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Text;

public class DateAndStrictTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    [Theory]
    [InlineData("19970101", "1996-12-31T16:00:00Z")]
    [InlineData("1997-01-01", "1996-12-31T16:00:00Z")]
    [InlineData("1997-01-01 10:00", "1997-01-01T02:00:00Z")]
    [InlineData("1997-01-01T10:00:00+01:00", "1997-01-01T09:00:00Z")]
    public void Dates_are_read_in_iso_forms_including_the_basic_one(string text, string expected)
    {
        Assert.True(DateText.TryParseInstant(text, Shanghai, out var at, out var error), error?.Reason);
        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(expected).Value, at);
    }

    [Theory]
    [InlineData("", TextFieldError.Missing)]
    [InlineData("01/02/1997", TextFieldError.Invalid)]
    [InlineData("19971301", TextFieldError.Invalid)]
    public void Other_date_forms_are_refused(string text, string kind)
    {
        Assert.False(DateText.TryParseInstant(text, Shanghai, out _, out var error));
        Assert.Equal(kind, error!.Kind);
    }

    [Theory]
    [InlineData("1997-06-30", true)]
    [InlineData("19970630", true)]
    [InlineData("1997-6-30", true)]
    [InlineData("1997/6/30", true)]
    [InlineData("30/06/1997", false)]
    [InlineData("1997-06-30T00:00", false)]
    [InlineData(null, false)]
    public void Calendar_dates_are_read_in_iso_and_year_first_forms(string? text, bool ok)
    {
        Assert.Equal(ok, DateText.TryParseDate(text, out var date));
        if (ok)
        {
            Assert.Equal(new LocalDate(1997, 6, 30), date);
        }
    }

    [Fact]
    public void The_rejection_total_is_worded_with_a_percentage()
    {
        var result = new ImportResult<int>([1, 2, 3], [new RejectedRow(4, "amount.ambiguous", "x") { Column = "amount" }]);
        Assert.Equal("1 of 4 rows rejected (25.0 %)", result.DescribeRejections());
        Assert.Equal(0.25, result.RejectedFraction);
        Assert.Equal("0 of 0 rows rejected (0.0 %)", new ImportResult<int>([], []).DescribeRejections());
    }

    [Fact]
    public void Strict_mode_turns_a_rejection_into_an_exception_with_the_total_and_first_row()
    {
        var result = new ImportResult<int>([1], [new RejectedRow(3, "amount.not_a_number", "amount \"x\" is not a number")]);
        Assert.Same(result, ImportRejectedException.ThrowIfStrict(result, TextTableOptions.Default, "t.csv"));
        var ex = Assert.Throws<ImportRejectedException>(() => ImportRejectedException.ThrowIfStrict(result, new TextTableOptions { Strict = true }, "t.csv"));
        Assert.Equal("t.csv: 1 of 2 rows rejected (50.0 %) in strict mode; first: line 3: amount \"x\" is not a number (amount.not_a_number)", ex.Message);
        Assert.Single(ex.Rejected);
    }

    [Fact]
    public void Options_without_a_zone_are_refused()
    {
        Assert.Throws<FluentValidation.ValidationException>(() => TextTableTests.Open("a\n1\n", new TextTableOptions { Zone = null! }));
    }
}

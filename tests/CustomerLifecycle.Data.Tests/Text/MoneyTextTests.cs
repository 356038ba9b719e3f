using System.Globalization;
using CustomerLifecycle.Data.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Data.Tests.Text;

public class MoneyTextTests
{
    private static readonly NumberConvention French = NumberConvention.ForCulture(CultureInfo.GetCultureInfo("fr-FR"));

    [Theory]
    [InlineData("3,319.47", "3319.47", null)]
    [InlineData("\"3,319.47\"", null, null)]
    [InlineData("¥145.30", "145.30", "¥")]
    [InlineData("￥145.30", "145.30", "￥")]
    [InlineData("$ 235.59", "235.59", "$")]
    [InlineData("USD 12.00", "12.00", "USD")]
    [InlineData("12.00 EUR", "12.00", "EUR")]
    [InlineData("145.30元", "145.30", "元")]
    [InlineData("US$1,000,000", "1000000", "US$")]
    [InlineData("-$5", "-5", "$")]
    [InlineData("$-5", "-5", "$")]
    [InlineData("(12.00)", "-12.00", null)]
    [InlineData("1,234,567", "1234567", null)]
    [InlineData("1 234 567.5", "1234567.5", null)]
    [InlineData("1'234.5", "1234.5", null)]
    [InlineData("0.5", "0.5", null)]
    [InlineData(".5", "0.5", null)]
    [InlineData("  42 ", "42", null)]
    public void Amounts_as_people_write_them_are_read_without_a_culture(string text, string? expected, string? currency)
    {
        var ok = MoneyText.TryParse(text, NumberConvention.Unspecified, out var amount, out var error);
        if (expected is null)
        {
            Assert.False(ok);
            Assert.Equal(TextFieldError.NotANumber, error!.Kind);
            return;
        }

        Assert.True(ok, error?.Reason);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount.Value);
        Assert.Equal(currency, amount.Currency);
    }

    [Theory]
    [InlineData("1.234,5")]
    [InlineData("12,50")]
    [InlineData("1,234")]
    [InlineData("1.234.567")]
    [InlineData("1 234,50")]
    [InlineData("€1.234,50")]
    public void Amounts_that_cultures_read_differently_are_rejected_as_ambiguous_without_one(string text)
    {
        Assert.False(MoneyText.TryParse(text, NumberConvention.Unspecified, out _, out var error));
        Assert.Equal(TextFieldError.Ambiguous, error!.Kind);
        Assert.Contains("give a culture or a decimal separator", error.Reason, StringComparison.Ordinal);
        Assert.Contains(text, error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 234,50", "1234.50")]
    [InlineData("1\u202F234,50", "1234.50")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("12,50 €", "12.50")]
    [InlineData("1,234", "1.234")]
    public void A_comma_culture_reads_decimal_commas(string text, string expected)
    {
        Assert.True(MoneyText.TryParse(text, French, out var amount, out var error), error?.Reason);
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount.Value);
    }

    [Theory]
    [InlineData("1,234", "1234")]
    [InlineData("12,50", null)]
    [InlineData("1.234,5", null)]
    public void A_point_convention_reads_commas_as_thousands_only_where_grouped(string text, string? expected)
    {
        var ok = MoneyText.TryParse(text, NumberConvention.WithDecimalSeparator('.'), out var amount, out var error);
        Assert.Equal(expected is not null, ok);
        if (expected is not null)
        {
            Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount.Value);
        }
        else
        {
            Assert.Equal(TextFieldError.NotANumber, error!.Kind);
        }
    }

    [Theory]
    [InlineData("", TextFieldError.Missing)]
    [InlineData("   ", TextFieldError.Missing)]
    [InlineData("abc", TextFieldError.NotANumber)]
    [InlineData("$", TextFieldError.NotANumber)]
    [InlineData("12.", TextFieldError.NotANumber)]
    [InlineData("1e5", TextFieldError.NotANumber)]
    [InlineData("12,34,5", TextFieldError.NotANumber)]
    [InlineData("1 23", TextFieldError.NotANumber)]
    [InlineData("$12 USD", TextFieldError.NotANumber)]
    [InlineData("(-5)", TextFieldError.NotANumber)]
    [InlineData("99999999999999999999999999999999", TextFieldError.NotANumber)]
    public void Text_that_is_no_amount_is_refused_with_a_kind(string text, string kind)
    {
        Assert.False(MoneyText.TryParse(text, NumberConvention.Unspecified, out _, out var error));
        Assert.Equal(kind, error!.Kind);
    }

    [Property]
    public Property Amounts_written_with_grouping_in_english_and_french_read_back(int units, byte cents)
    {
        var value = (units / 100m) + (cents % 100 / 100m);
        var en = value.ToString("#,##0.00", CultureInfo.GetCultureInfo("en-US"));
        var fr = value.ToString("#,##0.00", CultureInfo.GetCultureInfo("fr-FR"));
        var enOk = MoneyText.TryParse("$" + en, NumberConvention.WithDecimalSeparator('.'), out var a, out _);
        var frOk = MoneyText.TryParse(fr + " €", French, out var b, out _);
        return (enOk && frOk && a.Value == Math.Round(value, 2) && b.Value == Math.Round(value, 2)).Label($"{en} / {fr}");
    }

    [Property]
    public Property Invariant_decimals_read_back_without_a_culture(decimal value) =>
        (MoneyText.TryParse(value.ToString(CultureInfo.InvariantCulture), NumberConvention.Unspecified, out var a, out _) && a.Value == value)
        .ToProperty();

    [Fact]
    public void Conventions_other_than_point_and_comma_are_refused()
    {
        Assert.Throws<ArgumentException>(() => NumberConvention.WithDecimalSeparator(';'));
        Assert.Equal(',', NumberConvention.ForCulture(CultureInfo.GetCultureInfo("de-DE")).DecimalSeparator);
        Assert.Equal('.', NumberConvention.ForCulture(CultureInfo.GetCultureInfo("zh-CN")).DecimalSeparator);
    }

    [Theory]
    [InlineData("1.5e-05", 1.5e-05)]
    [InlineData("2,500.25", 2500.25)]
    [InlineData("7", 7d)]
    public void Doubles_are_read_in_exponent_form_too(string text, double expected)
    {
        Assert.True(NumberText.TryParseDouble(text, NumberConvention.Unspecified, out var value, out _));
        Assert.Equal(expected, value, 12);
    }
}

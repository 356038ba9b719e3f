using System.Globalization;
using CustomerLifecycle.Data.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Data.Tests.Text;

/// <summary>The short way through plain decimals gives exactly what the general parsers give.</summary>
public class PlainDecimalTests
{
    private static Gen<string> Plain() =>
        from whole in Gen.Choose(1, 19)
        from fraction in Gen.Choose(0, 19)
        from digits in Gen.ArrayOf(Gen.Choose(0, 9), whole + fraction)
        let text = string.Concat(digits)
        select fraction == 0 ? text : text[..whole] + "." + text[whole..];

    [Property(MaxTest = 2000)]
    public Property A_plain_decimal_reads_as_the_general_parsers_read_it() =>
        Prop.ForAll(Plain().ToArbitrary(), text =>
        {
            var d = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            var m = decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed);
            return PlainDecimal.TryParseDouble(text, out var value) && BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits(d)
                && PlainDecimal.TryParse(text, out var money) == m && (!m || (money == parsed && money.Scale == parsed.Scale));
        });

    [Theory]
    [InlineData(" 2.50 ", 2.5)]
    [InlineData("1e3", 1000d)]
    [InlineData(".5", 0.5)]
    [InlineData("1.", 1d)]
    [InlineData("-0.25", -0.25)]
    public void Other_forms_of_a_finite_number_take_the_general_parser(string text, double expected)
    {
        Assert.True(PlainDecimal.TryParseDouble(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1e400")]
    [InlineData("NaN")]
    [InlineData("1,5")]
    [InlineData("x")]
    public void What_is_no_finite_number_is_refused(string text) => Assert.False(PlainDecimal.TryParseDouble(text, out _));

    [Theory]
    [InlineData("-3")]
    [InlineData(".5")]
    [InlineData("1.")]
    [InlineData("1e3")]
    [InlineData("$5")]
    public void Only_plain_decimals_are_plain_amounts(string text) => Assert.False(PlainDecimal.TryParse(text, out _));
}

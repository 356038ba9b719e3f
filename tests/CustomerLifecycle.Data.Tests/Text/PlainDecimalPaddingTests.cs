using System.Globalization;
using CustomerLifecycle.Data.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Data.Tests.Text;

/// <summary>A number read the short way (no trimming, no division for a whole number) is the number the general parser reads.</summary>
public class PlainDecimalPaddingTests
{
    private static readonly string[] Pads = ["", " ", "\t", "  ", "\u00A0"];

    [Property(MaxTest = 1000)]
    public Property A_padded_number_reads_as_the_general_parser_reads_it_trimmed()
    {
        var text = from whole in Gen.Choose(0, 99_999_999)
                   from fraction in Gen.Choose(-1, 9_999)
                   from left in Gen.Elements(Pads)
                   from right in Gen.Elements(Pads)
                   select left + whole.ToString(CultureInfo.InvariantCulture) + (fraction < 0 ? string.Empty : "." + fraction.ToString(CultureInfo.InvariantCulture)) + right;
        return Prop.ForAll(text.ToArbitrary(), t =>
        {
            var expected = double.Parse(t.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture);
            return PlainDecimal.TryParseDouble(t, out var value) && BitConverter.DoubleToInt64Bits(value) == BitConverter.DoubleToInt64Bits(expected);
        });
    }

    [Theory]
    [InlineData("0", 0d)]
    [InlineData("007", 7d)]
    [InlineData("9007199254740993", 9007199254740992d)]
    [InlineData("123456789012345678", 123456789012345678d)]
    public void A_whole_number_is_the_nearest_double(string text, double expected)
    {
        Assert.True(PlainDecimal.TryParseDouble(text, out var value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value));
    }
}

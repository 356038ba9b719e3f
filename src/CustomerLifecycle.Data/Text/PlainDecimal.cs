using System.Globalization;
using System.Runtime.CompilerServices;

namespace CustomerLifecycle.Data.Text;

/// <summary>
/// Plain decimals: digits, optionally a point and more digits — read the same by every convention with a decimal point.
/// Up to 18 digits they are read here without the general parsers, to the same values: a decimal keeps its digits and
/// scale, and a double is the correctly rounded quotient of two exact doubles (as the general parser rounds).
/// </summary>
internal static class PlainDecimal
{
    private static readonly double[] Powers = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18];

    public static bool Is(ReadOnlySpan<char> text)
    {
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        return whole.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9')
            && (point < 0 || (text.Length > point + 1 && !text[(point + 1)..].ContainsAnyExceptInRange('0', '9')));
    }

    /// <summary>Reads a plain decimal as a decimal (digits and scale kept); false for anything that is not one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        if (TrySplit(text, out var digits, out var scale))
        {
            value = new decimal((int)(digits & 0xFFFFFFFF), (int)(digits >> 32), 0, false, (byte)scale);
            return true;
        }

        value = 0m;
        return Is(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Reads a finite number as <c>double.TryParse</c> with <see cref="NumberStyles.Float"/> in the invariant culture does
    /// (after trimming white space), taking the short way for a plain decimal of up to 15 digits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value)
    {
        // A field as most files write it (digits, maybe a point) is read without trimming; a whole number is exact as a
        // double, so it needs no division.
        if (TrySplit(text, out var digits, out var scale) && digits < (1L << 53))
        {
            value = scale == 0 ? digits : digits / Powers[scale];
            return true;
        }

        return TryParseDoubleTrimmed(text.Trim(), out value);
    }

    /// <summary>The rest of <see cref="TryParseDouble"/>: a field with white space around it, or not a plain decimal.</summary>
    private static bool TryParseDoubleTrimmed(ReadOnlySpan<char> trimmed, out double value)
    {
        if (TrySplit(trimmed, out var digits, out var scale) && digits < (1L << 53))
        {
            value = digits / Powers[scale];
            return true;
        }

        value = 0d;
        return !trimmed.IsEmpty
            && double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>The digits of a plain decimal of 1 to 18 digits as one integer, and how many of them follow the point.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TrySplit(ReadOnlySpan<char> text, out long digits, out int scale)
    {
        digits = 0;
        scale = 0;
        var count = 0;
        var point = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && point < 0 && i > 0)
            {
                point = i;
                continue;
            }

            var d = c - '0';
            if ((uint)d > 9 || ++count > 18)
            {
                return false;
            }

            digits = (digits * 10) + d;
        }

        if (count == 0 || point == text.Length - 1)
        {
            return false;
        }

        scale = point < 0 ? 0 : text.Length - point - 1;
        return true;
    }
}

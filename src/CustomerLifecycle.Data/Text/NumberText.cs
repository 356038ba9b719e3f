using System.Globalization;
using System.Text;

namespace CustomerLifecycle.Data.Text;

/// <summary>
/// Numbers as people write them: thousands grouped by commas, points, spaces (also no-break spaces) or apostrophes, a
/// decimal point or comma, a leading sign.
/// </summary>
/// <remarks>
/// <para>With a decimal separator known (<see cref="NumberConvention"/>), the other of point and comma, spaces and
/// apostrophes may group thousands: groups of three digits after a first group of one to three, one kind of grouping
/// character per number.</para>
/// <para>Without one, only what cannot be read two ways is read: a point is a decimal point; commas are thousands
/// separators when a decimal point follows them (<c>3,319.47</c>) or when there are several (<c>1,234,567</c>). Anything
/// that a culture could read otherwise is rejected as <see cref="TextFieldError.Ambiguous"/> with the reason, never
/// guessed: a single comma (<c>12,50</c> and <c>1,234</c>), a comma after a point (<c>1.234,5</c>), several points
/// (<c>1.234.567</c>).</para>
/// </remarks>
public static class NumberText
{
    private const string Groupers = " \u00A0\u202F'";

    /// <summary>Reads a decimal number.</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="convention">The decimal separator, if known.</param>
    /// <param name="value">The number, or 0 when not read.</param>
    /// <param name="error">Why the text was not read, or null.</param>
    /// <returns>Whether the text was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="convention"/> is null.</exception>
    public static bool TryParseDecimal(string? text, NumberConvention convention, out decimal value, out TextFieldError? error)
    {
        ArgumentNullException.ThrowIfNull(convention);
        value = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = new TextFieldError(TextFieldError.Missing, "is missing");
            return false;
        }

        var s = text.Trim();
        error = Normalise(s, convention, out var invariant);
        if (error is not null)
        {
            return false;
        }

        if (!decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            error = new TextFieldError(TextFieldError.NotANumber, $"\"{s}\" is too large a number");
            return false;
        }

        return true;
    }

    /// <summary>Reads a floating-point number: as <see cref="TryParseDecimal"/>, and also in exponent form (<c>1.5e-05</c>).</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="convention">The decimal separator, if known.</param>
    /// <param name="value">The finite number, or 0 when not read.</param>
    /// <param name="error">Why the text was not read, or null.</param>
    /// <returns>Whether the text was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="convention"/> is null.</exception>
    public static bool TryParseDouble(string? text, NumberConvention convention, out double value, out TextFieldError? error)
    {
        ArgumentNullException.ThrowIfNull(convention);
        var s = text?.Trim();
        if (convention.DecimalSeparator is null or '.'
            && s is not null && s.AsSpan().IndexOfAny("eE") > 0
            && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value))
        {
            error = null;
            return true;
        }

        var ok = TryParseDecimal(text, convention, out var d, out error);
        value = ok ? (double)d : 0d;
        return ok;
    }

    /// <summary>Checks the text and writes it in invariant form (<c>-1234.5</c>); returns the error, or null.</summary>
    private static TextFieldError? Normalise(string s, NumberConvention convention, out string invariant)
    {
        invariant = string.Empty;
        var body = s;
        var negative = false;
        if (body[0] is '-' or '+' or '\u2212')
        {
            negative = body[0] != '+';
            body = body[1..].TrimStart();
        }

        if (body.Length == 0 || !body.All(c => char.IsAsciiDigit(c) || c is '.' or ',' || Groupers.Contains(c, StringComparison.Ordinal)))
        {
            return new TextFieldError(TextFieldError.NotANumber, $"\"{s}\" is not a number");
        }

        if (!char.IsAsciiDigit(body[^1]))
        {
            return new TextFieldError(TextFieldError.NotANumber, $"\"{s}\" is not a number (it does not end in a digit)");
        }

        string? ambiguity = null;
        var separator = convention.DecimalSeparator ?? InferSeparator(body, out ambiguity);
        if (ambiguity is not null)
        {
            return new TextFieldError(TextFieldError.Ambiguous, $"\"{s}\" is ambiguous: {ambiguity}; give a culture or a decimal separator");
        }

        var parts = body.Split(separator);
        if (parts.Length > 2)
        {
            return new TextFieldError(TextFieldError.NotANumber, $"\"{s}\" has more than one decimal separator '{separator}' ({convention.Description})");
        }

        var fraction = parts.Length == 2 ? parts[1] : string.Empty;
        if (!fraction.All(char.IsAsciiDigit))
        {
            return new TextFieldError(TextFieldError.NotANumber, $"\"{s}\" has a separator among its decimals ({convention.Description})");
        }

        if (!TryUngroup(parts[0], out var digits))
        {
            return new TextFieldError(TextFieldError.NotANumber, $"\"{s}\" is not grouped in thousands ({convention.Description})");
        }

        var builder = new StringBuilder(negative ? "-" : string.Empty).Append(digits.Length == 0 ? "0" : digits);
        if (parts.Length == 2)
        {
            builder.Append('.').Append(fraction);
        }

        invariant = builder.ToString();
        return null;
    }

    /// <summary>The decimal separator when none is given, or an ambiguity to report.</summary>
    private static char InferSeparator(string body, out string? ambiguity)
    {
        ambiguity = null;
        var points = body.Count(c => c == '.');
        var commas = body.Count(c => c == ',');
        if (commas > 0 && points > 0 && body.LastIndexOf(',') > body.LastIndexOf('.'))
        {
            ambiguity = "a comma after a point reads as a decimal comma in many cultures and as a thousands separator in others";
        }
        else if (points > 1 && commas == 0)
        {
            ambiguity = "several points read as thousands separators in many cultures";
        }
        else if (commas == 1 && points == 0)
        {
            ambiguity = "one comma may be a decimal comma or a thousands separator";
        }

        return '.';
    }

    /// <summary>The digits of an integer part without its thousands separators, when they are grouped correctly.</summary>
    private static bool TryUngroup(string integer, out string digits)
    {
        digits = integer;
        var groupers = integer.Where(c => !char.IsAsciiDigit(c)).Distinct().ToArray();
        if (groupers.Length == 0)
        {
            return true;
        }

        if (groupers.Length > 1)
        {
            return false;
        }

        var groups = integer.Split(groupers[0]);
        if (groups[0].Length is < 1 or > 3 || groups.Skip(1).Any(g => g.Length != 3))
        {
            return false;
        }

        digits = string.Concat(groups);
        return true;
    }
}

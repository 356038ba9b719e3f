namespace CustomerLifecycle.Data.Text;

/// <summary>
/// Amounts of money as people write them: <c>3,319.47</c>, <c>¥145.30</c>, <c>$ 235.59</c>, <c>USD 12.00</c>,
/// <c>12.00 EUR</c>, <c>1 234,50 €</c> (with a comma convention), <c>-$5</c>, <c>(12.00)</c> for a negative amount.
/// </summary>
/// <remarks>
/// One currency mark is allowed, before or after the number, with or without a space: a symbol (<c>$ ¥ ￥ € £ ₩ ₹ 元</c>
/// and the prefixed dollars <c>US$ HK$ NT$ C$ A$ R$</c>) or a three-letter upper-case code (<c>USD</c>, <c>CNY</c>). The
/// mark is reported as written: a symbol such as <c>$</c> or <c>¥</c> names more than one currency, so it is never
/// turned into a code. The number follows the rules of <see cref="NumberText"/>, ambiguities included.
/// </remarks>
public static class MoneyText
{
    private static readonly string[] Symbols = ["US$", "HK$", "NT$", "C$", "A$", "R$", "$", "¥", "￥", "€", "£", "₩", "₹", "元"];

    /// <summary>Reads an amount.</summary>
    /// <param name="text">The text; surrounding white space is ignored.</param>
    /// <param name="convention">The decimal separator, if known.</param>
    /// <param name="amount">The amount (its currency mark, if any, as written), or default when not read.</param>
    /// <param name="error">Why the text was not read, or null.</param>
    /// <returns>Whether the text was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="convention"/> is null.</exception>
    public static bool TryParse(string? text, NumberConvention convention, out MoneyAmount amount, out TextFieldError? error)
    {
        ArgumentNullException.ThrowIfNull(convention);
        amount = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = new TextFieldError(TextFieldError.Missing, "is missing");
            return false;
        }

        var s = text.Trim();
        var body = s;
        var parenthesised = body.Length > 2 && body[0] == '(' && body[^1] == ')';
        if (parenthesised)
        {
            body = body[1..^1].Trim();
        }

        var sign = string.Empty;
        if (body.Length > 0 && body[0] is '-' or '+' or '\u2212')
        {
            sign = body[..1];
            body = body[1..].TrimStart();
        }

        var currency = TakePrefix(ref body) ?? TakeSuffix(ref body);
        if (currency is not null && (TakePrefix(ref body) ?? TakeSuffix(ref body)) is not null)
        {
            error = new TextFieldError(TextFieldError.NotANumber, $"\"{s}\" has more than one currency mark");
            return false;
        }

        if (!NumberText.TryParseDecimal(sign + body, convention, out var value, out var numberError))
        {
            error = numberError!.Kind == TextFieldError.Missing
                ? new TextFieldError(TextFieldError.NotANumber, $"\"{s}\" has no number")
                : numberError with { Reason = numberError.Reason.Replace($"\"{(sign + body).Trim()}\"", $"\"{s}\"", StringComparison.Ordinal) };
            return false;
        }

        if (parenthesised && value < 0m)
        {
            error = new TextFieldError(TextFieldError.NotANumber, $"\"{s}\" is negative twice (a sign inside parentheses)");
            return false;
        }

        amount = new MoneyAmount(parenthesised ? -value : value, currency);
        error = null;
        return true;
    }

    private static string? TakePrefix(ref string body)
    {
        foreach (var symbol in Symbols)
        {
            if (body.StartsWith(symbol, StringComparison.Ordinal))
            {
                body = body[symbol.Length..].TrimStart();
                return symbol;
            }
        }

        if (body.Length > 3 && IsCode(body.AsSpan(0, 3)) && !char.IsAsciiLetter(body[3]))
        {
            var code = body[..3];
            body = body[3..].TrimStart();
            return code;
        }

        return null;
    }

    private static string? TakeSuffix(ref string body)
    {
        foreach (var symbol in Symbols)
        {
            if (body.EndsWith(symbol, StringComparison.Ordinal) && body.Length > symbol.Length)
            {
                body = body[..^symbol.Length].TrimEnd();
                return symbol;
            }
        }

        if (body.Length > 3 && IsCode(body.AsSpan(body.Length - 3)) && !char.IsAsciiLetter(body[^4]))
        {
            var code = body[^3..];
            body = body[..^3].TrimEnd();
            return code;
        }

        return null;
    }

    private static bool IsCode(ReadOnlySpan<char> letters) => letters.Length == 3 && char.IsAsciiLetterUpper(letters[0]) && char.IsAsciiLetterUpper(letters[1]) && char.IsAsciiLetterUpper(letters[2]);
}

namespace CustomerLifecycle.Data.Text;

/// <summary>Plain decimals: digits, optionally a point and more digits — read the same by every convention with a decimal point.</summary>
internal static class PlainDecimal
{
    public static bool Is(ReadOnlySpan<char> text)
    {
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        return whole.Length > 0 && !whole.ContainsAnyExceptInRange('0', '9')
            && (point < 0 || (text.Length > point + 1 && !text[(point + 1)..].ContainsAnyExceptInRange('0', '9')));
    }
}

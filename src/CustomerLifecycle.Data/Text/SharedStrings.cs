namespace CustomerLifecycle.Data.Text;

/// <summary>One string per distinct text (touchpoints, segment keys): a column with few distinct values costs no allocation per row.</summary>
internal sealed class SharedStrings
{
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
#if NET9_0_OR_GREATER
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SharedStrings() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
#endif

    /// <summary>The shared string with this text.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        if (_lookup.TryGetValue(text, out var shared))
        {
            return shared;
        }
#endif
        var s = text.ToString();
        if (!_strings.TryGetValue(s, out var existing))
        {
            _strings.Add(s);
            return s;
        }

        return existing;
    }
}

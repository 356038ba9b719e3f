namespace CustomerLifecycle.Data.Text;

/// <summary>The column names of a table and their indexes, case-insensitive; the first of duplicate names wins.</summary>
internal sealed class TextColumns
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.OrdinalIgnoreCase);

    public TextColumns(IReadOnlyList<string> names)
    {
        Names = names;
        for (var i = 0; i < names.Count; i++)
        {
            _indexes.TryAdd(names[i], i);
        }
    }

    public IReadOnlyList<string> Names { get; }

    public int IndexOf(string name) => _indexes.TryGetValue(name.Trim(), out var i) ? i : -1;

    /// <summary>Whether every name looks like a number: the "header" is then a data row of a file published without one.</summary>
    public bool LookLikeData() => Names.All(k => k.Length > 0 && k.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or ':'));
}

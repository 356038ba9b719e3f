namespace CustomerLifecycle.Data.Text;

/// <summary>
/// The column names of a table and their indexes, case-insensitive; the first of duplicate names wins. A name that is
/// not a column also finds the first column whose name differs from it only in case, spaces and punctuation
/// ("Customer ID", "customer-id" and "CustomerId" for <c>customer_id</c>): headers written for people, as spreadsheets
/// and survey tools export them.
/// </summary>
internal sealed class TextColumns
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _loose = new(StringComparer.Ordinal);

    public TextColumns(IReadOnlyList<string> names)
    {
        Names = names;
        for (var i = 0; i < names.Count; i++)
        {
            _indexes.TryAdd(names[i], i);
            if (LooseNames.Key(names[i]) is { Length: > 0 } key)
            {
                _loose.TryAdd(key, i);
            }
        }
    }

    public IReadOnlyList<string> Names { get; }

    /// <summary>The index of the column with this name (case-insensitive), or -1.</summary>
    public int IndexOf(string name) => _indexes.TryGetValue(name.Trim(), out var i) ? i : -1;

    /// <summary>The index of the first column whose name equals this one but for case, spaces and punctuation, or -1.</summary>
    public int LooseIndexOf(string name) => LooseNames.Key(name) is { Length: > 0 } key && _loose.TryGetValue(key, out var i) ? i : -1;

    /// <summary>Whether every name looks like a number: the "header" is then a data row of a file published without one.</summary>
    public bool LookLikeData() => Names.All(k => k.Length > 0 && k.All(c => char.IsAsciiDigit(c) || c is '.' or '-' or '+' or ':'));
}

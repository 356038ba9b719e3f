namespace CustomerLifecycle.Data.Text;

/// <summary>Names as people write them in headers and labels: compared by their letters and digits only, in lower case,
/// so that <c>Customer ID</c>, <c>customer-id</c>, <c>CustomerId</c> and <c>customer_id</c> are one name.</summary>
internal static class LooseNames
{
    /// <summary>A name's letters and digits, lower case (invariant): what remains when case, spaces and punctuation are
    /// ignored. Empty for a name with neither.</summary>
    public static string Key(string name) => string.Create(name.Count(char.IsLetterOrDigit), name, static (span, n) =>
    {
        var k = 0;
        foreach (var c in n)
        {
            if (char.IsLetterOrDigit(c))
            {
                span[k++] = char.ToLowerInvariant(c);
            }
        }
    });

    /// <summary>Whether two names are one name with case, spaces and punctuation ignored (never for names without a
    /// letter or digit).</summary>
    public static bool Same(string a, string b) => Key(a) is { Length: > 0 } key && string.Equals(key, Key(b), StringComparison.Ordinal);
}

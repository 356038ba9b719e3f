using System.Diagnostics.CodeAnalysis;

namespace CustomerLifecycle.Core;

/// <summary>A customer's identifier: a non-empty string of at most 200 characters, compared ordinally.</summary>
/// <remarks>
/// Leading and trailing white space is removed when the id is made. The default value is the empty id,
/// which <see cref="From"/> never produces; use <see cref="IsEmpty"/> to detect it.
/// </remarks>
public readonly record struct CustomerId : IComparable<CustomerId>
{
    /// <summary>The longest id accepted, in characters.</summary>
    public const int MaxLength = 200;

    private readonly string? _value;

    private CustomerId(string value) => _value = value;

    /// <summary>The id's text.</summary>
    /// <value>The trimmed id; the empty string for <c>default</c>.</value>
    public string Value => _value ?? string.Empty;

    /// <summary>Whether this is the default, empty id.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_value);

    /// <summary>Makes an id from text, or reports that the text is not a valid id.</summary>
    /// <param name="value">The id's text; trimmed.</param>
    /// <param name="id">The id, or <c>default</c> when the text is null, blank or longer than <see cref="MaxLength"/>.</param>
    /// <returns>Whether the text is a valid id.</returns>
    public static bool TryFrom([NotNullWhen(true)] string? value, out CustomerId id)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxLength)
        {
            id = default;
            return false;
        }

        id = new CustomerId(trimmed);
        return true;
    }

    /// <summary>Makes an id from text.</summary>
    /// <param name="value">The id's text; trimmed.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null, blank, or longer than <see cref="MaxLength"/> characters.</exception>
    public static CustomerId From(string value) => TryFrom(value, out var id)
        ? id
        : throw new ArgumentException(
            $"A customer id must be 1–{MaxLength} characters that are not all white space; got {(value is null ? "null" : $"\"{Truncate(value)}\"")}.",
            nameof(value));

    /// <inheritdoc/>
    public int CompareTo(CustomerId other) => string.CompareOrdinal(Value, other.Value);

    /// <inheritdoc/>
    public bool Equals(CustomerId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <summary>The id's text.</summary>
    /// <returns>The same as <see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>Whether <paramref name="left"/> sorts before <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when left &lt; right.</returns>
    public static bool operator <(CustomerId left, CustomerId right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> sorts after <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when left &gt; right.</returns>
    public static bool operator >(CustomerId left, CustomerId right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> sorts before or equal to <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when left ≤ right.</returns>
    public static bool operator <=(CustomerId left, CustomerId right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> sorts after or equal to <paramref name="right"/> (ordinal).</summary>
    /// <param name="left">The first id.</param>
    /// <param name="right">The second id.</param>
    /// <returns>True when left ≥ right.</returns>
    public static bool operator >=(CustomerId left, CustomerId right) => left.CompareTo(right) >= 0;

    private static string Truncate(string s) => s.Length <= 40 ? s : string.Concat(s.AsSpan(0, 40), "…");
}

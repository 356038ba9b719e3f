using System.Text.RegularExpressions;

namespace CustomerLifecycle.Followups.Memory;

/// <summary>What a <see cref="CustomerNote"/> is about: one of the well-known kinds or any other lower-case word the caller
/// needs (the list is open).</summary>
/// <remarks>A kind is 1–32 characters of a–z, 0–9 and '_', starting with a letter (e.g. <c>deferred_work</c>). The default
/// value is empty and is not accepted by <see cref="CustomerNote"/>.</remarks>
public readonly partial record struct NoteKind
{
    /// <summary>The longest kind, in characters.</summary>
    public const int MaxLength = 32;

    private NoteKind(string value) => Value = value;

    /// <summary>Likes and habits: the coffee they bring, the seat they prefer in the lounge.</summary>
    public static NoteKind Preference { get; } = new("preference");

    /// <summary>Family: a child's favourite film, who usually drives the car.</summary>
    public static NoteKind Family { get; } = new("family");

    /// <summary>Health the customer chose to share: a back operation (offer help with the bags, a chair at handover).</summary>
    public static NoteKind Health { get; } = new("health");

    /// <summary>The car as the customer sees it: the battery health they worry about.</summary>
    public static NoteKind Vehicle { get; } = new("vehicle");

    /// <summary>Work advised and postponed, in the advisor's words ("brake pads: another 5,000 km").</summary>
    public static NoteKind DeferredWork { get; } = new("deferred_work");

    /// <summary>A complaint to remember and follow through.</summary>
    public static NoteKind Complaint { get; } = new("complaint");

    /// <summary>Anything else.</summary>
    public static NoteKind Other { get; } = new("other");

    /// <summary>The kind's text; null for the default value.</summary>
    public string Value { get; }

    /// <summary>Whether this is the empty default value.</summary>
    public bool IsEmpty => Value is null;

    /// <summary>A kind from its text (trimmed, lower-cased).</summary>
    /// <param name="text">The kind, e.g. "health" or a caller's own "allergy".</param>
    /// <returns>The kind.</returns>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not a valid kind.</exception>
    public static NoteKind From(string? text) => TryFrom(text, out var kind)
        ? kind
        : throw new ArgumentException($"A note kind must be 1–{MaxLength} characters of a–z, 0–9 and '_', starting with a letter; got \"{text}\".", nameof(text));

    /// <summary>Tries to make a kind from its text (trimmed, lower-cased).</summary>
    /// <param name="text">The kind.</param>
    /// <param name="kind">The kind, or the default when the text is not valid.</param>
    /// <returns>Whether the text is a valid kind.</returns>
    public static bool TryFrom(string? text, out NoteKind kind)
    {
        var t = text?.Trim().ToLowerInvariant();
        kind = t is not null && Pattern().IsMatch(t) ? new NoteKind(t) : default;
        return !kind.IsEmpty;
    }

    /// <inheritdoc/>
    public override string ToString() => Value ?? string.Empty;

    [GeneratedRegex(@"^[a-z][a-z0-9_]{0,31}\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

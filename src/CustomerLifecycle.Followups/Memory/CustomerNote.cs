using System.Text;
using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Followups.Memory;

/// <summary>Something an advisor should remember about a customer, kept as data: who, when it was recorded, what kind,
/// the words, until when it holds, and whether to act on it at the next visit.</summary>
/// <remarks>
/// <para>The text is the customer's own business: it is data, never interpreted, and the library never logs it.
/// <see cref="ToString"/> shows its length, not its words, so a note printed into a log by accident reveals nothing.</para>
/// <para>Immutable and validated when made.</para>
/// </remarks>
public sealed record CustomerNote
{
    /// <summary>The longest note text, in characters.</summary>
    public const int MaxTextLength = 2000;

    /// <summary>Makes a note.</summary>
    /// <param name="customer">Whom it is about; not empty.</param>
    /// <param name="recordedAt">When it was recorded.</param>
    /// <param name="kind">What it is about; not the empty default.</param>
    /// <param name="text">The words; not blank, at most <see cref="MaxTextLength"/> characters; trimmed.</param>
    /// <param name="expiresAt">When it stops holding (a temporary health matter), or null for never; after <paramref name="recordedAt"/>.</param>
    /// <param name="actAtNextVisit">Whether the advisor should act on it at the customer's next visit (a visit after the note consumes it).</param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> or <paramref name="kind"/> is empty, the text is blank or too long,
    /// or <paramref name="expiresAt"/> is not after <paramref name="recordedAt"/>.</exception>
    public CustomerNote(CustomerId customer, Instant recordedAt, NoteKind kind, string text, Instant? expiresAt = null, bool actAtNextVisit = false)
    {
        if (customer.IsEmpty)
        {
            throw new ArgumentException("The customer id is empty (default); make one with CustomerId.From.", nameof(customer));
        }

        if (kind.IsEmpty)
        {
            throw new ArgumentException("The note kind is empty (default); make one with NoteKind.From.", nameof(kind));
        }

        var t = text?.Trim();
        if (string.IsNullOrEmpty(t))
        {
            throw new ArgumentException("A note needs a text that is not blank.", nameof(text));
        }

        if (t.Length > MaxTextLength)
        {
            throw new ArgumentException($"A note text may have at most {MaxTextLength} characters; got {t.Length}.", nameof(text));
        }

        if (expiresAt is { } x && x <= recordedAt)
        {
            throw new ArgumentException($"A note must expire ({x}) after it is recorded ({recordedAt}).", nameof(expiresAt));
        }

        Customer = customer;
        RecordedAt = recordedAt;
        Kind = kind;
        Text = t;
        ExpiresAt = expiresAt;
        ActAtNextVisit = actAtNextVisit;
    }

    /// <summary>Whom it is about.</summary>
    public CustomerId Customer { get; }

    /// <summary>When it was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>What it is about.</summary>
    public NoteKind Kind { get; }

    /// <summary>The words, trimmed: data to show (escaped), never to interpret.</summary>
    public string Text { get; }

    /// <summary>When it stops holding, or null for never.</summary>
    public Instant? ExpiresAt { get; }

    /// <summary>Whether the advisor should act on it at the next visit.</summary>
    public bool ActAtNextVisit { get; }

    /// <summary>Whether the note holds at an instant: recorded at or before it and not yet expired.</summary>
    /// <param name="at">The instant (e.g. the appointment slot).</param>
    /// <returns>True when the note holds.</returns>
    public bool HoldsAt(Instant at) => RecordedAt <= at && (ExpiresAt is not { } x || at < x);

    /// <summary>The note without its words: customer, kind, times and the length of the text.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder("CustomerNote { ");
        PrintMembers(sb);
        return sb.Append(" }").ToString();
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Customer = ").Append(Customer).Append(", Kind = ").Append(Kind).Append(", RecordedAt = ").Append(RecordedAt)
            .Append(", ExpiresAt = ").Append(ExpiresAt?.ToString() ?? "never").Append(", ActAtNextVisit = ").Append(ActAtNextVisit)
            .Append(", Text = (").Append(Text.Length).Append(" characters)");
        return true;
    }
}

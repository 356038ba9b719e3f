using NodaTime;

namespace CustomerLifecycle.Followups.Memory;

/// <summary>Work the advisor advised and the customer postponed.</summary>
/// <param name="AdvisedAt">When it was advised.</param>
/// <param name="DueAt">When it was agreed to raise it again, or null when no date was agreed.</param>
/// <param name="Said">What was said: the text of a <see cref="NoteKind.DeferredWork"/> note recorded at the same instant, or null.</param>
public sealed record DeferredWork(Instant AdvisedAt, Instant? DueAt, string? Said);

using CustomerLifecycle.Followups.Compliance;

namespace CustomerLifecycle.Data.Followups;

/// <summary>A completion read from a completion log, with the physical line it starts on.</summary>
/// <param name="Line">The 1-based physical line of the row.</param>
/// <param name="Completion">The completion.</param>
public sealed record CompletionRow(int Line, TaskCompletion Completion);

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>A completion-log entry that was not counted, and why.</summary>
/// <param name="Index">The entry's 0-based position in the log as given.</param>
/// <param name="Completion">The entry.</param>
/// <param name="Code">A stable code: <c>completion.unknown_key</c>, <c>completion.unknown_task</c>, <c>completion.duplicate</c>,
/// <c>completion.before_task</c> or <c>completion.after_evaluation</c> (see <see cref="SlaComplianceEvaluator"/>).</param>
/// <param name="Reason">A readable reason naming the key or customer and step; wording may improve between versions.</param>
public sealed record RejectedCompletion(int Index, TaskCompletion Completion, string Code, string Reason);

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>A completion-log entry that was not counted, and why.</summary>
public sealed record RejectedCompletion
{
    internal RejectedCompletion(int index, TaskCompletion completion, string code, string reason)
    {
        Index = index;
        Completion = completion;
        Code = code;
        Reason = reason;
    }

    /// <summary>The entry's 0-based position in the log as given.</summary>
    public int Index { get; }

    /// <summary>The entry.</summary>
    public TaskCompletion Completion { get; }

    /// <summary>A stable code: <c>completion.unknown_key</c>, <c>completion.unknown_task</c>, <c>completion.duplicate</c>,
    /// <c>completion.before_task</c> or <c>completion.after_evaluation</c> (see <see cref="SlaComplianceEvaluator"/>).</summary>
    public string Code { get; }

    /// <summary>A readable reason naming the key or customer and step; wording may improve between versions.</summary>
    public string Reason { get; }
}

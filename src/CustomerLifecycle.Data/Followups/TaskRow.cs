using CustomerLifecycle.Followups.Compliance;

namespace CustomerLifecycle.Data.Followups;

/// <summary>A task read from a tasks file, with its position and whether it follows a customer's first visit.</summary>
/// <param name="Line">The 1-based position of the task in the file's array of tasks.</param>
/// <param name="Task">The task.</param>
/// <param name="FirstVisit">Whether the task follows a first-time customer's visit (the first-time segment of compliance).</param>
public sealed record TaskRow(int Line, SlaTask Task, bool FirstVisit);

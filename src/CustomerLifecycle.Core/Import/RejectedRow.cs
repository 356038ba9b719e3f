namespace CustomerLifecycle.Core.Import;

/// <summary>A row of outside data that was not accepted, and why.</summary>
/// <param name="Line">The 1-based line number in the source (the header is line 1 in a CSV file).</param>
/// <param name="Code">A stable, machine-matchable code such as <c>score.out_of_range</c>.</param>
/// <param name="Reason">A human-readable explanation naming the value and the rule; wording may improve between versions.</param>
public sealed record RejectedRow(int Line, string Code, string Reason);

namespace CustomerLifecycle.Core.Import;

/// <summary>A row of outside data that was not accepted, and why.</summary>
/// <param name="Line">
/// The 1-based physical line of the source on which the row starts (the header is line 1 in a CSV file; a quoted field
/// with a line break makes a row span several lines, and the rows after it keep their true line numbers).
/// </param>
/// <param name="Code">A stable, machine-matchable code such as <c>score.out_of_range</c>.</param>
/// <param name="Reason">A human-readable explanation naming the value and the rule; wording may improve between versions.</param>
public sealed record RejectedRow(int Line, string Code, string Reason)
{
    /// <summary>The name of the column whose value was refused, or null when the row as a whole was (or the source has no columns).</summary>
    public string? Column { get; init; }
}

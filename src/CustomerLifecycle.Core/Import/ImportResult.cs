namespace CustomerLifecycle.Core.Import;

/// <summary>The outcome of importing a batch of outside data: what was accepted and every row that was not.</summary>
/// <typeparam name="T">The type of an accepted item.</typeparam>
/// <param name="Accepted">The accepted items, in source order.</param>
/// <param name="Rejected">The rejected rows, in source order, each with its line and reason. Nothing is dropped silently.</param>
public sealed record ImportResult<T>(IReadOnlyList<T> Accepted, IReadOnlyList<RejectedRow> Rejected)
{
    /// <summary>Whether every row was accepted.</summary>
    public bool IsClean => Rejected.Count == 0;

    /// <summary>How many rows were read, accepted or not.</summary>
    public int RowCount => Accepted.Count + Rejected.Count;
}

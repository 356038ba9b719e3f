namespace CustomerLifecycle.Core.Import;

/// <summary>Collects accepted items and rejected rows while a reader walks its input, then freezes them into an <see cref="ImportResult{T}"/>.</summary>
/// <typeparam name="T">The type of an accepted item.</typeparam>
/// <remarks>Not thread-safe: one builder per import.</remarks>
public sealed class ImportResultBuilder<T>
{
    private readonly List<T> _accepted = [];
    private readonly List<RejectedRow> _rejected = [];

    /// <summary>How many items were accepted so far.</summary>
    public int AcceptedCount => _accepted.Count;

    /// <summary>How many rows were rejected so far.</summary>
    public int RejectedCount => _rejected.Count;

    /// <summary>Records an accepted item.</summary>
    /// <param name="item">The item.</param>
    public void Accept(T item) => _accepted.Add(item);

    /// <summary>Records a rejected row.</summary>
    /// <param name="line">The 1-based line number.</param>
    /// <param name="code">A stable code such as <c>score.out_of_range</c>.</param>
    /// <param name="reason">A readable reason naming the value and the rule.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="reason"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is not positive.</exception>
    public void Reject(int line, string code, string reason)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(line);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        _rejected.Add(new RejectedRow(line, code, reason));
    }

    /// <summary>Records a rejected row whose fault lies in one column.</summary>
    /// <param name="line">The 1-based physical line on which the row starts.</param>
    /// <param name="column">The column whose value was refused, or null for the row as a whole.</param>
    /// <param name="code">A stable code such as <c>amount.ambiguous</c>.</param>
    /// <param name="reason">A readable reason naming the value and the rule.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="reason"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is not positive.</exception>
    public void Reject(int line, string? column, string code, string reason)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(line);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        _rejected.Add(new RejectedRow(line, code, reason) { Column = column });
    }

    /// <summary>Records a rejected row.</summary>
    /// <param name="row">The rejected row.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public void Reject(RejectedRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _rejected.Add(row);
    }

    /// <summary>Freezes what was collected.</summary>
    /// <returns>The result; later calls on the builder do not change it.</returns>
    public ImportResult<T> Build() => new(_accepted.ToArray(), _rejected.ToArray());
}

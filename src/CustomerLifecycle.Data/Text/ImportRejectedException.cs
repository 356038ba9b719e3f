using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Data.Text;

/// <summary>
/// Thrown by a reader in strict mode (<see cref="TextTableOptions.Strict"/>) when any row was rejected: the message
/// gives the total and the first rejected row; <see cref="Rejected"/> lists them all.
/// </summary>
public sealed class ImportRejectedException : Exception
{
    /// <summary>Makes the exception.</summary>
    /// <param name="source">The source in messages.</param>
    /// <param name="rejected">The rejected rows (at least one).</param>
    /// <param name="rowCount">How many rows were read in all.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rejected"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rejected"/> is empty.</exception>
    public ImportRejectedException(string source, IReadOnlyList<RejectedRow> rejected, int rowCount)
        : base(Describe(source, rejected, rowCount))
    {
        Rejected = rejected;
        RowCount = rowCount;
    }

    /// <summary>Makes the exception with a generic message and no rows.</summary>
    public ImportRejectedException()
    {
        Rejected = [];
    }

    /// <summary>Makes the exception with a message and no rows.</summary>
    /// <param name="message">The message.</param>
    public ImportRejectedException(string message)
        : base(message)
    {
        Rejected = [];
    }

    /// <summary>Makes the exception with a message, its cause and no rows.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ImportRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Rejected = [];
    }

    /// <summary>Every rejected row, in source order.</summary>
    public IReadOnlyList<RejectedRow> Rejected { get; }

    /// <summary>How many rows were read in all.</summary>
    public int RowCount { get; }

    /// <summary>Throws when the options are strict and the result has a rejected row; otherwise returns the result.</summary>
    /// <typeparam name="T">The type of an accepted item.</typeparam>
    /// <param name="result">The import result.</param>
    /// <param name="options">The options the import ran with.</param>
    /// <param name="source">The source in messages.</param>
    /// <returns><paramref name="result"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static ImportResult<T> ThrowIfStrict<T>(ImportResult<T> result, TextTableOptions options, string source)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        return options.Strict && !result.IsClean ? throw new ImportRejectedException(source, result.Rejected, result.RowCount) : result;
    }

    private static string Describe(string source, IReadOnlyList<RejectedRow> rejected, int rowCount)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        ArgumentOutOfRangeException.ThrowIfZero(rejected.Count);
        var first = rejected[0];
        return $"{source}: {RejectionTotal.Describe(rejected.Count, rowCount)} in strict mode; first: line {first.Line}: {first.Reason} ({first.Code})";
    }
}

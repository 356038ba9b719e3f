namespace CustomerLifecycle.Parquet;

/// <summary>
/// Thrown when a Parquet file cannot be used at all: it is not Parquet or is cut short or corrupt, a required column is
/// missing, or a column holds a type its role cannot take (a list, a boolean where a date belongs). Rows whose values
/// break a rule are not this: they are rejected with their row number and reason, as the CSV readers reject lines.
/// </summary>
public sealed class ParquetInputException : Exception
{
    /// <summary>Makes the exception with a generic message.</summary>
    public ParquetInputException()
    {
    }

    /// <summary>Makes the exception.</summary>
    /// <param name="message">What is wrong, naming the source.</param>
    public ParquetInputException(string message)
        : base(message)
    {
    }

    /// <summary>Makes the exception with its cause.</summary>
    /// <param name="message">What is wrong, naming the source.</param>
    /// <param name="innerException">The failure of the Parquet library underneath.</param>
    public ParquetInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

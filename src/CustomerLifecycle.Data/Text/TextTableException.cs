namespace CustomerLifecycle.Data.Text;

/// <summary>
/// A text table that cannot be used at all: empty, no header row, a required column missing, a quoted field never
/// closed, bytes that are not text in the encoding. The message names the source and, where there is one, the line.
/// </summary>
public sealed class TextTableException : Exception
{
    /// <summary>Makes the exception.</summary>
    /// <param name="message">The message: one line, naming the source.</param>
    public TextTableException(string message)
        : base(message)
    {
    }

    /// <summary>Makes the exception with its cause.</summary>
    /// <param name="message">The message: one line, naming the source.</param>
    /// <param name="innerException">The cause.</param>
    public TextTableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Makes the exception with a generic message.</summary>
    public TextTableException()
    {
    }
}

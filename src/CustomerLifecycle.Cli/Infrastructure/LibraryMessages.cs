namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>The libraries' exception messages as one-line sentences for CLI users.</summary>
internal static class LibraryMessages
{
    /// <summary>
    /// The message on one line, without the " (Parameter 'name')" that <see cref="ArgumentException"/> appends: a C#
    /// parameter name means nothing to someone who wrote a CSV file.
    /// </summary>
    public static string Sentence(this Exception exception)
    {
        var message = exception is ArgumentException { ParamName: { } name }
            ? exception.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal)
            : exception.Message;
        return message.ReplaceLineEndings(" ");
    }
}

namespace CustomerLifecycle.Data;

/// <summary>How the readers quote a domain package's refusal in a rejection reason.</summary>
internal static class LibraryMessages
{
    /// <summary>The exception's message on one line, without the C# parameter name, which means nothing to someone who wrote a file.</summary>
    public static string Sentence(ArgumentException ex) =>
        (ex.ParamName is { } name ? ex.Message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal) : ex.Message).ReplaceLineEndings(" ");
}

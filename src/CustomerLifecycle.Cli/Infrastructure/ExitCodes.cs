namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>The process exit codes of <c>lifecycle</c>: part of its public contract.</summary>
internal static class ExitCodes
{
    /// <summary>The input was processed (even when some rows were rejected and reported).</summary>
    public const int Ok = 0;

    /// <summary>An unexpected failure inside the tool (a bug): reported in one line, never a stack trace.</summary>
    public const int InternalError = 1;

    /// <summary>Unusable input or usage: a missing file, a missing required column, a bad option value.</summary>
    public const int UnusableInput = 2;
}

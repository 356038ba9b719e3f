namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>
/// The input path <c>-</c>: standard input, for every command that reads a file. The readers read each input once, front
/// to back, so a pipe, <c>/dev/stdin</c> and a named FIFO work as well as a file; <c>-</c> is standard input's path on
/// Linux and macOS. The value of <c>-o</c>/<c>--output</c> is left as given.
/// </summary>
internal static class StandardInput
{
    /// <summary>The path that reads standard input where the system has one.</summary>
    public const string Path = "/dev/stdin";

    /// <summary>The arguments with each input given as <c>-</c> replaced by <see cref="Path"/> (on Linux and macOS).</summary>
    public static string[] Resolve(string[] args)
    {
        if (OperatingSystem.IsWindows() || Array.IndexOf(args, "-") < 0)
        {
            return args;
        }

        var resolved = (string[])args.Clone();
        for (var i = 0; i < resolved.Length; i++)
        {
            if (resolved[i] == "-" && (i == 0 || resolved[i - 1] is not ("-o" or "--output")))
            {
                resolved[i] = Path;
            }
        }

        return resolved;
    }
}

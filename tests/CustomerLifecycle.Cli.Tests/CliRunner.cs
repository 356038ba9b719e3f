using System.Text;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace CustomerLifecycle.Cli.Tests;

/// <summary>Runs the <c>lifecycle</c> entry point in-process with stdout and stderr captured.</summary>
/// <remarks>Console redirection is process-wide, so this assembly runs its tests one at a time.</remarks>
public static class CliRunner
{
    private static readonly Lock Gate = new();

    public static CliResult Run(params string[] args)
    {
        lock (Gate)
        {
            var (oldOut, oldErr) = (Console.Out, Console.Error);
            var (stdout, stderr) = (new StringWriter(new StringBuilder()), new StringWriter(new StringBuilder()));
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var code = Program.Main(args);
                return new CliResult(code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldErr);
            }
        }
    }

    /// <summary>Writes a temporary file with the given lines and returns its path; deleted when the test process ends.</summary>
    public static string TempFile(string name, params string[] lines)
    {
        var dir = Path.Combine(Path.GetTempPath(), "lifecycle-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

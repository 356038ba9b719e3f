using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>Rejected rows on stderr, one plain line each (never wrapped), shared by the clv commands.</summary>
internal static class Rejections
{
    public const int Shown = 20;

    public static void Warn(string path, IReadOnlyList<RejectedRow> rejected)
    {
        if (rejected.Count == 0)
        {
            return;
        }

        Console.Error.WriteLine($"{path}: {rejected.Count} {(rejected.Count == 1 ? "row" : "rows")} rejected");
        foreach (var r in rejected.Take(Shown))
        {
            Console.Error.WriteLine($"{path}: {ParquetFiles.Position(path)} {r.Line}: {r.Reason} ({r.Code})");
        }

        if (rejected.Count > Shown)
        {
            Console.Error.WriteLine($"{path}: … and {rejected.Count - Shown} more rejected rows");
        }
    }
}

using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>Rejected rows on stderr, one plain line each (never wrapped), shared by the clv commands.</summary>
internal static class Rejections
{
    public const int Shown = 20;

    /// <summary>
    /// Writes "path: N of M rows rejected (x %)" (or "N rows rejected" when the number of rows read is not known), then
    /// the first <see cref="Shown"/> rejected rows with line, reason and code, then how many more.
    /// </summary>
    public static void Warn(string path, IReadOnlyList<RejectedRow> rejected, int? rows = null)
    {
        if (rejected.Count == 0)
        {
            return;
        }

        Console.Error.WriteLine(rows is { } read
            ? $"{path}: {RejectionTotal.Describe(rejected.Count, read)}"
            : $"{path}: {rejected.Count} {(rejected.Count == 1 ? "row" : "rows")} rejected");
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

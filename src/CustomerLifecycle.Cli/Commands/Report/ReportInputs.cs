using CustomerLifecycle.Cli.Infrastructure;

namespace CustomerLifecycle.Cli.Commands.Report;

/// <summary>What a report input file holds, told by its file name.</summary>
internal enum ReportInputKind
{
    /// <summary>An NPS survey CSV (<c>nps*.csv</c>, <c>survey*.csv</c>).</summary>
    Survey,

    /// <summary>A CLV tracking CSV (<c>clv*.csv</c>, <c>tracking*.csv</c>).</summary>
    ClvTracking,
}

/// <summary>A classified input file.</summary>
internal sealed record ReportInput(ReportInputKind Kind, string Path);

/// <summary>Finds the report's inputs among files and folders by the file name convention documented in docs/report.md.</summary>
internal static class ReportInputs
{
    private static readonly (string Prefix, ReportInputKind Kind)[] Conventions =
    [
        ("nps", ReportInputKind.Survey),
        ("survey", ReportInputKind.Survey),
        ("clv", ReportInputKind.ClvTracking),
        ("tracking", ReportInputKind.ClvTracking),
    ];

    /// <summary>The kind of a file from its name (case-insensitive prefix of the name without extension), or null.</summary>
    public static ReportInputKind? KindOf(string path)
    {
        var name = System.IO.Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
        var extension = System.IO.Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".csv" or ".tsv" or ".txt" or ".json"))
        {
            return null;
        }

        foreach (var (prefix, kind) in Conventions)
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                return kind;
            }
        }

        return null;
    }

    /// <summary>
    /// The inputs: every recognised file directly in a folder (sorted by name, so the report is the same on every
    /// machine), and every file given by path, which must be recognised. Throws <see cref="UnusableInputException"/>
    /// for a missing path, an unrecognised file given by name, or no input at all.
    /// </summary>
    public static IReadOnlyList<ReportInput> Find(IReadOnlyList<string> paths)
    {
        var inputs = new List<ReportInput>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                inputs.AddRange(Directory.EnumerateFiles(path)
                    .Order(StringComparer.Ordinal)
                    .Select(f => (Kind: KindOf(f), Path: f))
                    .Where(f => f.Kind is not null)
                    .Select(f => new ReportInput(f.Kind!.Value, f.Path)));
            }
            else if (File.Exists(path))
            {
                var kind = KindOf(path) ?? throw new UnusableInputException(
                    $"{path}: cannot tell what this file holds from its name; name it nps*.csv, survey*.csv, clv*.csv or tracking*.csv (see docs/report.md)");
                inputs.Add(new ReportInput(kind, path));
            }
            else
            {
                throw new UnusableInputException($"{path}: no such file or folder");
            }
        }

        return inputs.Count > 0
            ? inputs.OrderBy(i => i.Kind).ToArray() // stable: sections by kind, then in the order found
            : throw new UnusableInputException($"no report input found in {string.Join(", ", paths)} (expected nps*.csv, survey*.csv, clv*.csv or tracking*.csv; see docs/report.md)");
    }
}

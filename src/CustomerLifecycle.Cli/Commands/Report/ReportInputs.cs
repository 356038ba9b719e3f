using CustomerLifecycle.Cli.Commands.Scorecard;
using CustomerLifecycle.Cli.Infrastructure;

namespace CustomerLifecycle.Cli.Commands.Report;

/// <summary>What a report input file holds, told by its file name.</summary>
internal enum ReportInputKind
{
    /// <summary>A scorecard's input (<c>activation*</c>, <c>lifecycle*</c>, <c>funnel*</c>, … as the scorecard kinds are named).</summary>
    Scorecard,

    /// <summary>An NPS survey CSV (<c>nps*.csv</c>, <c>survey*.csv</c>).</summary>
    Survey,

    /// <summary>A CLV tracking CSV (<c>clv*.csv</c>, <c>tracking*.csv</c>).</summary>
    ClvTracking,
}

/// <summary>A classified input file; <paramref name="Scorecard"/> is the scorecard kind of a <see cref="ReportInputKind.Scorecard"/> input.</summary>
internal sealed record ReportInput(ReportInputKind Kind, string Path, IScorecardKind? Scorecard = null);

/// <summary>Finds the report's inputs among files and folders by the file name convention documented in docs/report.md.</summary>
internal static class ReportInputs
{
    private static readonly (string Prefix, ReportInputKind Kind)[] Conventions =
    [
        .. ScorecardCommand.Kinds.Select(k => (k.Name, ReportInputKind.Scorecard)),
        ("nps", ReportInputKind.Survey),
        ("survey", ReportInputKind.Survey),
        ("clv", ReportInputKind.ClvTracking),
        ("tracking", ReportInputKind.ClvTracking),
    ];

    private static readonly string Expected = string.Join(", ", Conventions.Select(c => c.Prefix + "*"));

    /// <summary>The input a file is, from its name (case-insensitive prefix of the name without extension), or null.</summary>
    public static ReportInput? Classify(string path)
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
                return new ReportInput(kind, path, kind == ReportInputKind.Scorecard ? ScorecardCommand.Kinds.First(k => k.Name == prefix) : null);
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
                    .Select(Classify)
                    .OfType<ReportInput>());
            }
            else if (File.Exists(path))
            {
                inputs.Add(Classify(path) ?? throw new UnusableInputException(
                    $"{path}: cannot tell what this file holds from its name; name it {Expected} (.csv or .json; see docs/report.md)"));
            }
            else
            {
                throw new UnusableInputException($"{path}: no such file or folder");
            }
        }

        return inputs.Count > 0
            ? inputs.OrderBy(i => i.Kind).ThenBy(i => i.Scorecard is { } k ? IndexOf(k) : 0).ToArray() // stable: by kind, then as found
            : throw new UnusableInputException($"no report input found in {string.Join(", ", paths)} (expected {Expected}; see docs/report.md)");
    }

    private static int IndexOf(IScorecardKind kind)
    {
        for (var i = 0; i < ScorecardCommand.Kinds.Count; i++)
        {
            if (ReferenceEquals(ScorecardCommand.Kinds[i], kind))
            {
                return i;
            }
        }

        return -1;
    }
}

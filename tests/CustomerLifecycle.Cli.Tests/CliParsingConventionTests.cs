using System.Text.RegularExpressions;

namespace CustomerLifecycle.Cli.Tests;

/// <summary>
/// The CLI is a shell over the packages: no file of the tool parses numbers or CSV itself; every input is read by
/// CustomerLifecycle.Data.
/// </summary>
public partial class CliParsingConventionTests
{
    [Fact]
    public void No_command_holds_a_csv_reader_or_number_parsing()
    {
        var root = Path.Combine(RepositoryRoot(), "src", "CustomerLifecycle.Cli");
        var offenders = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(root, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .Where(f => Parsing().IsMatch(f.Text))
            .Select(f => $"{f.Path}: {Parsing().Match(f.Text).Value}")
            .ToArray();
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_convention_catches_parsing()
    {
        Assert.Matches(Parsing(), "var x = decimal.Parse(text);");
        Assert.Matches(Parsing(), "double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)");
        Assert.Matches(Parsing(), "using Sylvan.Data.Csv;");
        Assert.Matches(Parsing(), "CsvTable.Open(path)");
        Assert.DoesNotMatch(Parsing(), "TextTable.OpenFile(path, options)");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CustomerLifecycle.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("the repository root (CustomerLifecycle.sln) is not above the test binaries");
    }

    [GeneratedRegex(@"\b(?:double|decimal|int|long|float)\.(?:Try)?Parse\b|\bSylvan\b|\bCsvTable\.Open\b|\bLocalDatePattern\.[A-Za-z]+\.Parse\b")]
    private static partial Regex Parsing();
}

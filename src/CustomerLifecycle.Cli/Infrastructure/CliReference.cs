using System.CommandLine;
using System.Text;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>
/// The documentation page "The CLI" (docs/cli.md), generated from the command definitions: every command's help, in
/// the order of the command tree, after the rules every command shares. A test compares the page with this text.
/// </summary>
internal static class CliReference
{
    /// <summary>The environment variable that makes the drift test write the page instead of failing.</summary>
    public const string RegenerateVariable = "LIFECYCLE_REGENERATE_DOCS";

    /// <summary>The one command that regenerates the page.</summary>
    public const string RegenerateCommand = RegenerateVariable + "=1 dotnet test tests/CustomerLifecycle.Cli.Tests -c Release --filter Cli_page";

    /// <summary>The page's markdown, with Unix line endings.</summary>
    public static string Page(RootCommand root)
    {
        var sb = new StringBuilder();
        sb.Append("<!-- Generated from the command definitions of src/CustomerLifecycle.Cli; do not edit by hand.\n")
          .Append("     Regenerate after changing a command, an option or a description: ").Append(RegenerateCommand).Append(" -->\n")
          .Append("# The CLI\n\n")
          .Append("`lifecycle` runs every analysis of the library on files: survey answers, transaction logs, follow-up events\n")
          .Append("and metrics. Install it with `dotnet tool install -g CustomerLifecycle.Cli` (see the README for the local\n")
          .Append("feed of a release candidate), then start with `lifecycle demo`, a guided tour on embedded sample data.\n\n")
          .Append("## Rules every command shares\n\n")
          .Append("- **Input formats**: each command's arguments below name the columns it reads; every file format, with examples, is\n")
          .Append("  described in [Data files](data-files.md).\n")
          .Append("- **Time zone**: ").Append(CommonOptions.ZoneRule).Append(". A time stamp with an offset or a `Z` is read as written.\n")
          .Append("- **Output**: tables on a terminal fit its width; sent to a pipe or a file they keep their natural width (no\n")
          .Append("  wrapping at 80 columns). `--format tsv` prints every table as tab-separated values; `--json` (where offered)\n")
          .Append("  prints one JSON object instead. Tiny p-values print as `p < 0.0001`.\n")
          .Append("- **Exit codes**: 0 when the input was processed (rejected rows are listed with their line and reason), 2 for\n")
          .Append("  unusable input (one line on stderr), 1 for an internal error.\n")
          .Append("- `lifecycle --version` prints the package version; `--help` after any command prints the text below.\n")
          .Append("- **Native build**: `dotnet publish src/CustomerLifecycle.Cli -c Release -r linux-x64 -p:PublishAot=true -o <folder>`\n")
          .Append("  makes a native `lifecycle` (no .NET runtime needed, start-up in milliseconds) that prints the same bytes as the\n")
          .Append("  tool; keep the folder together (`libduckdb.so` serves `--engine duckdb`).\n");
        foreach (var path in Paths(root, []))
        {
            sb.Append("\n## lifecycle");
            foreach (var name in path)
            {
                sb.Append(' ').Append(name);
            }

            sb.Append("\n\n```text\n").Append(CliHelp.HelpText(root, [.. path]).ReplaceLineEndings("\n").Trim('\n')).Append("\n```\n");
        }

        return sb.ToString();
    }

    private static IEnumerable<string[]> Paths(Command command, string[] path)
    {
        yield return path;
        foreach (var sub in command.Subcommands.Where(c => !c.Hidden))
        {
            foreach (var p in Paths(sub, [.. path, sub.Name]))
            {
                yield return p;
            }
        }
    }
}

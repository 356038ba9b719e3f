using System.CommandLine;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>How the commands print their tables: drawn with box characters, or as tab-separated values.</summary>
internal enum TableFormat
{
    /// <summary>Tables drawn with box characters (the default).</summary>
    Table,

    /// <summary>Tab-separated values: a header line, then one line per row; nothing else of the table is drawn.</summary>
    Tsv,
}

/// <summary>The tool-wide <c>--format</c> option, accepted by every command.</summary>
internal static class TableFormatOption
{
    /// <summary>Creates the option; recursive, so every subcommand accepts it.</summary>
    public static Option<TableFormat> Create() => new("--format")
    {
        Description = "How tables are printed: table (drawn, the default) or tsv (tab-separated, for spreadsheets and scripts).",
        DefaultValueFactory = _ => TableFormat.Table,
        Recursive = true,
    };
}

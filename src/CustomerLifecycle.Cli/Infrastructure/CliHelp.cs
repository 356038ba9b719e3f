using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>
/// The tool's <c>--help</c> and <c>--version</c>. Help is System.CommandLine's, with one correction: a subcommand's
/// usage line and argument list no longer repeat its parent command's arguments (<c>lifecycle nps compare &lt;a&gt;
/// &lt;b&gt;</c>, not <c>lifecycle nps &lt;file&gt; compare …</c>). The version is the package version.
/// </summary>
internal static class CliHelp
{
    /// <summary>The package version of the tool, e.g. <c>1.0.0-rc.1</c> (the informational version without its build metadata).</summary>
    public static string PackageVersion
    {
        get
        {
            var informational = typeof(CliHelp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? typeof(CliHelp).Assembly.GetName().Version?.ToString(3)
                ?? "0.0.0";
            var plus = informational.IndexOf('+', StringComparison.Ordinal);
            return plus < 0 ? informational : informational[..plus];
        }
    }

    /// <summary>Replaces the actions of the root command's help and version options.</summary>
    public static void Install(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction help } helpOption)
            {
                helpOption.Action = new CorrectedHelpAction(help);
            }
            else if (option is VersionOption versionOption)
            {
                versionOption.Action = new PackageVersionAction();
            }
        }
    }

    /// <summary>The help text of the command of <paramref name="root"/> at <paramref name="path"/> (its names below the root), unwrapped.</summary>
    public static string HelpText(RootCommand root, params string[] path)
    {
        var parse = root.Parse([.. path, "--help"]);
        using var writer = new StringWriter();
        var help = root.Options.OfType<HelpOption>().Single();
        var action = help.Action as CorrectedHelpAction ?? new CorrectedHelpAction((HelpAction)help.Action!);
        action.Write(parse, writer, int.MaxValue);
        return writer.ToString();
    }

    /// <summary>
    /// Removes the parent commands' arguments from the usage line (the placeholders before the command's own name)
    /// and from the argument list.
    /// </summary>
    internal static string Correct(string help, Command command)
    {
        var inherited = command.Parents.OfType<Command>()
            .SelectMany(Ancestry)
            .SelectMany(c => c.Arguments)
            .Select(a => $"<{a.HelpName ?? a.Name}>")
            .ToHashSet(StringComparer.Ordinal);
        var lines = help.Split('\n').ToList();
        var usage = lines.FindIndex(l => l.TrimEnd('\r') == "Usage:");
        if (usage >= 0 && usage + 1 < lines.Count)
        {
            // The root's name is the executable's (a test host's in tests): the tool is always 'lifecycle'.
            var tokens = lines[usage + 1].TrimStart().Split(' ');
            tokens[0] = "lifecycle";
            var own = command is RootCommand ? 0 : Array.LastIndexOf(tokens, command.Name);
            var kept = tokens.Where((t, i) => i >= own || !IsPlaceholder(t, inherited));
            lines[usage + 1] = "  " + string.Join(' ', kept);
        }

        if (inherited.Count == 0)
        {
            return string.Join('\n', lines);
        }

        var section = lines.FindIndex(l => l.TrimEnd('\r') == "Arguments:");
        if (section >= 0)
        {
            var i = section + 1;
            var skipping = false;
            while (i < lines.Count && lines[i].Trim().Length > 0)
            {
                var starts = lines[i].StartsWith("  <", StringComparison.Ordinal);
                skipping = starts ? inherited.Any(p => lines[i].TrimStart().StartsWith(p + " ", StringComparison.Ordinal)) : skipping;
                if (skipping)
                {
                    lines.RemoveAt(i);
                }
                else
                {
                    i++;
                }
            }

            if (section + 1 >= lines.Count || lines[section + 1].Trim().Length == 0)
            {
                lines.RemoveAt(section);
                if (section < lines.Count && lines[section].Trim().Length == 0)
                {
                    lines.RemoveAt(section);
                }
            }
        }

        return string.Join('\n', lines);
    }

    private static IEnumerable<Command> Ancestry(Command command) =>
        [command, .. command.Parents.OfType<Command>().SelectMany(Ancestry)];

    private static bool IsPlaceholder(string token, HashSet<string> inherited) =>
        inherited.Contains(token.Trim('[', ']').Replace("...", string.Empty, StringComparison.Ordinal));

    /// <summary>System.CommandLine's help, corrected by <see cref="Correct"/>.</summary>
    private sealed class CorrectedHelpAction(HelpAction inner) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var output = parseResult.InvocationConfiguration.Output;
            Write(parseResult, output, inner.MaxWidth);
            return ExitCodes.Ok;
        }

        public void Write(ParseResult parseResult, TextWriter output, int maxWidth)
        {
            var configuration = parseResult.InvocationConfiguration;
            using var buffer = new StringWriter();
            var previous = (configuration.Output, inner.MaxWidth);
            configuration.Output = buffer;
            inner.MaxWidth = maxWidth;
            try
            {
                inner.Invoke(parseResult);
            }
            finally
            {
                configuration.Output = previous.Output;
                inner.MaxWidth = previous.MaxWidth;
            }

            output.Write(Correct(buffer.ToString(), parseResult.CommandResult.Command));
        }
    }

    /// <summary>Prints the package version (e.g. <c>1.0.0-rc.1</c>) without build metadata.</summary>
    private sealed class PackageVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(PackageVersion);
            return ExitCodes.Ok;
        }
    }
}

using System.CommandLine;

namespace CustomerLifecycle.Cli.Tests;

/// <summary>One option name means one thing: no command offers two options (its own or inherited) under the same name or alias.</summary>
public class OptionNameTests
{
    [Fact]
    public void No_command_has_two_options_with_the_same_name_or_alias()
    {
        var clashes = Commands(Program.BuildRootCommand(), [])
            .SelectMany(c => c.Options.Concat(c.Inherited)
                .SelectMany(o => o.Aliases.Append(o.Name).Distinct().Select(name => (Name: name, Option: o)))
                .GroupBy(x => x.Name)
                .Where(g => g.Select(x => x.Option).Distinct().Count() > 1)
                .Select(g => $"{c.Path}: {g.Key}"))
            .ToArray();

        Assert.Empty(clashes);
    }

    [Fact]
    public void Report_culture_is_the_language_and_numbers_take_a_decimal_separator()
    {
        var report = Program.BuildRootCommand().Subcommands.Single(c => c.Name == "report");

        Assert.Single(report.Options, o => o.Name == "--culture");
        Assert.Contains(report.Options, o => o.Name == "--decimal-separator");
    }

    private static IEnumerable<(string Path, IEnumerable<Option> Options, IEnumerable<Option> Inherited)> Commands(Command command, Option[] inherited)
    {
        var path = command.Parents.OfType<Command>().Any() ? command.Name : "lifecycle";
        yield return (path, command.Options, inherited);
        var passed = inherited.Concat(command.Options.Where(o => o.Recursive)).ToArray();
        foreach (var sub in command.Subcommands)
        {
            foreach (var c in Commands(sub, passed))
            {
                yield return c with { Path = $"{path} {c.Path}" };
            }
        }
    }
}

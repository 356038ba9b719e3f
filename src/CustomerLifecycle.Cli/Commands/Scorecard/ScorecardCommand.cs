using System.CommandLine;
using CustomerLifecycle.Cli.Infrastructure;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary><c>lifecycle scorecard activation|lifecycle|funnel|flywheel|value|quality &lt;input&gt; [--json] [--culture zh-CN|en]</c>.</summary>
internal static class ScorecardCommand
{
    /// <summary>The scorecard kinds, in the order of the help and of the demo.</summary>
    public static IReadOnlyList<IScorecardKind> Kinds { get; } =
    [
        new ActivationScorecardKind(),
        new LifecycleScorecardKind(),
        new FunnelScorecardKind(),
        new FlywheelScorecardKind(),
        new ValueScorecardKind(),
        new QualityScorecardKind(),
    ];

    public static Command Create()
    {
        var command = new Command("scorecard", "Band the after-sales dashboards from given metrics or events: activation, lifecycle, funnel, flywheel, value, quality.");
        foreach (var kind in Kinds)
        {
            command.Subcommands.Add(Create(kind));
        }

        return command;
    }

    private static Command Create(IScorecardKind kind)
    {
        var input = new Argument<string>("input") { Description = kind.InputDescription };
        var json = CommonOptions.Json();
        var culture = CultureOption.Create();
        var text = new TextInput();
        var command = new Command(kind.Name, kind.Description);
        command.Arguments.Add(input);
        command.Options.Add(json);
        command.Options.Add(culture);
        text.AddTo(command);
        var fleet = kind is QualityScorecardKind
            ? new Option<string?>("--fleet") { Description = "CSV of the units in the field (attribute columns, optional 'units' count) to count each signal's affected population." }
            : null;
        if (fleet is not null)
        {
            command.Options.Add(fleet);
        }

        command.SetAction(parse =>
        {
            var cultureInfo = CultureOption.Resolve(parse.GetValue(culture));
            var session = new ImportSession(text.Resolve(parse, NodaTime.DateTimeZone.Utc));
            var outcome = kind is QualityScorecardKind quality && fleet is not null
                ? quality.Compute(parse.GetValue(input)!, cultureInfo, parse.GetValue(fleet), session)
                : kind.Compute(parse.GetValue(input)!, cultureInfo, session);
            if (parse.GetValue(json))
            {
                Terminal.WriteRaw(CliJson.Serialize(outcome.Json));
            }
            else
            {
                ConsoleSection.Render(Terminal.Out, outcome.Section);
            }

            foreach (var r in outcome.Rejected)
            {
                Console.Error.WriteLine($"{outcome.Json.File}: line {r.Line}: {r.Reason} ({r.Code})");
            }

            session.WriteTotals();

            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.Globalization;
using CustomerLifecycle.Cli.Commands.Scorecard;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Demo;

/// <summary>A demo section showing one scorecard computed from <see cref="ScorecardDemoData"/>, drawn as on <c>lifecycle scorecard</c>.</summary>
internal sealed class ScorecardDemoSection(string title, string kind, string input, Func<CultureInfo, ScorecardOutcome> compute) : IDemoSection
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public string Title => title;

    public string TryNext => $"lifecycle scorecard {kind} {input}";

    /// <summary>Every scorecard section, in the order of <c>lifecycle scorecard</c>'s kinds.</summary>
    public static IReadOnlyList<IDemoSection> All() =>
    [
        new ScorecardDemoSection("Are first visits turning into loyal customers? Activation health from 100 first services", "activation", "metrics.csv", ScorecardDemoData.Activation),
        new ScorecardDemoSection("Where in the lifecycle are customers lost? A health assessment by stage", "lifecycle", "metrics.csv", ScorecardDemoData.Lifecycle),
        new ScorecardDemoSection("Which stage is worth improving? The AARRR funnel of 10,000 owners, and activation 70 % → 80 %", "funnel", "metrics.csv", ScorecardDemoData.Funnel),
        new ScorecardDemoSection("How fast do referrals compound? 100 core customers → 198 in a year", "flywheel", "metrics.csv", ScorecardDemoData.Flywheel),
        new ScorecardDemoSection("What does after-sales earn? The value dashboard, and a ¥1,150 rescue that returned 182×", "value", "metrics.csv", ScorecardDemoData.Value),
        new ScorecardDemoSection("Is this a batch problem? Five winter range drops in three weeks sharing a battery batch", "quality", "faults.csv", ScorecardDemoData.Quality),
    ];

    public void Render(IAnsiConsole console) => ConsoleSection.Render(console, compute(English).Section, withTitle: false);
}

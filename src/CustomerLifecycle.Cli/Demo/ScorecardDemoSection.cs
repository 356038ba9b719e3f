using System.Globalization;
using CustomerLifecycle.Cli.Commands.Scorecard;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Demo;

/// <summary>A demo section showing one scorecard computed from <see cref="ScorecardDemoData"/>, drawn as on <c>lifecycle scorecard</c>.</summary>
internal sealed class ScorecardDemoSection(string title, Func<CultureInfo, ScorecardOutcome> compute) : IDemoSection
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public string Title => title;

    /// <summary>Every scorecard section, in the order of <c>lifecycle scorecard</c>'s kinds.</summary>
    public static IReadOnlyList<IDemoSection> All() =>
    [
        new ScorecardDemoSection("Activation health dashboard — from 100 first services' events", ScorecardDemoData.Activation),
        new ScorecardDemoSection("Lifecycle health assessment", ScorecardDemoData.Lifecycle),
        new ScorecardDemoSection("AARRR funnel: 10,000 owners, and activation 70 % → 80 %", ScorecardDemoData.Funnel),
        new ScorecardDemoSection("Referral flywheel: 100 core customers → 198 in a year", ScorecardDemoData.Flywheel),
        new ScorecardDemoSection("After-sales value dashboard and referral ROI: ¥1,150 → ¥2.1M at 10 % ≈ 182×", ScorecardDemoData.Value),
        new ScorecardDemoSection("Quality signals: five winter range drops in three weeks sharing a batch", ScorecardDemoData.Quality),
    ];

    public void Render(IAnsiConsole console) => ConsoleSection.Render(console, compute(English).Section, withTitle: false);
}

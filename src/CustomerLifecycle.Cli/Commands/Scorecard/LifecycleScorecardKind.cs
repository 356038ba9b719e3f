using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Cli.Report;
using CustomerLifecycle.Core;
using CustomerLifecycle.Data.Scorecards;
using CustomerLifecycle.Scorecards.Lifecycle;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary><c>lifecycle scorecard lifecycle</c>: one after-sales network's lifecycle health assessment and its diagnosis.</summary>
internal sealed class LifecycleScorecardKind : IScorecardKind
{
    public static readonly MetricSpec[] Specs =
    [
        MetricSpec.Fraction("yearly_visit_rate", "acquisition: owners in the area who visit in a year"),
        MetricSpec.Nps("first_visit_nps", "activation: NPS after first services (optional)"),
        MetricSpec.Fraction("yearly_retention", "retention: customers back within the year"),
        MetricSpec.Fraction("value_added_penetration", "revenue: customers buying value-added services"),
        MetricSpec.Fraction("referral_rate", "referral: customers who refer"),
    ];

    public string Name => "lifecycle";

    public string Description => "Lifecycle health assessment (one after-sales network's practice): five stages in four bands and the diagnosis by the count of 'excellent'.";

    public string InputDescription => "Metrics file: CSV 'metric,value' or a JSON object; names: " + string.Join(", ", Specs.Select(s => s.Name)) + " (all but first_visit_nps required).";

    public ScorecardOutcome Compute(string path, CultureInfo culture, ImportSession session)
    {
        var file = MetricsFile.Read(path, Specs, session);
        var input = new LifecycleHealthInput(
            Fraction.From(file.Require("yearly_visit_rate")),
            file.ValueOf("first_visit_nps"),
            Fraction.From(file.Require("yearly_retention")),
            Fraction.From(file.Require("value_added_penetration")),
            Fraction.From(file.Require("referral_rate")));
        return Outcome(new LifecycleHealthAssessor().Evaluate(input, culture), path, culture, file.Import.Rejected);
    }

    /// <summary>The outcome of an assessment (also used by the demo).</summary>
    public static ScorecardOutcome Outcome(LifecycleHealthAssessment assessment, string path, CultureInfo culture, IReadOnlyList<Core.Import.RejectedRow> rejected) => new(
        ScorecardViews.Section(assessment.Scorecard, ReportText.For(culture), culture),
        ScorecardOutputJson.Create("lifecycle", path, assessment.Scorecard, new LifecycleDetailsJson(assessment.ExcellentCount, assessment.Diagnosis.ToString().ToLowerInvariant()), rejected),
        rejected);
}

/// <summary>The lifecycle assessment's own JSON details: how many stages are excellent and the diagnosis.</summary>
internal sealed record LifecycleDetailsJson(int ExcellentCount, string Diagnosis);

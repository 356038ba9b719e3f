using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Cli.Report;
using CustomerLifecycle.Core;
using CustomerLifecycle.Data.Scorecards;
using CustomerLifecycle.Scorecards.Activation;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary><c>lifecycle scorecard activation</c>: one after-sales network's activation health dashboard from given metrics.</summary>
internal sealed class ActivationScorecardKind : IScorecardKind
{
    public static readonly MetricSpec[] Specs =
    [
        MetricSpec.Nps("first_visit_nps", "NPS of the surveys after first services"),
        MetricSpec.Fraction("perfect_rate", "share of first-visit scores equal to 10"),
        MetricSpec.Fraction("callback_rate_24h", "first-time customers called back within 24 h"),
        MetricSpec.Fraction("retention_90d", "first-time customers back within 90 days"),
        MetricSpec.NonNegative("surprise_moments", "surprise moments per first-time customer"),
        MetricSpec.NonNegative("first_visit_responses", "sample size of the first-visit survey"),
        MetricSpec.NonNegative("callback_customers", "first-time customers due a callback"),
        MetricSpec.NonNegative("retention_cohort", "first-time customers whose 90 days are over"),
        MetricSpec.NonNegative("first_time_customers", "first-time customers"),
    ];

    public string Name => "activation";

    public string Description => "Activation health dashboard (one after-sales network's practice): first-visit NPS, perfect rate, 24 h callback rate, 90-day retention, surprise moments.";

    public string InputDescription => "Metrics file: CSV 'metric,value' or a JSON object; names: " + string.Join(", ", Specs.Select(s => s.Name)) + ". Missing metrics are undefined.";

    public ScorecardOutcome Compute(string path, CultureInfo culture, ImportSession session)
    {
        var file = MetricsFile.Read(path, Specs, session);
        var metrics = new ActivationMetrics
        {
            FirstVisitNps = file.ValueOf("first_visit_nps"),
            PerfectRate = FractionOf(file, "perfect_rate"),
            CallbackRate24h = FractionOf(file, "callback_rate_24h"),
            Retention90Days = FractionOf(file, "retention_90d"),
            SurpriseMomentsPerCustomer = file.ValueOf("surprise_moments"),
            FirstVisitResponses = CountOf(file, "first_visit_responses"),
            CallbackCustomers = CountOf(file, "callback_customers"),
            RetentionCohort = CountOf(file, "retention_cohort"),
            FirstTimeCustomers = CountOf(file, "first_time_customers"),
        };
        return Outcome(new ActivationDashboard().Evaluate(metrics, culture), path, culture, file.Import.Rejected);
    }

    /// <summary>The outcome of an evaluated dashboard (also used by the demo on its embedded metrics).</summary>
    public static ScorecardOutcome Outcome(Scorecards.Scorecard card, string path, CultureInfo culture, IReadOnlyList<Core.Import.RejectedRow> rejected) => new(
        ScorecardViews.Section(card, ReportText.For(culture), culture),
        ScorecardOutputJson.Create("activation", path, card, null, rejected),
        rejected);

    private static Fraction? FractionOf(MetricsFile file, string name) => file.ValueOf(name) is { } v ? Fraction.From(v) : null;

    private static long? CountOf(MetricsFile file, string name) => file.ValueOf(name) is { } v ? (long)Math.Round(v) : null;
}

using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scorecards;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary>The JSON of a banded metric: value, band key and localised name, rank (0 = best), band bounds, advice.</summary>
internal sealed record MetricJson(
    string Id,
    string Label,
    double? Value,
    string Unit,
    string? Band,
    string? BandName,
    int? Rank,
    double? BandLower,
    double? BandUpper,
    string Advice,
    long? SampleSize)
{
    public static MetricJson From(BandedMetric m) => new(
        m.MetricId,
        m.Label,
        NpsSummaryJson.Round(m.Value, 6),
        m.Unit switch
        {
            MetricUnit.Fraction => "fraction",
            MetricUnit.NpsPoints => "nps_points",
            MetricUnit.PerCustomer => "per_customer",
            _ => "number",
        },
        m.Band?.Key,
        m.BandName,
        m.Band?.Rank,
        m.Band is { } b && double.IsFinite(b.LowerBound) ? b.LowerBound : null,
        m.Band is { } u && double.IsFinite(u.UpperBound) ? u.UpperBound : null,
        m.Advice,
        m.SampleSize);
}

/// <summary>The JSON of a scorecard: its id, title, metrics and verdict.</summary>
internal sealed record ScorecardJson(string Scorecard, string Title, IReadOnlyList<MetricJson> Metrics, string? Verdict, string? VerdictText)
{
    public static ScorecardJson From(Scorecards.Scorecard card) => new(
        card.ScorecardId,
        card.Title,
        card.Metrics.Select(MetricJson.From).ToArray(),
        card.Verdict?.Key,
        card.Verdict?.Text);
}

/// <summary>The JSON every <c>lifecycle scorecard … --json</c> prints: the input, the scorecard (if any), the kind's own details, rejected rows.</summary>
internal sealed record ScorecardOutputJson(string Kind, string File, ScorecardJson? Scorecard, object? Details, IReadOnlyList<RejectedJson> Rejected)
{
    public static ScorecardOutputJson Create(string kind, string file, Scorecards.Scorecard? card, object? details, IEnumerable<RejectedRow> rejected) =>
        new(kind, file, card is null ? null : ScorecardJson.From(card), details, RejectedJson.From(rejected));
}

using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Cli.Commands.Nps;

/// <summary>The JSON shapes of <c>lifecycle nps</c> (snake_case on output). Field names are public contract.</summary>
internal sealed record NpsSummaryJson(
    long Responses,
    long Promoters,
    long Passives,
    long Detractors,
    double? Nps,
    double? CiLow,
    double? CiHigh,
    string Method,
    double Confidence,
    double? MarginOfError,
    double? StandardError,
    double? PerfectRate)
{
    public static NpsSummaryJson From(NpsEstimate e) => new(
        e.Tally.Total,
        e.Tally.Promoters,
        e.Tally.Passives,
        e.Tally.Detractors,
        Round(e.Nps),
        Round(e.Interval?.Low),
        Round(e.Interval?.High),
        MethodName(e.Method),
        e.ConfidenceLevel,
        Round(e.MarginOfError),
        Round(e.StandardError),
        Round(e.Tally.PerfectRate?.Value, 6));

    public static string MethodName(NpsIntervalMethod method) => method == NpsIntervalMethod.Wald ? "wald" : "adjusted_wald";

    public static double? Round(double? value, int digits = 4) => value is { } v ? Math.Round(v, digits) : null;
}

internal sealed record RejectedJson(int Line, string Code, string Reason)
{
    public static RejectedJson[] From(IEnumerable<RejectedRow> rows) => rows.Select(r => new RejectedJson(r.Line, r.Code, r.Reason)).ToArray();
}

internal sealed record NpsReportJson(
    string File,
    long Responses,
    long Promoters,
    long Passives,
    long Detractors,
    double? Nps,
    double? CiLow,
    double? CiHigh,
    string Method,
    double Confidence,
    double? MarginOfError,
    double? StandardError,
    double? PerfectRate,
    NpsSummaryJson FirstVisit,
    WeightedJson? Weighted,
    IReadOnlyList<SegmentJson>? Segments,
    IReadOnlyList<PeriodJson>? Trend,
    IReadOnlyList<RejectedJson> Rejected,
    long? TrendUndated = null);

internal sealed record WeightedJson(double? Nps, double? CiLow, double? CiHigh, double? EffectiveSampleSize, double TotalWeight);

internal sealed record SegmentJson(string? Key, NpsSummaryJson Summary);

internal sealed record PeriodJson(string Start, string End, NpsSummaryJson Summary);

internal sealed record NpsComparisonJson(
    double? Difference,
    double? CiLow,
    double? CiHigh,
    double? Z,
    double? PValue,
    double? StandardError,
    bool Significant,
    double? MinimumDetectableDifference,
    string Method,
    double Confidence,
    NpsSummaryJson A,
    NpsSummaryJson B,
    IReadOnlyList<RejectedJson> RejectedA,
    IReadOnlyList<RejectedJson> RejectedB);

using System.Globalization;
using CustomerLifecycle.Scorecards;

namespace CustomerLifecycle.Cli.Report;

/// <summary>Turns the library's scorecards into the report's view models: rows with band badges and band-position charts.</summary>
internal static class ScorecardViews
{
    /// <summary>The report section of a scorecard.</summary>
    public static ReportSection Section(Scorecard card, ReportText text, CultureInfo culture, IEnumerable<ReportBlock>? extra = null) =>
        new(card.Title, [Block(card, text, culture), .. extra ?? []]);

    /// <summary>The scorecard table with one band-position chart per defined metric.</summary>
    public static ScorecardBlock Block(Scorecard card, ReportText text, CultureInfo culture) => new(
        card.Metrics.Select(m => new ScorecardRow(
            m.Label,
            FormatValue(m.Value, m.Unit),
            m.BandName,
            m.Band is { } b ? Tone(b, m.Scale.Bands.Count) : ReportTone.Neutral,
            Position(m, culture),
            m.Advice)).ToArray(),
        card.Verdict?.Text,
        VerdictTone(card),
        new ScorecardHeadings(text.Metric, text.Value, text.Band, text.Position));

    /// <summary>A value as shown in tables: NPS points and numbers with one decimal, fractions as percentages, a dash when undefined.</summary>
    public static string FormatValue(double? value, MetricUnit unit) => value switch
    {
        null => "—",
        { } v when unit == MetricUnit.Fraction => (v * 100d).ToString("0.0", CultureInfo.InvariantCulture) + " %",
        { } v => v.ToString("0.0#", CultureInfo.InvariantCulture),
    };

    /// <summary>The tone of a band by its rank (0 = best): best, worst, and for the ones between good then fair.</summary>
    public static ReportTone Tone(Band band, int count) => band.IsBest ? ReportTone.Best
        : band.IsWorst ? ReportTone.Poor
        : band.Rank == 1 && count > 3 ? ReportTone.Good
        : ReportTone.Fair;

    /// <summary>The band-position chart of a metric, on an axis around the band thresholds that always shows the value.</summary>
    public static BandPositionChart Position(BandedMetric metric, CultureInfo culture)
    {
        var scale = metric.Scale;
        var (min, max) = AxisOf(scale, metric.Value);
        var bands = scale.Bands
            .Select(b => new BandSpan(ScorecardText.BandName(b.Key, culture), Math.Max(b.LowerBound, min), Math.Min(b.UpperBound, max), Tone(b, scale.Bands.Count)))
            .Where(b => b.To > b.From)
            .ToArray();
        return new BandPositionChart(metric.Label, bands, metric.Value, min, max, metric.Unit == MetricUnit.Fraction ? ValueFormat.Percent : ValueFormat.Number);
    }

    /// <summary>
    /// The displayed axis: the inner thresholds plus their span on each side (at least 1 unit, or 0.1 for fractions),
    /// widened to include the value, and never beyond the scale's own domain.
    /// </summary>
    internal static (double Min, double Max) AxisOf(BandScale scale, double? value)
    {
        var thresholds = scale.Bands.Skip(1).Select(b => b.LowerBound).ToArray();
        var (lo, hi) = (thresholds.Min(), thresholds.Max());
        var pad = Math.Max(hi - lo, scale.Maximum <= 1d && scale.Minimum >= 0d ? 0.1 : 1d);
        var (min, max) = (lo - pad, hi + pad);
        if (value is { } v && double.IsFinite(v))
        {
            min = Math.Min(min, v - (pad / 4d));
            max = Math.Max(max, v + (pad / 4d));
        }

        return (Math.Max(min, scale.Minimum), Math.Min(max, scale.Maximum));
    }

    private static ReportTone VerdictTone(Scorecard card)
    {
        var defined = card.Metrics.Where(m => m.Band is not null).ToArray();
        if (card.Verdict is null || defined.Length == 0)
        {
            return ReportTone.Neutral;
        }

        var best = defined.Count(m => m.Band!.IsBest);
        var worst = defined.Count(m => m.Band!.IsWorst);
        return best == defined.Length ? ReportTone.Best : worst > 0 ? (best == 0 ? ReportTone.Poor : ReportTone.Fair) : ReportTone.Good;
    }
}

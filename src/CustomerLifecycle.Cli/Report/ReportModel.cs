namespace CustomerLifecycle.Cli.Report;

/// <summary>How good a band is, from the reader's point of view; it picks the colour of a band or a verdict.</summary>
internal enum ReportTone
{
    /// <summary>No judgement (a plain figure).</summary>
    Neutral,

    /// <summary>The best band ("excellent").</summary>
    Best,

    /// <summary>A good band.</summary>
    Good,

    /// <summary>An acceptable band ("pass").</summary>
    Fair,

    /// <summary>The worst band ("danger").</summary>
    Poor,
}

/// <summary>A whole report: a title and its sections, rendered by <see cref="HtmlReport"/> into one self-contained HTML page.</summary>
/// <param name="Title">The page title.</param>
/// <param name="Language">The BCP 47 language of the labels (<c>en</c>, <c>zh-CN</c>).</param>
/// <param name="Subtitle">A line under the title (data sources), or null.</param>
/// <param name="Sections">The sections in order.</param>
internal sealed record ReportDocument(string Title, string Language, string? Subtitle, IReadOnlyList<ReportSection> Sections);

/// <summary>A section of the report: a heading and blocks.</summary>
internal sealed record ReportSection(string Title, IReadOnlyList<ReportBlock> Blocks);

/// <summary>A piece of a section: a paragraph, a scorecard table or a chart.</summary>
internal abstract record ReportBlock;

/// <summary>A paragraph of text.</summary>
internal sealed record ParagraphBlock(string Text, ReportTone Tone = ReportTone.Neutral) : ReportBlock;

/// <summary>A scorecard: one row per metric with its value, band and band-position chart; an optional verdict under it.</summary>
internal sealed record ScorecardBlock(IReadOnlyList<ScorecardRow> Rows, string? Verdict, ReportTone VerdictTone, ScorecardHeadings Headings) : ReportBlock;

/// <summary>The column headings of a scorecard table (localised by the caller).</summary>
internal sealed record ScorecardHeadings(string Metric, string Value, string Band, string Position);

/// <summary>A scorecard row.</summary>
/// <param name="Metric">The metric's label.</param>
/// <param name="Value">The value as displayed (e.g. <c>87.0</c>, <c>42.0 %</c>), or a dash when undefined.</param>
/// <param name="Band">The band's label, or null when the value is undefined.</param>
/// <param name="Tone">The band's tone.</param>
/// <param name="Position">The band-position chart, or null when there is nothing to place.</param>
/// <param name="Note">Advice or detail under the row, or null.</param>
internal sealed record ScorecardRow(string Metric, string Value, string? Band, ReportTone Tone, BandPositionChart? Position, string? Note = null);

/// <summary>A generic table of text cells (first row of <paramref name="Header"/> as column headings).</summary>
internal sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) : ReportBlock;

/// <summary>A chart block.</summary>
internal sealed record ChartBlock(Chart Chart) : ReportBlock;

/// <summary>A chart view model; <see cref="SvgCharts"/> draws it as inline SVG.</summary>
/// <param name="Title">The chart's accessible title (the SVG <c>title</c> element).</param>
internal abstract record Chart(string Title);

/// <summary>Funnel bars: one horizontal bar per stage, width proportional to the count, with the step conversion.</summary>
/// <param name="Title">The title.</param>
/// <param name="Stages">The stages, top to bottom.</param>
/// <param name="Bottleneck">The index of the stage whose step conversion is the bottleneck, or null.</param>
internal sealed record FunnelChart(string Title, IReadOnlyList<FunnelStageView> Stages, int? Bottleneck) : Chart(Title);

/// <summary>A stage of a funnel chart.</summary>
/// <param name="Label">The stage's name.</param>
/// <param name="Count">The count (non-negative).</param>
/// <param name="Conversion">The conversion from the previous stage in [0, 1], or null for the first stage.</param>
internal sealed record FunnelStageView(string Label, double Count, double? Conversion);

/// <summary>A value marker over coloured bands (a bullet graph without a target).</summary>
/// <param name="Title">The title.</param>
/// <param name="Bands">Contiguous bands in ascending value order.</param>
/// <param name="Value">The value to mark, or null when undefined (no marker).</param>
/// <param name="Min">The left end of the axis.</param>
/// <param name="Max">The right end of the axis (greater than <paramref name="Min"/>).</param>
/// <param name="Format">Formats an axis or value label (e.g. percent).</param>
internal sealed record BandPositionChart(string Title, IReadOnlyList<BandSpan> Bands, double? Value, double Min, double Max, ValueFormat Format) : Chart(Title);

/// <summary>One coloured band on a band-position chart, from <paramref name="From"/> (inclusive) to <paramref name="To"/>.</summary>
internal sealed record BandSpan(string Label, double From, double To, ReportTone Tone);

/// <summary>How a chart prints values.</summary>
internal enum ValueFormat
{
    /// <summary>A plain number with up to one decimal.</summary>
    Number,

    /// <summary>A fraction in [0, 1] printed as a percentage.</summary>
    Percent,
}

/// <summary>NPS per period with its confidence band.</summary>
/// <param name="Title">The title.</param>
/// <param name="Points">The periods in time order.</param>
/// <param name="ConfidenceLabel">The legend of the band, e.g. "95 % interval".</param>
internal sealed record NpsTrendChart(string Title, IReadOnlyList<NpsTrendPointView> Points, string ConfidenceLabel) : Chart(Title);

/// <summary>A period of an NPS trend chart; <paramref name="Nps"/> null when the period has no responses.</summary>
internal sealed record NpsTrendPointView(string Label, double? Nps, double? Low, double? High, long Responses);

/// <summary>Expected against actual cumulative repeat transactions per period (a CLV model's tracking plot).</summary>
/// <param name="Title">The title.</param>
/// <param name="Points">The periods in time order.</param>
/// <param name="HoldoutStart">The index of the first hold-out period (a vertical line), or null.</param>
/// <param name="ActualLabel">The legend of the actual line.</param>
/// <param name="ExpectedLabel">The legend of the expected line.</param>
internal sealed record ClvTrackingChart(string Title, IReadOnlyList<ClvTrackingPointView> Points, int? HoldoutStart, string ActualLabel, string ExpectedLabel) : Chart(Title);

/// <summary>A period of a CLV tracking plot: cumulative repeat transactions, actual and expected.</summary>
internal sealed record ClvTrackingPointView(string Label, double Actual, double Expected);

/// <summary>A table whose cells may be marked as the best of their column (model comparison).</summary>
/// <param name="Header">The column headings.</param>
/// <param name="Rows">The rows of cells.</param>
/// <param name="BestLabel">The words read out for a marked cell (the mark itself is a star).</param>
internal sealed record MarkedTableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<MarkedCell>> Rows, string BestLabel) : ReportBlock;

/// <summary>A cell of a <see cref="MarkedTableBlock"/>: its text, whether it is a number, and whether it is the best of its column.</summary>
internal sealed record MarkedCell(string Text, bool Numeric = false, bool Best = false);

/// <summary>Several lines over shared period labels (actual and each model's expectation), with an optional hold-out mark.</summary>
/// <param name="Title">The title.</param>
/// <param name="Labels">The x labels in order.</param>
/// <param name="HoldoutStart">The index of the first hold-out period (a vertical line), or null.</param>
/// <param name="Series">The lines; each has one value per label. The first is drawn solid (actual), the rest dashed (models).</param>
internal sealed record LineSeriesChart(string Title, IReadOnlyList<string> Labels, int? HoldoutStart, IReadOnlyList<ChartSeries> Series) : Chart(Title);

/// <summary>Grouped bars: per label, one bar for each series (actual, then each model's expectation).</summary>
/// <param name="Title">The title.</param>
/// <param name="Labels">The group labels (bins) in order.</param>
/// <param name="Series">The bar series; each has one value per label.</param>
internal sealed record GroupedBarChart(string Title, IReadOnlyList<string> Labels, IReadOnlyList<ChartSeries> Series) : Chart(Title);

/// <summary>A named series of a chart: one finite value per label.</summary>
internal sealed record ChartSeries(string Label, IReadOnlyList<double> Values);

using CustomerLifecycle.Cli.Report;

namespace CustomerLifecycle.Cli.Tests.Report;

/// <summary>Small view models for the renderer tests, with the seed 003 funnel and seed 001 bands.</summary>
internal static class ReportSamples
{
    public static readonly BandSpan[] NpsBands =
    [
        new("danger", -100, 75, ReportTone.Poor),
        new("pass", 75, 85, ReportTone.Fair),
        new("excellent", 85, 100, ReportTone.Best),
    ];

    public static FunnelChart Funnel() => new(
        "AARRR funnel",
        [
            new("Acquisition", 3500, null),
            new("Activation", 2450, 0.70),
            new("Retention", 1470, 0.60),
            new("Revenue", 441, 0.30),
            new("Referral", 66, 0.15),
        ],
        Bottleneck: 4);

    public static BandPositionChart FirstVisitNps(double? value) => new("first-visit NPS", NpsBands, value, 50, 100, ValueFormat.Number);

    public static NpsTrendChart Trend() => new(
        "NPS by week",
        [
            new("2026-03-02", 66, 55, 76, 100),
            new("2026-03-09", 70, 60, 79, 100),
            new("2026-03-16", null, null, null, 0),
            new("2026-03-23", 75, 66, 83, 100),
            new("2026-03-30", 78, 70, 85, 100),
        ],
        "95 % interval");

    public static ClvTrackingChart Tracking() => new(
        "Repeat transactions",
        [new("w1", 10, 11), new("w2", 25, 23), new("w3", 41, 37), new("w4", 50, 52)],
        HoldoutStart: 2,
        "actual",
        "expected (BG/NBD)");

    public static ReportDocument Document(string customerName = "Li Wei") => new(
        "Service centre report",
        "en",
        $"sample for {customerName}",
        [
            new ReportSection(
                "Activation health",
                [
                    new ScorecardBlock(
                        [
                            new ScorecardRow("first-visit NPS", "87.0", "excellent", ReportTone.Best, FirstVisitNps(87), $"customer {customerName}"),
                            new ScorecardRow("perfect rate", "—", null, ReportTone.Neutral, null),
                        ],
                        "3 of 5 excellent",
                        ReportTone.Good,
                        new ScorecardHeadings("metric", "value", "band", "position")),
                ]),
            new ReportSection(
                "Charts",
                [
                    new ChartBlock(Funnel()),
                    new ChartBlock(Trend()),
                    new ChartBlock(Tracking()),
                    new TableBlock(["customer", "visits"], [[customerName, "3"]]),
                    new ParagraphBlock($"Note about {customerName}"),
                ]),
        ]);
}

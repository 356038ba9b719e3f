using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Cli.Report;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Scorecards;
using CustomerLifecycle.Scorecards.Funnel;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary><c>lifecycle scorecard funnel</c>: one after-sales network's AARRR funnel from stage rates or counts, with what-ifs.</summary>
internal sealed class FunnelScorecardKind : IScorecardKind
{
    private static readonly FunnelStage[] Stages = Enum.GetValues<FunnelStage>();

    public static readonly MetricSpec[] Specs =
    [
        // Whole customers, at most 10^15 (far above any population), so that counts times a ticket stay within decimal and long.
        new MetricSpec("population", 1d, 1e15, "owners in the area (the funnel's top)"),
        .. Stages.Select(s => MetricSpec.Fraction(Key(s), $"{Key(s)} rate: share of the previous stage that goes on")),
        .. Stages.Select(s => new MetricSpec(Key(s) + "_count", 0d, 1e15, $"customers who reached {Key(s)} (instead of rates)")),
        .. Stages.Select(s => MetricSpec.Fraction("what_if_" + Key(s), $"what if the {Key(s)} rate were this")),
        MetricSpec.NonNegative("average_ticket", "average value-added ticket in CNY (default 3,500)"),
        MetricSpec.NonNegative("new_customers_per_referrer", "new customers per referrer (default 1.5)"),
    ];

    public string Name => "funnel";

    public string Description => "AARRR funnel (one after-sales network's practice): counts per stage, conversion, bottleneck, core customers and revenue, and what-ifs.";

    public string InputDescription => "Metrics file: population and either the five stage rates (acquisition, activation, retention, revenue, referral) or the five <stage>_count; optional what_if_<stage>, average_ticket, new_customers_per_referrer.";

    public ScorecardOutcome Compute(string path, CultureInfo culture, ImportSession session)
    {
        var file = MetricsFile.Read(path, Specs, session);
        var options = new FunnelOptions();
        if (file.ValueOf("average_ticket") is { } ticket)
        {
            options.AverageTicket = Money.From((decimal)ticket, "CNY");
        }

        if (file.ValueOf("new_customers_per_referrer") is { } perReferrer)
        {
            options.NewCustomersPerReferrer = perReferrer;
        }

        var analyzer = new FunnelAnalyzer(options);
        var population = (long)Math.Round(file.Require("population"));
        FunnelReport report;
        FunnelRates? rates = null;
        if (Stages.Any(s => file.ValueOf(Key(s) + "_count") is not null))
        {
            var counts = Stages.Select(s => (long)Math.Round(file.Require(Key(s) + "_count"))).ToArray();
            report = Guarded(() => analyzer.FromCounts(population, counts), path);
            rates = new FunnelRates(report.Stages[0].Conversion ?? Fraction.Zero, report.Stages[1].Conversion ?? Fraction.Zero, report.Stages[2].Conversion ?? Fraction.Zero, report.Stages[3].Conversion ?? Fraction.Zero, report.Stages[4].Conversion ?? Fraction.Zero);
        }
        else
        {
            rates = new FunnelRates(
                Fraction.From(file.Require("acquisition")),
                Fraction.From(file.Require("activation")),
                Fraction.From(file.Require("retention")),
                Fraction.From(file.Require("revenue")),
                Fraction.From(file.Require("referral")));
            report = analyzer.Project(population, rates);
        }

        var whatIfs = Stages
            .Where(s => file.ValueOf("what_if_" + Key(s)) is not null)
            .Select(s => analyzer.WhatIf(population, rates, s, Fraction.From(file.ValueOf("what_if_" + Key(s))!.Value)))
            .ToArray();
        return Outcome(report, whatIfs, path, culture, file.Import.Rejected);
    }

    /// <summary>The outcome of a funnel and its what-ifs (also used by the demo).</summary>
    public static ScorecardOutcome Outcome(FunnelReport report, IReadOnlyList<FunnelWhatIf> whatIfs, string path, CultureInfo culture, IReadOnlyList<RejectedRow> rejected)
    {
        var zh = CultureOption.IsChinese(culture);
        var names = Stages.Select(s => StageName(s, zh)).ToArray();
        var blocks = new List<ReportBlock>
        {
            new ChartBlock(new FunnelChart(
                zh ? "AARRR 漏斗" : "AARRR funnel",
                report.Stages.Select(s => new FunnelStageView(names[(int)s.Stage], s.Count, s.Conversion?.Value)).ToArray(),
                report.Bottleneck is { } b ? (int)b : null)),
            new TableBlock(
                zh ? ["阶段", "人数", "转化率", "流失"] : ["stage", "count", "conversion", "lost"],
                [
                    [zh ? "车主总数" : "population", ScorecardFormat.Count(report.Population), string.Empty, string.Empty],
                    .. report.Stages.Select(s => (IReadOnlyList<string>)[names[(int)s.Stage], ScorecardFormat.Count(s.Count), s.Conversion?.ToPercentString() ?? "—", ScorecardFormat.Count(s.Lost)]),
                ]),
            new ParagraphBlock(zh
                ? $"核心客户 {ScorecardFormat.Count(report.CoreCustomers)}，核心收入 {ScorecardFormat.Amount(report.CoreRevenue)}，带来新客户 {report.NewCustomers:0.#}；瓶颈：{(report.Bottleneck is { } b1 ? names[(int)b1] : "—")}"
                : $"core customers {ScorecardFormat.Count(report.CoreCustomers)}, core revenue {ScorecardFormat.Amount(report.CoreRevenue)}, new customers {report.NewCustomers.ToString("0.#", CultureInfo.InvariantCulture)}; bottleneck: {(report.Bottleneck is { } b2 ? names[(int)b2] : "—")}"),
        };
        foreach (var w in whatIfs)
        {
            blocks.Add(new ParagraphBlock(
                zh
                    ? $"假设{names[(int)w.Stage]}率 {w.Before[w.Stage].Conversion?.ToPercentString()} → {w.After[w.Stage].Conversion?.ToPercentString()}：核心客户 {w.Before.CoreCustomers} → {w.After.CoreCustomers}（{ScorecardFormat.Change(w.CoreLift)}），收入 {ScorecardFormat.Amount(w.Before.CoreRevenue)} → {ScorecardFormat.Amount(w.After.CoreRevenue)}"
                    : $"what if {names[(int)w.Stage]} {w.Before[w.Stage].Conversion?.ToPercentString()} → {w.After[w.Stage].Conversion?.ToPercentString()}: core customers {w.Before.CoreCustomers} → {w.After.CoreCustomers} ({ScorecardFormat.Change(w.CoreLift)}), revenue {ScorecardFormat.Amount(w.Before.CoreRevenue)} → {ScorecardFormat.Amount(w.After.CoreRevenue)}",
                ReportTone.Good));
        }

        var json = new FunnelDetailsJson(
            report.Population,
            report.Stages.Select(s => new FunnelStageJson(Key(s.Stage), s.Count, s.Conversion?.Value, s.Lost)).ToArray(),
            report.CoreCustomers,
            report.CoreRevenue.Amount,
            report.CoreRevenue.Currency,
            report.NewCustomers,
            report.Bottleneck is { } b3 ? Key(b3) : null,
            whatIfs.Select(w => new FunnelWhatIfJson(Key(w.Stage), w.After[w.Stage].Conversion?.Value, w.Before.CoreCustomers, w.After.CoreCustomers, w.CoreLift, w.Before.CoreRevenue.Amount, w.After.CoreRevenue.Amount)).ToArray());
        return new ScorecardOutcome(
            new ReportSection(zh ? "AARRR 生命周期漏斗" : "AARRR lifecycle funnel", blocks),
            ScorecardOutputJson.Create("funnel", path, null, json, rejected),
            rejected);
    }

    private static FunnelReport Guarded(Func<FunnelReport> compute, string path)
    {
        try
        {
            return compute();
        }
        catch (ArgumentException ex)
        {
            throw new UnusableInputException($"{path}: {ex.Sentence()}", ex);
        }
    }

    private static string Key(FunnelStage stage) => stage.ToString().ToLowerInvariant();

    private static string StageName(FunnelStage stage, bool zh) => (stage, zh) switch
    {
        (FunnelStage.Acquisition, true) => "获客",
        (FunnelStage.Activation, true) => "激活",
        (FunnelStage.Retention, true) => "留存",
        (FunnelStage.Revenue, true) => "收入",
        (FunnelStage.Referral, true) => "推荐",
        _ => stage.ToString(),
    };
}

/// <summary>The funnel's JSON details.</summary>
internal sealed record FunnelDetailsJson(long Population, IReadOnlyList<FunnelStageJson> Stages, long CoreCustomers, decimal CoreRevenue, string Currency, double NewCustomers, string? Bottleneck, IReadOnlyList<FunnelWhatIfJson> WhatIfs);

/// <summary>A funnel stage in JSON.</summary>
internal sealed record FunnelStageJson(string Stage, long Count, double? Conversion, long Lost);

/// <summary>A what-if in JSON.</summary>
internal sealed record FunnelWhatIfJson(string Stage, double? NewRate, long CoreCustomersBefore, long CoreCustomersAfter, double? CoreLift, decimal CoreRevenueBefore, decimal CoreRevenueAfter);

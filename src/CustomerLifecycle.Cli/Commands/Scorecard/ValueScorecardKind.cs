using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Cli.Report;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Scorecards;
using CustomerLifecycle.Scorecards.Value;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary><c>lifecycle scorecard value</c>: one after-sales network's value dashboard (cost next to value) and the referral ROI.</summary>
internal sealed class ValueScorecardKind : IScorecardKind
{
    private const string Currency = "CNY";

    /// <summary>The dashboard rows a file may give, in display order (one after-sales network's table).</summary>
    private static readonly string[] LineKeys = ["recall_avoided", "repurchase", "promoters", "ltv_protected"];

    public static readonly MetricSpec[] Specs =
    [
        .. LineKeys.SelectMany(k => new[]
        {
            MetricSpec.NonNegative(k + "_cost", $"{k}: the cost figure in CNY (optional: a cost that is not money)"),
            MetricSpec.NonNegative(k + "_value", $"{k}: the value it created in CNY"),
        }),
        MetricSpec.NonNegative("referral_cost", "referral ROI: what the gesture cost in CNY (> 0)"),
        MetricSpec.NonNegative("referred_purchases", "referral ROI: the purchases it led to in CNY"),
        MetricSpec.Fraction("net_margin", "referral ROI: net margin on those purchases (10% in one after-sales network's practice)"),
    ];

    public string Name => "value";

    public string Description => "After-sales value dashboard (one after-sales network's practice): each cost next to the value it created, totals, multiples; and a referral's ROI (¥1,150 → ¥2.1M at 10 % ≈ 182×).";

    public string InputDescription => "Metrics file in CNY: <row>_value and optional <row>_cost for rows " + string.Join(", ", LineKeys) + "; and/or referral_cost, referred_purchases, net_margin (all three).";

    public ScorecardOutcome Compute(string path, CultureInfo culture, ImportSession session)
    {
        var file = MetricsFile.Read(path, Specs, session);
        try
        {
            var lines = new List<ValueLine>();
            foreach (var key in LineKeys)
            {
                var cost = file.ValueOf(key + "_cost");
                var value = file.ValueOf(key + "_value");
                if (value is { } v)
                {
                    lines.Add(new ValueLine(key, cost is { } c ? Cny(c) : null, Cny(v)));
                }
                else if (cost is not null)
                {
                    throw new UnusableInputException($"{path}: {key}_cost is given without {key}_value (add a row '{key}_value,<amount>')");
                }
            }

            string[] roiNames = ["referral_cost", "referred_purchases", "net_margin"];
            ReferralRoi? roi = null;
            if (roiNames.Any(n => file.ValueOf(n) is not null))
            {
                roi = ReferralRoi.Compute(Cny(file.Require("referral_cost")), Cny(file.Require("referred_purchases")), Fraction.From(file.Require("net_margin")));
            }

            if (lines.Count == 0 && roi is null)
            {
                throw new UnusableInputException($"{path}: no value figures (give <row>_value rows or referral_cost, referred_purchases and net_margin)");
            }

            return Outcome(lines.Count > 0 ? new ValueDashboard(lines) : null, roi, path, culture, file.Import.Rejected);
        }
        catch (ArgumentException ex)
        {
            throw new UnusableInputException($"{path}: {ex.Sentence()}", ex);
        }
    }

    /// <summary>The outcome of a dashboard and/or a referral ROI (also used by the demo); at least one is given.</summary>
    public static ScorecardOutcome Outcome(ValueDashboard? dashboard, ReferralRoi? roi, string path, CultureInfo culture, IReadOnlyList<RejectedRow> rejected)
    {
        var zh = CultureOption.IsChinese(culture);
        var blocks = new List<ReportBlock>();
        if (dashboard is not null)
        {
            blocks.Add(new TableBlock(
                zh ? ["成本", "金额", "创造的价值", "金额", "倍数"] : ["cost", "amount", "value created", "amount", "multiple"],
                [
                    .. dashboard.Lines.Select(l => (IReadOnlyList<string>)[l.CostLabel(culture), l.Cost is { } c ? ScorecardFormat.Amount(c) : "—", l.ValueLabel(culture), ScorecardFormat.Amount(l.ValueCreated), Multiple(l.Multiple)]),
                    [zh ? "合计" : "total", ScorecardFormat.Amount(dashboard.TotalCost), string.Empty, ScorecardFormat.Amount(dashboard.TotalValue), Multiple(TotalMultiple(dashboard))],
                ]));
        }

        if (roi is not null)
        {
            blocks.Add(new ParagraphBlock(
                zh
                    ? $"推荐回报：投入 {ScorecardFormat.Amount(roi.Cost)} → 带来购买 {ScorecardFormat.Amount(roi.ReferredPurchases)}，净利率 {roi.NetMargin.ToPercentString()} → 利润 {ScorecardFormat.Amount(roi.Profit)}；ROI {Multiple(roi.Multiple)}（扣除成本 {Multiple(roi.NetReturn)}）"
                    : $"referral ROI: cost {ScorecardFormat.Amount(roi.Cost)} → referred purchases {ScorecardFormat.Amount(roi.ReferredPurchases)} at {roi.NetMargin.ToPercentString()} net margin → profit {ScorecardFormat.Amount(roi.Profit)}; ROI {Multiple(roi.Multiple)} (net of the cost {Multiple(roi.NetReturn)})",
                roi.Multiple >= 1d ? ReportTone.Good : ReportTone.Poor));
        }

        var json = new ValueDetailsJson(
            dashboard?.Lines.Select(l => new ValueLineJson(l.Key, l.CostLabel(culture), l.Cost?.Amount, l.ValueLabel(culture), l.ValueCreated.Amount, Round(l.Multiple))).ToArray() ?? [],
            dashboard?.TotalCost.Amount,
            dashboard?.TotalValue.Amount,
            dashboard is null ? null : Round(TotalMultiple(dashboard)),
            roi is null ? null : new ReferralRoiJson(roi.Cost.Amount, roi.ReferredPurchases.Amount, roi.NetMargin.Value, roi.Profit.Amount, Round(roi.Multiple)!.Value, Round(roi.NetReturn)!.Value),
            Currency);
        return new ScorecardOutcome(
            new ReportSection(zh ? "售后价值仪表盘" : "After-sales value dashboard", blocks),
            ScorecardOutputJson.Create("value", path, null, json, rejected),
            rejected);
    }

    private static Money Cny(double amount) => Money.From((decimal)amount, Currency);

    private static double? TotalMultiple(ValueDashboard d) => d.TotalCost.Amount > 0m ? (double)(d.TotalValue.Amount / d.TotalCost.Amount) : null;

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 6) : null;

    private static string Multiple(double? multiple) => multiple is { } m ? string.Create(CultureInfo.InvariantCulture, $"{m:#,##0.0}×") : "—";
}

/// <summary>The value dashboard's JSON details (amounts in <see cref="Currency"/>).</summary>
internal sealed record ValueDetailsJson(IReadOnlyList<ValueLineJson> Lines, decimal? TotalCost, decimal? TotalValue, double? TotalMultiple, ReferralRoiJson? ReferralRoi, string Currency);

/// <summary>A dashboard row in JSON.</summary>
internal sealed record ValueLineJson(string Key, string CostLabel, decimal? Cost, string ValueLabel, decimal ValueCreated, double? Multiple);

/// <summary>A referral ROI in JSON: multiple = profit ÷ cost, net_return = (profit − cost) ÷ cost.</summary>
internal sealed record ReferralRoiJson(decimal Cost, decimal ReferredPurchases, double NetMargin, decimal Profit, double Multiple, double NetReturn);

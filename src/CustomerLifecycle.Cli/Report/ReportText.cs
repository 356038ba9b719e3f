using System.Globalization;
using CustomerLifecycle.Cli.Commands.Scorecard;

namespace CustomerLifecycle.Cli.Report;

/// <summary>The report's own words (headings, legends) in English or Chinese; the scorecards' labels and verdicts come from the library.</summary>
internal sealed record ReportText(
    string Language,
    string Title,
    string Sources,
    string Metric,
    string Value,
    string Band,
    string Position,
    string NpsSection,
    string NpsTrendTitle,
    string Interval,
    string Responses,
    string Promoters,
    string Passives,
    string Detractors,
    string FirstVisitNps,
    string PerfectRate,
    string Undefined,
    string ClvSection,
    string ClvTitle,
    string Actual,
    string Expected,
    string Period,
    string Rejected)
{
    public static readonly ReportText English = new(
        "en",
        "Customer lifecycle report",
        "Sources",
        "metric",
        "value",
        "band",
        "position",
        "Net Promoter Score",
        "NPS by period with its confidence interval",
        "interval",
        "responses",
        "promoters",
        "passives",
        "detractors",
        "first-visit NPS",
        "perfect rate (10s)",
        "undefined (no responses)",
        "CLV model tracking",
        "Cumulative repeat transactions: actual vs model",
        "actual",
        "expected",
        "period",
        "rejected rows");

    public static readonly ReportText Chinese = new(
        "zh-CN",
        "客户生命周期报告",
        "数据来源",
        "指标",
        "数值",
        "等级",
        "位置",
        "净推荐值（NPS）",
        "各期 NPS 及其置信区间",
        "区间",
        "回复数",
        "推荐者",
        "被动者",
        "贬损者",
        "首次 NPS",
        "首次完美率（10 分）",
        "无定义（没有回复）",
        "CLV 模型跟踪",
        "累计复购次数：实际与模型",
        "实际",
        "预期",
        "期间",
        "被拒绝的行");

    /// <summary>The words for a culture (Chinese for zh-*, English otherwise).</summary>
    public static ReportText For(CultureInfo culture) => CultureOption.IsChinese(culture) ? Chinese : English;
}

using System.Globalization;

namespace CustomerLifecycle.Cli.Report;

/// <summary>The report's words for the CLV diagnostics section, in English or Chinese.</summary>
internal sealed record DiagnosticsText(
    string Section,
    string Comparison,
    string Model,
    string LogLikelihood,
    string TotalError,
    string Best,
    string NotConverged,
    string Cumulative,
    string Incremental,
    string FrequencyBins,
    string RecencyBins,
    string Actual)
{
    public static readonly DiagnosticsText English = new(
        "CLV model diagnostics (calibration / holdout)",
        "Models fitted on the calibration period and checked on the holdout; ★ marks the best of each column (highest log-likelihood, lowest AIC, BIC, errors).",
        "model",
        "log-likelihood",
        "total error (expected − actual)",
        "best of the column",
        "not converged",
        "Cumulative repeat transactions: actual vs models",
        "Repeat transactions per period: actual vs models",
        "Mean holdout transactions per calibration-frequency bin: actual vs conditional expectation",
        "Mean holdout transactions per recency bin: actual vs conditional expectation",
        "actual");

    public static readonly DiagnosticsText Chinese = new(
        "CLV 模型诊断（校准期 / 保留期）",
        "各模型在校准期拟合、在保留期检验；★ 表示该列最优（对数似然最高，AIC、BIC 与误差最低）。",
        "模型",
        "对数似然",
        "总误差（预期 − 实际）",
        "该列最优",
        "未收敛",
        "累计复购次数：实际与各模型",
        "每期复购次数：实际与各模型",
        "按校准期购买次数分组的保留期平均交易数：实际与条件期望",
        "按最近购买分组的保留期平均交易数：实际与条件期望",
        "实际");

    /// <summary>The words for the report's text (Chinese when the report is in Chinese).</summary>
    public static DiagnosticsText For(ReportText text) => text.Language.StartsWith("zh", StringComparison.Ordinal) ? Chinese : English;
}

/// <summary>
/// The report's CLV diagnostics section, from <c>clv diagnose --json</c>: the model comparison table, the tracking plot
/// (cumulative and per period, actual against each model), and the frequency-bin plot (and the recency-bin plot for BG/BB).
/// </summary>
internal static class ClvDiagnosticsSection
{
    public static ReportSection Build(ClvDiagnosticsView view, ReportText text)
    {
        var words = DiagnosticsText.For(text);
        var models = view.Models;
        var blocks = new List<ReportBlock> { new ParagraphBlock(words.Comparison), Comparison(models, words) };
        var tracked = models.Where(m => m.Tracking is { Count: > 0 }).ToArray();
        if (tracked.Length > 0)
        {
            var periods = tracked[0].Tracking!;
            var labels = periods.Select(p => p.Period.ToString(CultureInfo.InvariantCulture)).ToArray();
            var holdout = periods.ToList().FindIndex(p => p.Holdout);
            int? start = holdout >= 0 ? holdout : null;
            blocks.Add(new ChartBlock(new LineSeriesChart(Titled(words.Cumulative, view.Period), labels, start, Series(tracked, words, p => p.CumulativeActual, p => p.CumulativeExpected))));
            blocks.Add(new ChartBlock(new LineSeriesChart(Titled(words.Incremental, view.Period), labels, start, Series(tracked, words, p => p.Actual, p => p.Expected))));
        }

        blocks.Add(new ChartBlock(BinChart(words.FrequencyBins, models, m => m.Bins, words)));
        if (models.Where(m => m.RecencyBins is not null).ToArray() is { Length: > 0 } discrete)
        {
            blocks.Add(new ChartBlock(BinChart(words.RecencyBins, discrete, m => m.RecencyBins!, words)));
        }

        return new ReportSection(words.Section, blocks);
    }

    private static string Titled(string title, string? period) => period is null ? title : $"{title} ({period})";

    /// <summary>The actual series (from the first model's tracking, the same for all) and each model's expectation, aligned on the first model's periods.</summary>
    private static ChartSeries[] Series(IReadOnlyList<DiagnosedModelView> models, DiagnosticsText words, Func<DiagnosticTrackingView, double> actual, Func<DiagnosticTrackingView, double> expected)
    {
        var n = models[0].Tracking!.Count;
        return
        [
            new ChartSeries(words.Actual, models[0].Tracking!.Select(actual).ToArray()),
            .. models.Select(m => new ChartSeries(m.Model, Enumerable.Range(0, n).Select(i => i < m.Tracking!.Count ? expected(m.Tracking[i]) : 0d).ToArray())),
        ];
    }

    private static GroupedBarChart BinChart(string title, IReadOnlyList<DiagnosedModelView> models, Func<DiagnosedModelView, IReadOnlyList<DiagnosticBinView>> bins, DiagnosticsText words)
    {
        var first = bins(models[0]);
        return new GroupedBarChart(
            title,
            first.Select(b => b.Label).ToArray(),
            [
                new ChartSeries(words.Actual, first.Select(b => b.Actual).ToArray()),
                .. models.Select(m => new ChartSeries(m.Model, Enumerable.Range(0, first.Count).Select(i => i < bins(m).Count ? bins(m)[i].Expected : 0d).ToArray())),
            ]);
    }

    private static MarkedTableBlock Comparison(IReadOnlyList<DiagnosedModelView> models, DiagnosticsText words)
    {
        // Each column: its value per model and its badness (lowest is best): −log-likelihood, AIC, BIC, MAE, RMSE, |total error|.
        (string Heading, Func<DiagnosedModelView, double?> Value, Func<double, double> Badness, Func<double, string> Format)[] columns =
        [
            (words.LogLikelihood, m => m.LogLikelihood, v => -v, v => Format(v, "0.00")),
            ("AIC", m => m.Aic, v => v, v => Format(v, "0.00")),
            ("BIC", m => m.Bic, v => v, v => Format(v, "0.00")),
            ("MAE", m => m.Mae, v => v, v => Format(v, "0.0000")),
            ("RMSE", m => m.Rmse, v => v, v => Format(v, "0.0000")),
            (words.TotalError, m => m.TotalError, Math.Abs, TotalError),
        ];
        var best = columns.Select(c => Best(models, c.Value, c.Badness)).ToArray();
        var rows = models.Select((m, i) => (IReadOnlyList<MarkedCell>)
        [
            new MarkedCell(m.Converged ? m.Model : $"{m.Model} ({words.NotConverged})"),
            .. columns.Select((c, j) => c.Value(m) is { } v ? new MarkedCell(c.Format(v), Numeric: true, Best: best[j] == i) : new MarkedCell("—", Numeric: true)),
        ]).ToArray();
        return new MarkedTableBlock([words.Model, .. columns.Select(c => c.Heading)], rows, words.Best);

        string TotalError(double v) => Format(v, "+0.00;-0.00;0.00");
    }

    /// <summary>The index of the best model in a column (the first on a tie), or −1 with fewer than two values to compare.</summary>
    private static int Best(IReadOnlyList<DiagnosedModelView> models, Func<DiagnosedModelView, double?> value, Func<double, double> badness)
    {
        var candidates = models.Select((m, i) => (Value: value(m), Index: i)).Where(c => c.Value is not null).ToArray();
        return candidates.Length < 2
            ? -1
            : candidates.OrderBy(c => badness(c.Value!.Value)).ThenBy(c => c.Index).First().Index;
    }

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}

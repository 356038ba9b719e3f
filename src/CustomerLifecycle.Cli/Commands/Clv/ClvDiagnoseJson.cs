using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Diagnostics;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>The <c>--json</c> report of <c>clv diagnose</c>: the split, then one entry per model in the order asked.</summary>
internal sealed record ClvDiagnoseJson(
    string File,
    string Period,
    string Origin,
    string CalibrationEnd,
    string ObservationEnd,
    double CalibrationPeriods,
    double HoldoutLength,
    int Customers,
    int ExcludedCustomers,
    string? Output,
    IReadOnlyList<RejectedJson> Rejected,
    IReadOnlyList<DiagnosedModelJson> Models)
{
    public static ClvDiagnoseJson From(string file, TransactionSummaryOptions options, ClvHoldoutData data, IReadOnlyList<ClvModelDiagnostics> diagnosed, string? output) => new(
        file,
        options.Unit.ToString().ToLowerInvariant(),
        ClvSummarizeCommand.Iso(data.Origin),
        ClvSummarizeCommand.Iso(options.CalibrationEnd!.Value),
        ClvSummarizeCommand.Iso(options.ObservationEnd),
        data.CalibrationPeriods,
        data.HoldoutLength,
        data.Summary.Customers.Count,
        data.Summary.Excluded.Count,
        output,
        RejectedJson.From(data.Summary.Rejected),
        diagnosed.Select(DiagnosedModelJson.From).ToArray());
}

/// <summary>
/// One model's fit, information criteria, holdout error and frequency bins; the tracking series for a transaction model
/// (null for BG/BB), the recency bins for BG/BB (null otherwise).
/// </summary>
internal sealed record DiagnosedModelJson(
    string Model,
    IReadOnlyDictionary<string, double> Parameters,
    double LogLikelihood,
    double Aic,
    double Bic,
    bool Converged,
    HoldoutErrorJson Holdout,
    IReadOnlyList<FrequencyBinJson> Bins,
    IReadOnlyList<TrackingPeriodJson>? Tracking,
    IReadOnlyList<RecencyBinJson>? RecencyBins)
{
    public static DiagnosedModelJson From(ClvModelDiagnostics d) => From(d.Fit, d.Holdout, d.Bins) with
    {
        Tracking = d.Tracking.Select(t => new TrackingPeriodJson(t.Period, t.Actual, t.Expected, t.CumulativeActual, t.CumulativeExpected, t.Holdout)).ToArray(),
    };

    public static DiagnosedModelJson From(ClvDiscreteModelDiagnostics d) => From(d.Fit, d.Holdout, d.FrequencyBins) with
    {
        RecencyBins = d.RecencyBins.Select(b => new RecencyBinJson(b.Value, b.Label, b.Customers, b.Actual, b.Expected)).ToArray(),
    };

    private static DiagnosedModelJson From(ClvModelFit fit, ClvHoldoutError holdout, IReadOnlyList<ClvFrequencyBin> bins) => new(
        fit.Model,
        fit.Parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal),
        fit.LogLikelihood,
        fit.Aic,
        fit.Bic,
        fit.Converged,
        HoldoutErrorJson.From(holdout),
        bins.Select(FrequencyBinJson.From).ToArray(),
        null,
        null);
}

/// <summary>Per-customer holdout error (MAE, RMSE) and the holdout totals.</summary>
internal sealed record HoldoutErrorJson(double Mae, double Rmse, double TotalActual, double TotalExpected, double Customers)
{
    public static HoldoutErrorJson From(ClvHoldoutError e) => new(e.MeanAbsoluteError, e.RootMeanSquaredError, e.TotalActual, e.TotalExpected, e.Customers);
}

/// <summary>One calibration-frequency bin: x is the count (the lower bound of the last, "k+" bin).</summary>
internal sealed record FrequencyBinJson(int X, string Label, double Customers, double Actual, double Expected)
{
    public static FrequencyBinJson From(ClvFrequencyBin b) => new(b.Value, b.Label, b.Customers, b.Actual, b.Expected);
}

/// <summary>One tracking period, incremental and cumulative.</summary>
internal sealed record TrackingPeriodJson(int Period, double Actual, double Expected, double CumulativeActual, double CumulativeExpected, bool Holdout);

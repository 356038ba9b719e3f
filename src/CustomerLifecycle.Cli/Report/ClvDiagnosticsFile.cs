using System.Text.Json;
using CustomerLifecycle.Cli.Infrastructure;

namespace CustomerLifecycle.Cli.Report;

/// <summary>One model of a <c>clv diagnose --json</c> file as the report shows it; a number the command could not compute is null.</summary>
internal sealed record DiagnosedModelView(
    string Model,
    bool Converged,
    double? LogLikelihood,
    double? Aic,
    double? Bic,
    double? Mae,
    double? Rmse,
    double? TotalActual,
    double? TotalExpected,
    IReadOnlyList<DiagnosticBinView> Bins,
    IReadOnlyList<DiagnosticTrackingView>? Tracking,
    IReadOnlyList<DiagnosticBinView>? RecencyBins)
{
    /// <summary>Expected minus actual holdout transactions, or null when either total is unknown.</summary>
    public double? TotalError => TotalExpected - TotalActual;
}

/// <summary>A frequency or recency bin: its label, customers, mean actual and mean expected holdout transactions.</summary>
internal sealed record DiagnosticBinView(string Label, double Customers, double Actual, double Expected);

/// <summary>One tracking period: repeat transactions in it and cumulated, actual and expected, and whether it is in the holdout.</summary>
internal sealed record DiagnosticTrackingView(int Period, double Actual, double Expected, double CumulativeActual, double CumulativeExpected, bool Holdout);

/// <summary>A whole <c>clv diagnose --json</c> file: the time unit (null for BG/BB rows) and the models in the order diagnosed.</summary>
internal sealed record ClvDiagnosticsView(string? Period, IReadOnlyList<DiagnosedModelView> Models);

/// <summary>Reads the output of <c>lifecycle clv diagnose … --json</c> for <c>lifecycle report --diagnostics</c>.</summary>
internal static class ClvDiagnosticsFile
{
    /// <summary>Reads the file; anything that is not such an output is refused naming the file and what is wrong.</summary>
    /// <exception cref="UnusableInputException">The file is missing, not JSON, or lacks a field the report needs.</exception>
    public static ClvDiagnosticsView Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UnusableInputException($"--diagnostics: {path}: no such file");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return Parse(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new UnusableInputException($"--diagnostics: {path}: not the JSON output of 'lifecycle clv diagnose --json' ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new UnusableInputException($"--diagnostics: {path}: not the JSON output of 'lifecycle clv diagnose --json': {ex.Message}", ex);
        }
    }

    /// <summary>The view of a parsed document.</summary>
    internal static ClvDiagnosticsView Parse(JsonElement root)
    {
        var models = Required(root, "models");
        if (models.ValueKind != JsonValueKind.Array || models.GetArrayLength() == 0)
        {
            throw new InvalidOperationException("\"models\" must be a non-empty array");
        }

        return new ClvDiagnosticsView(
            root.TryGetProperty("period", out var period) && period.ValueKind == JsonValueKind.String ? period.GetString() : null,
            models.EnumerateArray().Select(Model).ToArray());
    }

    private static DiagnosedModelView Model(JsonElement m)
    {
        var holdout = Required(m, "holdout");
        return new DiagnosedModelView(
            Required(m, "model").GetString() ?? throw new InvalidOperationException("a model has no name"),
            m.TryGetProperty("converged", out var c) && c.ValueKind == JsonValueKind.False ? false : true,
            Number(m, "log_likelihood"),
            Number(m, "aic"),
            Number(m, "bic"),
            Number(holdout, "mae"),
            Number(holdout, "rmse"),
            Number(holdout, "total_actual"),
            Number(holdout, "total_expected"),
            Bins(Required(m, "bins")),
            m.TryGetProperty("tracking", out var t) && t.ValueKind == JsonValueKind.Array
                ? t.EnumerateArray().Select(p => new DiagnosticTrackingView(
                    Required(p, "period").GetInt32(),
                    Finite(p, "actual"),
                    Finite(p, "expected"),
                    Finite(p, "cumulative_actual"),
                    Finite(p, "cumulative_expected"),
                    p.TryGetProperty("holdout", out var h) && h.ValueKind == JsonValueKind.True)).ToArray()
                : null,
            m.TryGetProperty("recency_bins", out var r) && r.ValueKind == JsonValueKind.Array ? Bins(r) : null);
    }

    private static DiagnosticBinView[] Bins(JsonElement bins) =>
        bins.EnumerateArray().Select(b => new DiagnosticBinView(
            Required(b, "label").GetString() ?? string.Empty,
            Finite(b, "customers"),
            Finite(b, "actual"),
            Finite(b, "expected"))).ToArray();

    private static JsonElement Required(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new KeyNotFoundException($"no \"{name}\" field");

    private static double? Number(JsonElement element, string name) =>
        Required(element, name) is { ValueKind: JsonValueKind.Number } n ? n.GetDouble() : null;

    private static double Finite(JsonElement element, string name) =>
        Number(element, name) ?? throw new FormatException($"\"{name}\" must be a number");
}

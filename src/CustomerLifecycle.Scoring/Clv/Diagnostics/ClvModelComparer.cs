using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Diagnostics;

/// <summary>
/// Fits several repeat-transaction models on one calibration/holdout split and diagnoses each
/// (<see cref="ClvDiagnostics.Diagnose"/>), so AIC, BIC and the holdout errors can be set side by side. The service that
/// <c>AddCustomerLifecycleClv</c> registers, equally usable with <c>new</c>. Immutable and thread-safe.
/// </summary>
public sealed class ClvModelComparer
{
    private readonly ClvDiagnosticsOptions _options;

    /// <summary>Makes a comparer.</summary>
    /// <param name="options">The options, or null for the defaults; copied after validation.</param>
    /// <exception cref="ArgumentException">The options are invalid (the message lists every failure).</exception>
    public ClvModelComparer(ClvDiagnosticsOptions? options = null)
    {
        var valid = OptionsGuard.Valid<ClvDiagnosticsOptions, ClvDiagnosticsOptionsValidator>(options ?? new ClvDiagnosticsOptions(), nameof(options));
        _options = valid with { Fit = valid.Fit with { } };
    }

    /// <summary>The models that can be compared: bg-nbd, mbg-nbd, pareto-nbd.</summary>
    public static IReadOnlyList<string> Models { get; } = [BgNbdModel.ModelName, MbgNbdModel.ModelName, ParetoNbdModel.ModelName];

    /// <summary>Fits each model on the calibration summaries and diagnoses it on the holdout.</summary>
    /// <param name="data">The cohort with its holdout.</param>
    /// <param name="models">Model ids from <see cref="Models"/>, in the order wanted; each at most once.</param>
    /// <returns>One diagnosis per model, in the given order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No model, an unknown or repeated model, or a fit that did not converge while the options require it.</exception>
    public IReadOnlyList<ClvModelDiagnostics> Compare(ClvHoldoutData data, IEnumerable<string> models)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(models);
        var list = models.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException($"Name at least one model: {string.Join(", ", Models)}.", nameof(models));
        }

        foreach (var m in list)
        {
            if (!Models.Contains(m, StringComparer.Ordinal) || list.Count(n => string.Equals(n, m, StringComparison.Ordinal)) > 1)
            {
                throw new ArgumentException($"Model '{m}' is unknown or repeated; compare each of {string.Join(", ", Models)} at most once.", nameof(models));
            }
        }

        return list.Select(m => ClvDiagnostics.Diagnose(Fit(m, data.Summary.Customers), data, _options.Bins, _options.Convergence)).ToArray();
    }

    private ClvModelFit Fit(string model, IReadOnlyList<CustomerSummary> customers) => model switch
    {
        BgNbdModel.ModelName => BgNbdModel.Fit(customers, _options.Fit),
        MbgNbdModel.ModelName => MbgNbdModel.Fit(customers, _options.Fit),
        _ => ParetoNbdModel.Fit(customers, _options.Fit),
    };
}

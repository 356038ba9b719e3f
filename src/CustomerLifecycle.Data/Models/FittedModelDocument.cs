using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Data.Models;

/// <summary>
/// A fitted CLV model as saved by <see cref="FittedModelJson"/>: the format version, the model id, named parameters and
/// standard errors, the log-likelihood, convergence, the time unit and a fingerprint of the data. Parameters are kept by
/// name; their order in the file never matters.
/// </summary>
/// <param name="FormatVersion">The format version the document was written in (<see cref="FittedModelJson.FormatVersion"/>).</param>
/// <param name="Model">The model id, one of <see cref="ClvModels.Names"/>.</param>
/// <param name="Parameters">The parameter estimates by literature name.</param>
/// <param name="StandardErrors">The standard errors by name; a name is absent or null where none was available.</param>
/// <param name="LogLikelihood">The total log-likelihood at the estimates, or null when not recorded.</param>
/// <param name="Converged">Whether the fit converged (true for parameters given by hand).</param>
/// <param name="Message">Why the optimiser stopped, in words.</param>
/// <param name="Iterations">Optimiser iterations.</param>
/// <param name="TimeUnit">The time unit of the data fitted (recency, age, horizons), or null when not recorded.</param>
/// <param name="Data">The fingerprint of the data fitted, or null when not recorded.</param>
public sealed record FittedModelDocument(
    int FormatVersion,
    string Model,
    IReadOnlyDictionary<string, double> Parameters,
    IReadOnlyDictionary<string, double?> StandardErrors,
    double? LogLikelihood,
    bool Converged,
    string Message,
    int Iterations,
    PeriodUnit? TimeUnit,
    ClvDataFingerprint? Data)
{
    /// <summary>The document of a fit.</summary>
    /// <param name="fit">The fit.</param>
    /// <param name="timeUnit">The time unit of the data it was fitted on, or null when unknown.</param>
    /// <returns>The document, in the current format version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    public static FittedModelDocument From(ClvModelFit fit, PeriodUnit? timeUnit = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new FittedModelDocument(
            FittedModelJson.FormatVersion,
            fit.Model,
            fit.Parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal),
            fit.Parameters.ToDictionary(p => p.Name, p => p.StandardError, StringComparer.Ordinal),
            fit.LogLikelihood,
            fit.Converged,
            fit.Message,
            fit.Iterations,
            timeUnit,
            fit.Data)
        {
            LogParameterCovariance = fit.LogParameterCovariance,
        };
    }

    /// <summary>
    /// The covariance of the log-parameters (the inverse Hessian at the optimum), rows and columns in the order of
    /// <see cref="Parameters"/>, or null when the fit had none or the file does not record it (files written before it
    /// was saved). Parameter-uncertainty intervals draw from it.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<double>>? LogParameterCovariance { get; init; }

    /// <summary>
    /// The model, rebuilt from the parameters by name, after checking convergence (under <paramref name="policy"/>) and,
    /// when both are known, that the data to predict for are in the unit the model was fitted in.
    /// </summary>
    /// <param name="policy">Whether a fit that did not converge may be used.</param>
    /// <param name="unitOfData">The time unit of the summaries to predict for, or null when unknown.</param>
    /// <returns>The model.</returns>
    /// <exception cref="FittedModelException">
    /// The fit did not converge and the policy requires it, the units differ, or the parameters do not make the model.
    /// </exception>
    public IClvModel ToModel(ClvConvergencePolicy policy = ClvConvergencePolicy.RequireConverged, PeriodUnit? unitOfData = null)
    {
        if (!Converged && policy != ClvConvergencePolicy.AllowUnconverged)
        {
            throw new FittedModelException(FittedModelProblem.NotConverged, $"the {Model} fit did not converge ({Message}); its parameters must not be used");
        }

        if (TimeUnit is { } fitted && unitOfData is { } data && fitted != data)
        {
            throw new FittedModelException(
                FittedModelProblem.UnitMismatch,
                $"the {Model} model was fitted in {Plural(fitted)} but the summaries are in {Plural(data)}; summarise in {Plural(fitted)} or refit");
        }

        try
        {
            return ClvModels.Create(Model, Parameters);
        }
        catch (ArgumentException ex)
        {
            throw new FittedModelException(FittedModelProblem.Parameters, LibraryMessages.Sentence(ex));
        }
    }

    /// <summary>
    /// The fit this document records (its rows and customers from the fingerprint, 0 when absent; a log-likelihood of 0
    /// when absent), with the covariance of its log-parameters when recorded.
    /// </summary>
    /// <returns>The fit.</returns>
    /// <exception cref="FittedModelException">The recorded values do not make a fit (for example a repeated parameter name).</exception>
    public ClvModelFit ToFit()
    {
        try
        {
            return new ClvModelFit(
                Model,
                Parameters.Select(p => new ClvParameter(p.Key, p.Value, StandardErrors.GetValueOrDefault(p.Key))),
                LogLikelihood ?? 0d,
                Iterations,
                Converged,
                Message,
                Data?.Rows ?? 0,
                Data?.Customers ?? 0d)
            { Data = Data, LogParameterCovariance = LogParameterCovariance };
        }
        catch (ArgumentException ex)
        {
            throw new FittedModelException(FittedModelProblem.Parameters, LibraryMessages.Sentence(ex));
        }
    }

    private static string Plural(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => "days",
        PeriodUnit.Week => "weeks",
        _ => "months",
    };
}

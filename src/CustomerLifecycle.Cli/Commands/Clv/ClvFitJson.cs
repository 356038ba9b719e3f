using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Data.Models;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// The <c>--json</c> report of <c>clv fit</c>: the library's fitted-model document (format version, model, named
/// parameters, standard errors, log-likelihood, convergence, time unit, data fingerprint) plus the file, rows, customers
/// and rejected rows, and the covariance of the log-parameters when the fit has one; <c>--params</c> of <c>clv predict</c> reads it back with the library, which ignores the extra fields.
/// </summary>
internal sealed record ClvFitJson(
    int FormatVersion,
    string File,
    string Model,
    IReadOnlyDictionary<string, double> Parameters,
    IReadOnlyDictionary<string, double?> StandardErrors,
    double LogLikelihood,
    bool Converged,
    int Iterations,
    string Message,
    int Rows,
    double Customers,
    string? TimeUnit,
    ClvDataFingerprint? Data,
    IReadOnlyList<RejectedJson> Rejected)
{
    /// <summary>
    /// The covariance of the log-parameters (<c>{"parameters": [names], "matrix": [[…]]}</c>), or null when the fit has
    /// none; <c>clv predict --params … --interval</c> draws from it.
    /// </summary>
    public CovarianceJson? LogParameterCovariance { get; init; }

    public static ClvFitJson From(string file, ClvFitOutcome outcome)
    {
        var fit = outcome.Fit;
        var document = FittedModelDocument.From(fit);
        return new ClvFitJson(
            document.FormatVersion,
            file,
            document.Model,
            document.Parameters,
            document.StandardErrors,
            fit.LogLikelihood,
            document.Converged,
            document.Iterations,
            document.Message,
            fit.Rows,
            fit.Customers,
            null,
            document.Data,
            RejectedJson.From(outcome.Rejected))
        {
            LogParameterCovariance = CovarianceJson.Of(document),
        };
    }
}

/// <summary>The log-parameter covariance of a saved fit: the parameter names in the matrix's order and the matrix.</summary>
internal sealed record CovarianceJson(IReadOnlyList<string> Parameters, IReadOnlyList<IReadOnlyList<double>> Matrix)
{
    public static CovarianceJson? Of(FittedModelDocument document) =>
        document.LogParameterCovariance is { } matrix ? new CovarianceJson(document.Parameters.Keys.ToArray(), matrix) : null;
}

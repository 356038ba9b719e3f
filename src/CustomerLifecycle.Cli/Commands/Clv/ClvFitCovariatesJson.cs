using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// The <c>--json</c> report of <c>clv fit --covariates</c>: the base parameters (those of a customer whose covariates are
/// all 0), <c>covariates</c> with the <c>life</c>, <c>transaction</c> and <c>constrained</c> coefficients by column, the
/// same keys under <c>standard_errors</c>, the unpenalised log-likelihood, the <c>penalty</c>, <c>aic</c> and <c>bic</c>.
/// </summary>
internal sealed record ClvFitCovariatesJson(
    string File,
    string CovariatesFile,
    string Model,
    IReadOnlyDictionary<string, double> Parameters,
    ClvCovariateBlocks<double> Covariates,
    IReadOnlyDictionary<string, object?> StandardErrors,
    double LogLikelihood,
    double Penalty,
    double Aic,
    double Bic,
    bool Converged,
    int Iterations,
    string Message,
    int Rows,
    double Customers,
    IReadOnlyList<RejectedJson> Rejected,
    IReadOnlyList<RejectedJson> CovariatesRejected)
{
    public static ClvFitCovariatesJson From(string file, string covariatesFile, ClvCovariateFit fit, IReadOnlyList<RejectedRow> rejected, IReadOnlyList<RejectedRow> covariatesRejected)
    {
        var errors = fit.BaseParameters.ToDictionary(p => p.Name, p => (object?)p.StandardError, StringComparer.Ordinal);
        errors["covariates"] = Blocks(fit, p => p.StandardError);
        return new ClvFitCovariatesJson(
            file,
            covariatesFile,
            fit.Model,
            fit.BaseParameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal),
            Blocks(fit, p => p.Value),
            errors,
            fit.LogLikelihood,
            fit.Penalty,
            fit.Aic,
            fit.Bic,
            fit.Converged,
            fit.Iterations,
            fit.Message,
            fit.Rows,
            fit.Customers,
            RejectedJson.From(rejected),
            RejectedJson.From(covariatesRejected));
    }

    private static ClvCovariateBlocks<T> Blocks<T>(ClvCovariateFit fit, Func<ClvParameter, T> value) => new(
        fit.LifeCoefficients.ToDictionary(p => p.Name, value, StringComparer.Ordinal),
        fit.TransactionCoefficients.ToDictionary(p => p.Name, value, StringComparer.Ordinal),
        fit.ConstrainedCoefficients.ToDictionary(p => p.Name, value, StringComparer.Ordinal));
}

/// <summary>The coefficients (or their standard errors) by process and covariate column.</summary>
internal sealed record ClvCovariateBlocks<T>(
    IReadOnlyDictionary<string, T> Life,
    IReadOnlyDictionary<string, T> Transaction,
    IReadOnlyDictionary<string, T> Constrained);

using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Data.Models;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// The <c>--json</c> report of <c>clv fit</c>: the library's fitted-model document (format version, model, named
/// parameters, standard errors, log-likelihood, convergence, time unit, data fingerprint) plus the file, rows, customers
/// and rejected rows; <c>--params</c> of <c>clv predict</c> reads it back with the library, which ignores the extra fields.
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
            RejectedJson.From(outcome.Rejected));
    }
}

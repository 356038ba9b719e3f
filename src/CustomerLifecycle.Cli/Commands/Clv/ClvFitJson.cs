using CustomerLifecycle.Cli.Commands.Nps;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>The <c>--json</c> report of <c>clv fit</c>; <c>--params</c> of <c>clv predict</c> reads it back.</summary>
internal sealed record ClvFitJson(
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
    IReadOnlyList<RejectedJson> Rejected)
{
    public static ClvFitJson From(string file, ClvFitOutcome outcome)
    {
        var fit = outcome.Fit;
        return new ClvFitJson(
            file,
            fit.Model,
            fit.Parameters.ToDictionary(p => p.Name, p => p.Value),
            fit.Parameters.ToDictionary(p => p.Name, p => p.StandardError),
            fit.LogLikelihood,
            fit.Converged,
            fit.Iterations,
            fit.Message,
            fit.Rows,
            fit.Customers,
            RejectedJson.From(outcome.Rejected));
    }
}

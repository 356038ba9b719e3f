using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>The continuous-time models of <c>clv fit</c>/<c>clv predict</c> (BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma) over a summary CSV.</summary>
internal static class ClvFitContinuous
{
    public static bool IsTransactionModel(string model) => model is "bg-nbd" or "mbg-nbd" or "pareto-nbd";

    public static ClvModelFit Fit(string model, IReadOnlyList<CustomerSummary> customers, ClvFitOptions options)
    {
        try
        {
            return model switch
            {
                "bg-nbd" => BgNbdModel.Fit(customers, options),
                "mbg-nbd" => MbgNbdModel.Fit(customers, options),
                "pareto-nbd" => ParetoNbdModel.Fit(customers, options),
                "gamma-gamma" => GammaGammaModel.Fit(customers, options),
                _ => throw new UnusableInputException($"--model {model}: unknown model"),
            };
        }
        catch (ArgumentException ex) when (ex is not ArgumentNullException)
        {
            throw new UnusableInputException($"cannot fit {model}: {ex.Sentence()}", ex);
        }
    }
}

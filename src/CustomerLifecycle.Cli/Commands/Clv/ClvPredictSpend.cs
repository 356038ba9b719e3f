using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>The Gamma-Gamma spend fit of <c>clv predict</c> when the summary has monetary values.</summary>
internal static class ClvPredictSpend
{
    /// <summary>Fits Gamma-Gamma to the accepted rows, warning once about repeat buyers left out for want of a positive mean spend.</summary>
    public static (ClvModelFit Fit, GammaGammaModel Model) Fit(string path, SummaryCsv summary, ClvConvergencePolicy policy)
    {
        Console.Error.WriteLine($"{path}: fitting gamma-gamma for the spend…");
        var fit = ClvFitContinuous.Fit("gamma-gamma", summary.Import.Accepted, new ClvFitOptions());
        if (fit.Excluded.Count > 0)
        {
            var first = fit.Excluded[0];
            Console.Error.WriteLine($"{path}: {fit.Excluded.Count} repeat buyer(s) without a positive mean spend left out of the gamma-gamma fit (first: {first.Label()} at line {summary.AcceptedLines[first.Index]}); their expected spend still comes from the fitted model");
        }

        return (fit, (GammaGammaModel)ClvPredictCommand.SavedFit.Fitted(path, fit).Model(policy));
    }
}

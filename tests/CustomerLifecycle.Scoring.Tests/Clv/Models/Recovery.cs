using CustomerLifecycle.Scoring.Clv.Models;
using MathNet.Numerics.Distributions;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

/// <summary>
/// Whether a fit to simulated data recovered the parameters it was simulated from, judged by the likelihood ratio.
/// </summary>
/// <remarks>
/// A Wald interval (estimate ± k standard errors) is the wrong yardstick for these models: the likelihood in the
/// dropout parameters is skewed and their estimates are strongly correlated, so a sample whose truth sits well inside
/// the likelihood's confidence region can still lie 4–7 standard errors from the estimate on one axis (seen for the
/// BG/NBD's a and b at 4,000 customers, where 2·ΔlogL was under 10). The likelihood-ratio statistic
/// 2·(logL(θ̂) − logL(θ₀)) is χ² with as many degrees of freedom as parameters when θ₀ is the truth, whatever the shape.
/// </remarks>
internal static class Recovery
{
    /// <summary>The chance that a correct fit is called wrong: one in a million runs.</summary>
    private const double FalseAlarm = 1e-6;

    /// <summary>
    /// True when the fit converged, reached at least the likelihood of the truth (the optimiser found the maximum, not
    /// a point below it), the truth lies inside the likelihood-ratio region that holds it with probability 1 − 10⁻⁶,
    /// and every standard error is finite and positive.
    /// </summary>
    public static bool Recovered(ClvModelFit fit, double truthLogLikelihood, out string why)
    {
        var statistic = 2d * (fit.LogLikelihood - truthLogLikelihood);
        var limit = ChiSquared.InvCDF(fit.Parameters.Count, 1d - FalseAlarm);
        why = $"converged {fit.Converged}, 2·ΔlogL = {statistic:G6} (limit {limit:G4}), "
            + string.Join(", ", fit.Parameters.Select(p => $"{p.Name} = {p.Value:G6} ± {p.StandardError:G4}"));
        return fit.Converged
            && statistic >= -1e-6 * Math.Abs(truthLogLikelihood)
            && statistic <= limit
            && fit.Parameters.All(p => p.StandardError is > 0d and < double.PositiveInfinity);
    }
}

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// A fitted probabilistic CLV model of any of the six kinds (BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma, BG/BB, sBG): its
/// model id and its parameters by literature name. <see cref="ClvModels.Create(string, IReadOnlyDictionary{string, double})"/>
/// rebuilds one from exactly these names and values.
/// </summary>
public interface IClvModel
{
    /// <summary>The model id, e.g. "bg-nbd" (one of <see cref="ClvModels.Names"/>).</summary>
    string Name { get; }

    /// <summary>The parameters in literature order (no standard errors).</summary>
    IReadOnlyList<ClvParameter> Parameters { get; }
}

/// <summary>Whether a fit that did not converge may be turned into a model.</summary>
public enum ClvConvergencePolicy
{
    /// <summary>Only a converged fit becomes a model; any other is refused with the fit's own reason.</summary>
    RequireConverged = 0,

    /// <summary>
    /// A fit that did not converge becomes a model too, at the best point the optimiser reached: an explicit opt-in whose
    /// predictions the caller must flag as untrustworthy.
    /// </summary>
    AllowUnconverged = 1,
}

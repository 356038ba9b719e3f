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

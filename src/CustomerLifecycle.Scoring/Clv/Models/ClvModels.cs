using System.Globalization;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The six probabilistic CLV models by id: their parameter names, and a model rebuilt from parameters <b>by name</b>
/// (never by position), under one convergence policy for every model.
/// </summary>
public static class ClvModels
{
    private static readonly (string Name, string[] Parameters, Func<Func<string, double>, IClvModel> Make)[] Catalog =
    [
        (BgNbdModel.ModelName, ["r", "alpha", "a", "b"], p => new BgNbdModel(p("r"), p("alpha"), p("a"), p("b"))),
        (MbgNbdModel.ModelName, ["r", "alpha", "a", "b"], p => new MbgNbdModel(p("r"), p("alpha"), p("a"), p("b"))),
        (ParetoNbdModel.ModelName, ["r", "alpha", "s", "beta"], p => new ParetoNbdModel(p("r"), p("alpha"), p("s"), p("beta"))),
        (GammaGammaModel.ModelName, ["p", "q", "v"], p => new GammaGammaModel(p("p"), p("q"), p("v"))),
        (BgBbModel.ModelName, ["alpha", "beta", "gamma", "delta"], p => new BgBbModel(p("alpha"), p("beta"), p("gamma"), p("delta"))),
        (SbgModel.ModelName, ["alpha", "beta"], p => new SbgModel(p("alpha"), p("beta"))),
    ];

    /// <summary>Every model id: bg-nbd, mbg-nbd, pareto-nbd, gamma-gamma, bg-bb, sbg.</summary>
    public static IReadOnlyList<string> Names { get; } = Catalog.Select(m => m.Name).ToArray();

    /// <summary>The parameter names of a model, in literature order.</summary>
    /// <param name="model">A model id.</param>
    /// <returns>The names, e.g. r, alpha, a, b.</returns>
    /// <exception cref="ArgumentException">The model id is unknown (the message lists the known ones).</exception>
    public static IReadOnlyList<string> ParameterNames(string model) => Entry(model).Parameters;

    /// <summary>Rebuilds a model from its parameters by name; the order of the entries does not matter.</summary>
    /// <param name="model">A model id.</param>
    /// <param name="parameters">Exactly the model's parameters, each a finite number &gt; 0.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The model id is unknown, or a parameter is missing, extra or not a finite number &gt; 0.</exception>
    public static IClvModel Create(string model, IReadOnlyDictionary<string, double> parameters)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(parameters);
        return Problem(model, parameters) is { } problem
            ? throw new ArgumentException(problem, nameof(parameters))
            : Entry(model).Make(n => parameters[n]);
    }

    /// <summary>Rebuilds the model of a fit by parameter name, under a convergence policy.</summary>
    /// <param name="fit">The fit.</param>
    /// <param name="policy">Whether a fit that did not converge may be used.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    /// <exception cref="ArgumentException">The fit did not converge (under <see cref="ClvConvergencePolicy.RequireConverged"/>), or its model or parameters are not usable.</exception>
    public static IClvModel FromFit(ClvModelFit fit, ClvConvergencePolicy policy = ClvConvergencePolicy.RequireConverged)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (!fit.Converged && policy != ClvConvergencePolicy.AllowUnconverged)
        {
            throw new ArgumentException($"The {fit.Model} fit did not converge ({fit.Message}); its parameters must not be used.", nameof(fit));
        }

        var parameters = fit.Parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        return Problem(fit.Model, parameters) is { } problem
            ? throw new ArgumentException(problem, nameof(fit))
            : Entry(fit.Model).Make(n => parameters[n]);
    }

    /// <summary>The typed model of a fit of the expected model.</summary>
    internal static TModel FromFit<TModel>(ClvModelFit fit, string model, ClvConvergencePolicy policy)
        where TModel : class, IClvModel
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (!string.Equals(fit.Model, model, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The fit is of model '{fit.Model}', not '{model}'.", nameof(fit));
        }

        return (TModel)FromFit(fit, policy);
    }

    /// <summary>Why these parameters do not make the model (unknown model, a name missing or extra, a value not &gt; 0), or null.</summary>
    private static string? Problem(string model, IReadOnlyDictionary<string, double> parameters)
    {
        if (!Names.Contains(model, StringComparer.Ordinal))
        {
            return $"Unknown model '{model}'; the models are {string.Join(", ", Names)}.";
        }

        var names = Entry(model).Parameters;
        var missing = names.Where(n => !parameters.ContainsKey(n)).ToArray();
        if (missing.Length > 0)
        {
            return $"The {model} parameter{(missing.Length == 1 ? " \"" + missing[0] + "\" is" : "s " + Quoted(missing) + " are")} missing; {model} needs {string.Join(", ", names)}.";
        }

        var extra = parameters.Keys.Where(n => !names.Contains(n, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        if (extra.Length > 0)
        {
            return $"{model} has no parameter {Quoted(extra)}; it needs exactly {string.Join(", ", names)}.";
        }

        var bad = names.FirstOrDefault(n => !(double.IsFinite(parameters[n]) && parameters[n] > 0d));
        return bad is null
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"The {model} parameter {bad} must be a finite number > 0; got {parameters[bad]}.");
    }

    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"\"{n}\""));

    private static (string Name, string[] Parameters, Func<Func<string, double>, IClvModel> Make) Entry(string model)
    {
        foreach (var entry in Catalog)
        {
            if (string.Equals(entry.Name, model, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        throw new ArgumentException($"Unknown model '{model}'; the models are {string.Join(", ", Catalog.Select(m => m.Name))}.", nameof(model));
    }
}

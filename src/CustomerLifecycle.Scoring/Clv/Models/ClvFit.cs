namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// A fit that knows its model: everything <see cref="ClvModelFit"/> reports, and <see cref="ToModel"/> to turn it into a
/// <typeparamref name="TModel"/> by parameter name under one convergence policy.
/// </summary>
/// <typeparam name="TModel">The model fitted, e.g. <see cref="BgNbdModel"/>.</typeparam>
public sealed class ClvFit<TModel> : ClvModelFit
    where TModel : class, IClvModel
{
    /// <summary>Makes a typed fit from an untyped one of the same model.</summary>
    /// <param name="fit">The fit; its <see cref="ClvModelFit.Model"/> must be the id of <typeparamref name="TModel"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    /// <exception cref="ArgumentException">The fit is of another model, or its parameters do not make a <typeparamref name="TModel"/>.</exception>
    public ClvFit(ClvModelFit fit)
        : base(fit)
    {
        // One trial build checks the model id and the parameter names now rather than at first use.
        if (ClvModels.FromFit(fit, ClvConvergencePolicy.AllowUnconverged) is not TModel)
        {
            throw new ArgumentException($"A {fit.Model} fit is not a fit of {typeof(TModel).Name}.", nameof(fit));
        }
    }

    /// <summary>The fitted model, rebuilt from the parameters by name.</summary>
    /// <param name="policy">
    /// <see cref="ClvConvergencePolicy.RequireConverged"/> (the default) refuses a fit that did not converge;
    /// <see cref="ClvConvergencePolicy.AllowUnconverged"/> is the explicit opt-in to use its best point anyway.
    /// </param>
    /// <returns>The model.</returns>
    /// <exception cref="InvalidOperationException">The fit did not converge and the policy requires it (the message says why it did not).</exception>
    public TModel ToModel(ClvConvergencePolicy policy = ClvConvergencePolicy.RequireConverged) =>
        !Converged && policy != ClvConvergencePolicy.AllowUnconverged
            ? throw new InvalidOperationException($"The {Model} fit did not converge ({Message}); its parameters must not be used without opting in to unconverged fits.")
            : (TModel)ClvModels.FromFit(this, ClvConvergencePolicy.AllowUnconverged);
}

/// <summary>The input of a fit read once, so the fit and its fingerprint see the same rows.</summary>
internal static class FitInput
{
    public static IReadOnlyCollection<T> Once<T>(IEnumerable<T> items, string name)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        return items as IReadOnlyCollection<T> ?? items.ToArray();
    }
}

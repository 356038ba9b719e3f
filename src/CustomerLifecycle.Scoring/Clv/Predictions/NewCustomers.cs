using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>
/// Expected purchases of a customer yet to be acquired: someone who will make a first purchase at time 0 and then follows
/// the fitted model. It is the model's unconditional E[X(t)], the repeat purchases in (0, t] (the first purchase is not
/// counted), for BG/NBD, MBG/NBD, Pareto/NBD and BG/BB; times a cohort size it plans the purchases of a new cohort.
/// With a covariate fit the new customer's covariate values pick the individual model (the base parameters moved by the
/// coefficients), so that a planned cohort can be described by, say, its acquisition channel.
/// </summary>
public static class NewCustomers
{
    /// <summary>E[X(t)] of a new customer under a fitted model.</summary>
    /// <param name="model">A fitted BG/NBD, MBG/NBD, Pareto/NBD or BG/BB model.</param>
    /// <param name="horizon">t, ≥ 0, in the model's time unit (whole opportunities for BG/BB).</param>
    /// <returns>The expected repeat purchases, finite, ≥ 0 and non-decreasing in t.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is negative or not finite, or not whole for BG/BB.</exception>
    /// <exception cref="ArgumentException">The model does not describe purchases (Gamma-Gamma, sBG).</exception>
    public static double ExpectedTransactions(IClvModel model, double horizon)
    {
        ArgumentNullException.ThrowIfNull(model);
        ClvMath.CheckHorizon(horizon, nameof(horizon));
        return model switch
        {
            IRepeatTransactionModel m => m.ExpectedTransactions(horizon),
            BgBbModel m when Math.Floor(horizon) == horizon && horizon <= int.MaxValue => m.ExpectedTransactions((int)horizon),
            BgBbModel => throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "BG/BB counts whole opportunities: the horizon must be a whole number."),
            _ => throw new ArgumentException($"Model {model.Name} does not describe purchases; new-customer purchases need bg-nbd, mbg-nbd, pareto-nbd or bg-bb.", nameof(model)),
        };
    }

    /// <summary>E[X(t)] of a new customer with these covariate values under a covariate fit.</summary>
    /// <param name="fit">A converged Pareto/NBD, BG/NBD or BG/BB covariate fit.</param>
    /// <param name="covariates">One finite value per name in <see cref="ClvCovariateFit.Covariates"/>, in that order; all 0 gives the base model's expectation.</param>
    /// <param name="horizon">t, ≥ 0, in the model's time unit (whole opportunities for BG/BB).</param>
    /// <param name="policy">Whether a fit that did not converge may be used (by default it is refused).</param>
    /// <returns>The expected repeat purchases of that customer, finite, ≥ 0 and non-decreasing in t.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> or <paramref name="covariates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is negative or not finite, or not whole for BG/BB.</exception>
    /// <exception cref="ArgumentException">
    /// The covariate values are the wrong count or not finite, the fit did not converge under the policy, or it is an sBG fit
    /// (which describes renewals, not purchases).
    /// </exception>
    public static double ExpectedTransactions(ClvCovariateFit fit, IReadOnlyList<double> covariates, double horizon, ClvConvergencePolicy policy = ClvConvergencePolicy.RequireConverged)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(covariates);
        ClvMath.CheckHorizon(horizon, nameof(horizon));
        if (fit.Model == SbgModel.ModelName)
        {
            throw new ArgumentException("An sBG covariate fit describes renewals, not purchases; new-customer purchases need a pareto-nbd, bg-nbd or bg-bb covariate fit.", nameof(fit));
        }

        return ExpectedTransactions(fit.CustomerModel(covariates, policy), horizon);
    }
}

using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>
/// Expected purchases of a customer yet to be acquired: someone who will make a first purchase at time 0 and then follows
/// the fitted model. It is the model's unconditional E[X(t)], the repeat purchases in (0, t] (the first purchase is not
/// counted), for BG/NBD, MBG/NBD, Pareto/NBD and BG/BB; times a cohort size it plans the purchases of a new cohort.
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
}

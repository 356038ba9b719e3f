using System.Globalization;
using CustomerLifecycle.Scoring.Clv.Models;
using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>
/// Discounted expected residual transactions (DERT) of a customer of a continuous-time model: the expected number of all
/// the customer's future purchases after T, the one at T + t weighted by e^(−δt), δ a continuously compounded discount
/// rate per unit of the model's time. Times the margin per purchase it is the customer's expected residual value.
/// </summary>
/// <remarks>
/// <para>
/// Pareto/NBD, in closed form (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using iso-value curves for customer base
/// analysis", Journal of Marketing Research 42(4)): DERT = P(alive) · (r + x)/(α + T) · W(s, δ(β + T)) / δ, where
/// W(a, z) = zᵃ U(a, a, z) and U is the confluent hypergeometric function of the second kind. The factor W/δ is
/// E[1/(δ + μ)] over the drop-out rate μ ~ Gamma(s, β + T) of a customer alive at T.
/// </para>
/// <para>
/// BG/NBD and MBG/NBD: a customer alive at T with purchase rate λ and drop-out probability p makes, in expectation,
/// discounted purchases worth Σⱼ (1 − p)^(j−1) (λ/(λ + δ))ʲ = λ/(δ + pλ). Taking the Gamma moment out of the average over
/// λ ~ Gamma(r + x, α + T) leaves (r + x) · E[1/(δ(α + T) + pT′)] with T′ ~ Gamma(r + x + 1, 1) and p ~ Beta(a, b + x′)
/// (x′ = x, or x + 1 for MBG/NBD): an average of a rational function, taken by a trapezoid sum in the logarithm of T′ and
/// the log-odds of p, which converges geometrically. The tabulated densities depend on x alone, so a batch tabulates
/// them once per distinct frequency; for huge a and b (one dropout probability shared by all) the average over p is
/// taken around its mode instead.
/// </para>
/// <para>
/// Any model, and the cross-check of the two above: integrating by parts,
/// DERT = ∫₀^∞ δ e^(−δt) E[Y(t) | x, t_x, T] dt, evaluated by adaptive quadrature of the model's own conditional expectation.
/// </para>
/// </remarks>
public static class DiscountedResidualTransactions
{
    /// <summary>The largest rate accepted: e^(−10) per unit of time already discounts away all but the next few units.</summary>
    public const double MaxRate = 10d;

    /// <summary>
    /// DERT of one customer: closed form for Pareto/NBD, a geometrically converging double trapezoid sum over the purchase
    /// rate and the drop-out probability for BG/NBD and MBG/NBD, <see cref="ByIntegration"/> for any other model.
    /// </summary>
    /// <param name="model">The fitted transaction model.</param>
    /// <param name="rate">The continuous discount rate δ per unit of the model's time, in (0, <see cref="MaxRate"/>]; a yearly rate of 15 % over weeks is 0.15/52.</param>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Recency t_x.</param>
    /// <param name="age">Age T.</param>
    /// <returns>The discounted expected number of future purchases, finite and ≥ 0; it falls as the rate grows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rate or the customer is invalid.</exception>
    public static double Of(IRepeatTransactionModel model, double rate, double frequency, double recency, double age)
    {
        ArgumentNullException.ThrowIfNull(model);
        CheckRate(rate);
        ClvMath.CheckCustomer(frequency, recency, age);
        var alive = model.ProbabilityAlive(frequency, recency, age);
        return model switch
        {
            ParetoNbdModel m => alive * (m.R + frequency) / (m.Alpha + age) * TricomiU.Scaled(m.S, rate * (m.Beta + age)) / rate,
            BgNbdFamilyModel m => alive * Tables(m, frequency).Alive(rate * (m.Alpha + age)),
            _ => ByIntegration(model, rate, frequency, recency, age),
        };
    }

    /// <summary>
    /// DERT for many customers at once; identical (x, t_x, T) rows are computed once, and for BG/NBD and MBG/NBD the
    /// mixing densities are tabulated once per distinct frequency.
    /// </summary>
    /// <param name="model">The fitted transaction model.</param>
    /// <param name="rate">The continuous discount rate δ per unit of the model's time, in (0, <see cref="MaxRate"/>].</param>
    /// <param name="frequency">Repeat purchases per customer.</param>
    /// <param name="recency">Recency per customer.</param>
    /// <param name="age">Age per customer.</param>
    /// <param name="destination">Receives the DERT of each customer; same length as the inputs.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rate or a customer is invalid.</exception>
    public static void Of(IRepeatTransactionModel model, double rate, ReadOnlySpan<double> frequency, ReadOnlySpan<double> recency, ReadOnlySpan<double> age, Span<double> destination)
    {
        ArgumentNullException.ThrowIfNull(model);
        CheckRate(rate);
        BatchGuard.SameLength(frequency, recency, age, destination);
        var cache = new Dictionary<(double, double, double), double>();
        var tables = new Dictionary<double, BetaGeometricDert>();
        for (var i = 0; i < frequency.Length; i++)
        {
            var key = (frequency[i], recency[i], age[i]);
            if (!cache.TryGetValue(key, out var value))
            {
                ClvMath.CheckCustomer(frequency[i], recency[i], age[i]);
                value = model is BgNbdFamilyModel m
                    ? m.ProbabilityAlive(frequency[i], recency[i], age[i]) * CachedTables(m, frequency[i]).Alive(rate * (m.Alpha + age[i]))
                    : Of(model, rate, frequency[i], recency[i], age[i]);
                cache[key] = value;
            }

            destination[i] = value;
        }

        BetaGeometricDert CachedTables(BgNbdFamilyModel m, double x)
        {
            if (!tables.TryGetValue(x, out var table))
            {
                table = Tables(m, x);
                tables[x] = table;
            }

            return table;
        }
    }

    /// <summary>
    /// DERT of one customer by quadrature of ∫₀^∞ δ e^(−δt) E[Y(t) | x, t_x, T] dt (in v = δt, on pieces that cover
    /// e^(−v) down to 10⁻⁵², beyond which no model's polynomially growing expectation matters): slower than <see cref="Of(IRepeatTransactionModel, double, double, double, double)"/>,
    /// for any model and as its independent check.
    /// </summary>
    /// <param name="model">The fitted transaction model.</param>
    /// <param name="rate">The continuous discount rate δ per unit of the model's time, in (0, <see cref="MaxRate"/>].</param>
    /// <param name="frequency">Repeat purchases x.</param>
    /// <param name="recency">Recency t_x.</param>
    /// <param name="age">Age T.</param>
    /// <returns>The discounted expected number of future purchases, finite and ≥ 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rate or the customer is invalid.</exception>
    public static double ByIntegration(IRepeatTransactionModel model, double rate, double frequency, double recency, double age)
    {
        ArgumentNullException.ThrowIfNull(model);
        CheckRate(rate);
        ClvMath.CheckCustomer(frequency, recency, age);
        double[] cuts = [0d, 1d, 4d, 12d, 40d, 120d];
        var total = 0d;
        for (var i = 1; i < cuts.Length; i++)
        {
            total += Integrate.GaussKronrod(
                v => Math.Exp(-v) * model.ConditionalExpectedTransactions(v / rate, frequency, recency, age),
                cuts[i - 1],
                cuts[i],
                targetRelativeError: 1e-10,
                maximumDepth: 15,
                order: 21);
        }

        return Math.Max(total, 0d);
    }

    /// <summary>Checks a continuous discount rate: finite, &gt; 0 and at most <see cref="MaxRate"/>.</summary>
    internal static void CheckRate(double rate)
    {
        if (!double.IsFinite(rate) || rate <= 0d || rate > MaxRate)
        {
            throw new ArgumentOutOfRangeException(
                nameof(rate),
                rate,
                string.Create(CultureInfo.InvariantCulture, $"The continuous discount rate must be a number in (0, {MaxRate}] per unit of the model's time."));
        }
    }

    /// <summary>The tabulated mixing densities of a BG/NBD-family customer with x repeat purchases (b + x + 1 for MBG/NBD).</summary>
    private static BetaGeometricDert Tables(BgNbdFamilyModel m, double frequency) =>
        new(m.R + frequency, m.A, m.B + frequency + (m is MbgNbdModel ? 1d : 0d));
}

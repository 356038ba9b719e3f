using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV"; Colombo &amp; Jiang 1999):
/// each transaction's value is Gamma(p, ν) with a customer-specific ν ~ Gamma(q, v), independent of the purchase process.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Money is in the currency unit of the data (as <see cref="double"/> inside the model; convert to <see cref="decimal"/>
/// at the boundary). The population mean spend p·v/(q − 1) exists only for q &gt; 1.
/// </remarks>
public sealed class GammaGammaModel : IClvModel
{
    /// <summary>The model name used in fits and the CLI: "gamma-gamma".</summary>
    public const string ModelName = "gamma-gamma";

    /// <summary>Makes the model from known parameters.</summary>
    /// <param name="p">Shape of the per-transaction spend Gamma, &gt; 0.</param>
    /// <param name="q">Shape of the Gamma of the customer's rate ν, &gt; 0.</param>
    /// <param name="v">Scale of the Gamma of ν, in currency units, &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is not a finite number &gt; 0.</exception>
    public GammaGammaModel(double p, double q, double v)
    {
        P = ClvMath.Positive(p, nameof(p));
        Q = ClvMath.Positive(q, nameof(q));
        V = ClvMath.Positive(v, nameof(v));
        Parameters = [new ClvParameter("p", P, null), new ClvParameter("q", Q, null), new ClvParameter("v", V, null)];
    }

    /// <summary>Shape p of the per-transaction spend.</summary>
    public double P { get; }

    /// <summary>Shape q of the customers' rate ν.</summary>
    public double Q { get; }

    /// <summary>Scale v of the customers' rate ν, in currency units.</summary>
    public double V { get; }

    /// <inheritdoc />
    public IReadOnlyList<ClvParameter> Parameters { get; }

    /// <inheritdoc />
    public string Name => ModelName;

    /// <summary>
    /// Which customers a Gamma-Gamma fit can use: repeat buyers (x &gt; 0) with a positive mean repeat-transaction value
    /// (<see cref="CustomerSummary.MonetaryValue"/>). A repeat buyer without one is excluded, by customer id and reason
    /// (a spend of 0 is impossible under the model); customers with x = 0 carry no spend information and are neither.
    /// </summary>
    /// <param name="customers">The summaries.</param>
    /// <returns>The usable repeat buyers and the excluded ones.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is or contains null.</exception>
    public static GammaGammaEligibility Eligibility(IEnumerable<CustomerSummary> customers)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var eligible = new List<CustomerSummary>();
        var excluded = new List<ClvExclusion>();
        var index = 0;
        foreach (var c in customers)
        {
            if (c is null)
            {
                throw new ArgumentNullException(nameof(customers), "The customer summaries must not contain null.");
            }

            if (c.Frequency > 0d)
            {
                if (c.MonetaryValue is { } value && value > 0m)
                {
                    eligible.Add(c);
                }
                else
                {
                    var spend = c.MonetaryValue is { } m ? m.ToString(System.Globalization.CultureInfo.InvariantCulture) : "missing";
                    excluded.Add(new ClvExclusion(index, c.Customer, "monetary_value.not_positive", $"repeat buyer with mean spend {spend}: the Gamma-Gamma model needs a positive mean spend"));
                }
            }

            index++;
        }

        return new GammaGammaEligibility(eligible, excluded);
    }

    /// <summary>
    /// Fits the model by maximum likelihood on the eligible repeat buyers (<see cref="Eligibility"/>); the excluded ones
    /// are listed in <see cref="ClvModelFit.Excluded"/> by customer id and reason.
    /// </summary>
    /// <param name="customers">The summaries; weights honoured, identical (x, value) rows merged.</param>
    /// <param name="options">Fit options, or null for the defaults.</param>
    /// <returns>The fit with parameters p, q, v; <see cref="ClvModelFit.Customers"/> counts the repeat buyers used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customers"/> is or contains null.</exception>
    /// <exception cref="ArgumentException">No repeat buyer has a positive mean spend, or the options are invalid.</exception>
    public static ClvFit<GammaGammaModel> Fit(IEnumerable<CustomerSummary> customers, ClvFitOptions? options = null)
    {
        var eligibility = Eligibility(customers);
        if (eligibility.Eligible.Count == 0)
        {
            throw new ArgumentException(
                eligibility.Excluded.Count == 0
                    ? "The Gamma-Gamma model needs at least one repeat buyer (x > 0)."
                    : $"The Gamma-Gamma model needs at least one repeat buyer (x > 0) with a positive mean spend; {eligibility.Excluded.Count} repeat buyer(s) had none (first {eligibility.Excluded[0].Label()}).",
                nameof(customers));
        }

        var rows = eligibility.Eligible.Select(c => (c.Frequency, (double)c.MonetaryValue!.Value, c.Weight)).ToList();
        var fit = MaximumLikelihood.Fit(new GammaGammaLikelihood(rows), options);
        return new ClvFit<GammaGammaModel>(fit) { Data = ClvDataFingerprint.Of(eligibility.Eligible), Excluded = eligibility.Excluded };
    }

    /// <summary>Makes the model from a fit, by parameter name.</summary>
    /// <param name="fit">A "gamma-gamma" fit.</param>
    /// <param name="policy">Whether a fit that did not converge may be used (by default it is refused).</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fit"/> is null.</exception>
    /// <exception cref="ArgumentException">The fit is of another model, lacks a parameter, or did not converge under the policy.</exception>
    public static GammaGammaModel FromFit(ClvModelFit fit, ClvConvergencePolicy policy = ClvConvergencePolicy.RequireConverged) =>
        ClvModels.FromFit<GammaGammaModel>(fit, ModelName, policy);

    /// <summary>The population mean spend per transaction, p·v/(q − 1): the expectation for a customer with no repeat purchases.</summary>
    /// <returns>The mean in currency units.</returns>
    /// <exception cref="InvalidOperationException">q ≤ 1: the population mean is infinite.</exception>
    public double MeanSpend() =>
        Q > 1d
            ? P * V / (Q - 1d)
            : throw new InvalidOperationException($"The population mean spend is infinite when q ≤ 1 (q = {Q}).");

    /// <summary>
    /// E[Z | x, z̄]: the expected value of a future transaction of a customer with x repeat transactions of mean value z̄,
    /// p(v + x z̄)/(px + q − 1) — a weighted average of the population mean and the customer's own mean.
    /// </summary>
    /// <param name="frequency">Repeat transactions, a whole number ≥ 0 (0 gives <see cref="MeanSpend"/>).</param>
    /// <param name="meanSpend">The mean value z̄ of those transactions, ≥ 0 (ignored when x = 0).</param>
    /// <returns>The expected spend per transaction, in currency units.</returns>
    /// <exception cref="ArgumentOutOfRangeException">x or the mean is invalid.</exception>
    /// <exception cref="InvalidOperationException">px + q ≤ 1: the expectation is infinite.</exception>
    public double ExpectedSpend(double frequency, double meanSpend)
    {
        if (!double.IsFinite(frequency) || frequency < 0d || Math.Floor(frequency) != frequency)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "frequency must be a whole number ≥ 0.");
        }

        if (!double.IsFinite(meanSpend) || meanSpend < 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(meanSpend), meanSpend, "The mean spend must be a finite number ≥ 0.");
        }

        var denominator = (P * frequency) + Q - 1d;
        return denominator > 0d
            ? P * (V + (frequency * meanSpend)) / denominator
            : throw new InvalidOperationException($"The expected spend is infinite when px + q ≤ 1 (p = {P}, q = {Q}, frequency = {frequency}).");
    }

    /// <summary>The expected spend per transaction of a customer summary (its monetary value, 0 when absent and x = 0).</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The expected spend, in currency units.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customer"/> is null.</exception>
    /// <exception cref="ArgumentException">A repeat buyer without a monetary value.</exception>
    /// <exception cref="InvalidOperationException">The expectation is infinite (see <see cref="ExpectedSpend(double, double)"/>).</exception>
    public double ExpectedSpend(CustomerSummary customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (customer.Frequency > 0d && customer.MonetaryValue is null)
        {
            throw new ArgumentException("A repeat buyer needs a monetary value for the expected spend.", nameof(customer));
        }

        return ExpectedSpend(customer.Frequency, (double)(customer.MonetaryValue ?? 0m));
    }

    /// <summary>The log-likelihood of one repeat buyer's mean spend.</summary>
    /// <param name="frequency">Repeat transactions, a whole number ≥ 1.</param>
    /// <param name="meanSpend">Their mean value, &gt; 0.</param>
    /// <returns>ln f(z̄ | x), finite.</returns>
    /// <exception cref="ArgumentOutOfRangeException">x &lt; 1 or not whole, or the mean is not &gt; 0.</exception>
    public double LogLikelihood(double frequency, double meanSpend)
    {
        if (!double.IsFinite(frequency) || frequency < 1d || Math.Floor(frequency) != frequency)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "frequency must be a whole number ≥ 1.");
        }

        if (!double.IsFinite(meanSpend) || meanSpend <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(meanSpend), meanSpend, "The mean spend must be a finite number > 0.");
        }

        var px = P * frequency;
        return SpecialFunctions.GammaLn(px + Q) - SpecialFunctions.GammaLn(px) - SpecialFunctions.GammaLn(Q) + (Q * Math.Log(V))
            + ((px - 1d) * Math.Log(meanSpend)) + (px * Math.Log(frequency)) - ((px + Q) * Math.Log((frequency * meanSpend) + V));
    }

    /// <inheritdoc />
    public override string ToString() => $"{ModelName}(p={P:G6}, q={Q:G6}, v={V:G6})";
}

using CustomerLifecycle.Scoring.Clv.Models;
using MathNet.Numerics.Distributions;

namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>
/// Simulates one customer's (x, t_x) over an observation length T from a fitted continuous-time model, and a repeat
/// buyer's mean spend from a Gamma-Gamma model — the data-generating stories of the models, used by the parametric bootstrap.
/// </summary>
internal static class HistorySimulator
{
    /// <summary>A (x, t_x) drawn from the model for a customer observed for <paramref name="age"/> after the first purchase.</summary>
    /// <exception cref="ArgumentException">The model is not BG/NBD, MBG/NBD or Pareto/NBD.</exception>
    public static (double Frequency, double Recency) History(IRepeatTransactionModel model, double age, Random random) => model switch
    {
        ParetoNbdModel p => Pareto(p, age, random),
        BgNbdFamilyModel b => BetaGeometric(b, b is MbgNbdModel, age, random),
        _ => throw new ArgumentException($"The bootstrap simulates bg-nbd, mbg-nbd and pareto-nbd; got {model.Name}.", nameof(model)),
    };

    /// <summary>
    /// A repeat buyer's mean spend over <paramref name="frequency"/> purchases: ν ~ Gamma(q, v) per customer and each
    /// spend ~ Gamma(p, ν), so the mean of x spends is Gamma(p·x, ν·x).
    /// </summary>
    public static double MeanSpend(GammaGammaModel model, double frequency, Random random)
    {
        var nu = Gamma.Sample(random, model.Q, model.V);
        return Math.Max(Gamma.Sample(random, model.P * frequency, nu * frequency), double.Epsilon);
    }

    /// <summary>Pareto/NBD: λ ~ Gamma(r, α), lifetime ~ Exp(μ) with μ ~ Gamma(s, β); Poisson purchases while alive.</summary>
    private static (double, double) Pareto(ParetoNbdModel model, double age, Random random)
    {
        var lambda = Gamma.Sample(random, model.R, model.Alpha);
        var mu = Gamma.Sample(random, model.S, model.Beta);
        var alive = Math.Min(age, mu > 0d ? Exponential.Sample(random, mu) : age);
        var x = lambda > 0d ? Poisson.Sample(random, lambda * alive) : 0;

        // Given x events in (0, alive], the last is the largest of x uniform times.
        return x == 0 ? (0d, 0d) : (x, Math.Min(alive * Math.Pow(random.NextDouble(), 1d / x), age));
    }

    /// <summary>BG/NBD (and MBG/NBD, which may also drop out at time 0): Poisson purchases at λ ~ Gamma(r, α); after each, dropout with p ~ Beta(a, b).</summary>
    private static (double, double) BetaGeometric(BgNbdFamilyModel model, bool modified, double age, Random random)
    {
        var lambda = Gamma.Sample(random, model.R, model.Alpha);
        var p = BetaSample(random, model.A, model.B);
        if (lambda <= 0d || (modified && random.NextDouble() < p))
        {
            return (0d, 0d);
        }

        var (x, t) = (0, 0d);
        var last = 0d;
        while (true)
        {
            t += Exponential.Sample(random, lambda);
            if (t > age)
            {
                return (x, last);
            }

            (x, last) = (x + 1, t);
            if (random.NextDouble() < p)
            {
                return (x, last);
            }
        }
    }

    /// <summary>
    /// A Beta(a, b) draw as X/(X + Y) of Gamma draws, on the log scale so that shapes far below 1 (a fit running to the
    /// boundary) give 0 or 1 instead of 0/0.
    /// </summary>
    private static double BetaSample(Random random, double a, double b) => 1d / (1d + Math.Exp(LogGammaSample(random, b) - LogGammaSample(random, a)));

    /// <summary>ln of a Gamma(shape, 1) draw; below shape 1 as ln Gamma(shape + 1) + ln(U)/shape (Marsaglia &amp; Tsang's boost).</summary>
    private static double LogGammaSample(Random random, double shape) => shape < 1d
        ? Math.Log(Gamma.Sample(random, shape + 1d, 1d)) + (Math.Log(1d - random.NextDouble()) / shape)
        : Math.Log(Gamma.Sample(random, shape, 1d));
}

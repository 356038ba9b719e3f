using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Covariates;
using MathNet.Numerics.Distributions;

namespace CustomerLifecycle.Scoring.Tests.Clv.Covariates;

/// <summary>Customers simulated from Pareto/NBD or BG/NBD with two binary covariates and known coefficients (fixed seeds).</summary>
internal static class CovariateSimulation
{
    /// <summary>Pareto/NBD: λ ~ Gamma(r, α·e^(−γ_t·z)), μ ~ Gamma(s, β·e^(−γ_l·z)), Poisson purchases until an exponential lifetime.</summary>
    public static List<CovariateCustomer> ParetoNbd(int n, double[] p, double[] transaction, double[] life, int seed)
    {
        var random = new Random(seed);
        var customers = new List<CovariateCustomer>(n);
        for (var i = 0; i < n; i++)
        {
            var z = Covariates(random);
            var lambda = Gamma.Sample(random, p[0], p[1] * Math.Exp(-Dot(transaction, z)));
            var mu = Gamma.Sample(random, p[2], p[3] * Math.Exp(-Dot(life, z)));
            var age = Age(random);
            var end = Math.Min(age, Exponential.Sample(random, mu));
            var (x, tx) = Purchases(random, lambda, end, _ => false);
            customers.Add(new CovariateCustomer(new CustomerSummary(x, tx, age), z));
        }

        return customers;
    }

    /// <summary>BG/NBD: λ ~ Gamma(r, α·e^(−γ_t·z)), p ~ Beta(a·e^(γ_l·z), b·e^(γ_l·z)), dropout after each purchase with probability p.</summary>
    public static List<CovariateCustomer> BgNbd(int n, double[] p, double[] transaction, double[] life, int seed)
    {
        var random = new Random(seed);
        var customers = new List<CovariateCustomer>(n);
        for (var i = 0; i < n; i++)
        {
            var z = Covariates(random);
            var lambda = Gamma.Sample(random, p[0], p[1] * Math.Exp(-Dot(transaction, z)));
            var scale = Math.Exp(Dot(life, z));
            var dropout = Beta.Sample(random, p[2] * scale, p[3] * scale);
            var age = Age(random);
            var (x, tx) = Purchases(random, lambda, age, r => r.NextDouble() < dropout);
            customers.Add(new CovariateCustomer(new CustomerSummary(x, tx, age), z));
        }

        return customers;
    }

    private static double[] Covariates(Random random) => [random.Next(2), random.Next(2)];

    private static double Age(Random random) => 26d + random.Next(27);

    private static (int X, double Tx) Purchases(Random random, double lambda, double end, Func<Random, bool> diesAfterPurchase)
    {
        double t = 0d, tx = 0d;
        var x = 0;
        while (true)
        {
            t += Exponential.Sample(random, lambda);
            if (t > end)
            {
                return (x, tx);
            }

            x++;
            tx = t;
            if (diesAfterPurchase(random))
            {
                return (x, tx);
            }
        }
    }

    private static double Dot(double[] gamma, double[] z) => (gamma[0] * z[0]) + (gamma[1] * z[1]);
}

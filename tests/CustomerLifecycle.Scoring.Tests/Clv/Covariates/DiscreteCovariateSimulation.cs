using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Tests.Clv.Discrete;
using MathNet.Numerics.Distributions;

namespace CustomerLifecycle.Scoring.Tests.Clv.Covariates;

/// <summary>BG/BB customers and sBG cohorts simulated with two binary covariates and known coefficients (fixed seeds).</summary>
internal static class DiscreteCovariateSimulation
{
    /// <summary>The four covariate vectors of two binary covariates.</summary>
    public static readonly double[][] Vectors = [[0d, 0d], [1d, 0d], [0d, 1d], [1d, 1d]];

    /// <summary>
    /// BG/BB: per covariate vector z, p ~ Beta(α·e^(γ_t·z), β) and θ ~ Beta(γ·e^(γ_l·z), δ), <paramref name="perVector"/>
    /// customers over <paramref name="periods"/> opportunities, aggregated to weighted unique (x, t_x, n) rows.
    /// </summary>
    public static List<DiscreteCovariateCustomer> BgBb(int perVector, int periods, double[] p, double[] transaction, double[] life, int seed)
    {
        var random = new Random(seed);
        var rows = new List<DiscreteCovariateCustomer>();
        foreach (var z in Vectors)
        {
            var histories = DiscreteFitTests.Simulate(p[0] * Math.Exp(Dot(transaction, z)), p[1], p[2] * Math.Exp(Dot(life, z)), p[3], perVector, periods, random);
            rows.AddRange(histories
                .GroupBy(h => (h.Frequency, h.Recency, h.Periods))
                .Select(g => new DiscreteCovariateCustomer(new DiscreteSummary(g.Key.Frequency, g.Key.Recency, g.Key.Periods, weight: g.Count()), z)));
        }

        return rows;
    }

    /// <summary>sBG: one cohort of <paramref name="size"/> customers per covariate vector, θ ~ Beta(α·e^(γ_l·z), β), observed for <paramref name="periods"/> periods.</summary>
    public static List<CovariateCohort> Sbg(int size, int periods, double[] p, double[] life, int seed)
    {
        var random = new Random(seed);
        return Vectors.Select(z => new CovariateCohort(Cohort(random, p[0] * Math.Exp(Dot(life, z)), p[1], size, periods), z)).ToList();
    }

    /// <summary>One cohort's survivors: each customer churns at the end of each period with probability θ ~ Beta(α, β).</summary>
    public static CohortSurvivors Cohort(Random random, double alpha, double beta, int size, int periods)
    {
        var alive = new double[periods + 1];
        for (var c = 0; c < size; c++)
        {
            var theta = Beta.Sample(random, alpha, beta);
            for (var t = 0; t <= periods; t++)
            {
                alive[t]++;
                if (random.NextDouble() < theta)
                {
                    break;
                }
            }
        }

        return new CohortSurvivors(alive);
    }

    private static double Dot(double[] gamma, double[] z) => (gamma[0] * z[0]) + (gamma[1] * z[1]);
}

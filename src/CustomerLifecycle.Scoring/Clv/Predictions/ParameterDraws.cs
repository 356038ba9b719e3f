using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>Models drawn from the asymptotic normal of a fit's log-parameters: ln p = ln p̂ + L z, LLᵀ = Σ, z standard normal.</summary>
internal static class ParameterDraws
{
    /// <summary>The fit's covariance, or throws saying why it has none.</summary>
    public static double[,] Covariance(ClvModelFit fit, string name)
    {
        if (fit.LogParameterCovariance is not { } rows)
        {
            throw new ArgumentException(
                $"The {fit.Model} fit has no covariance of its parameters ({fit.StandardErrorsUnavailableReason ?? "it was made without one"}); intervals need it.",
                name);
        }

        var k = rows.Count;
        var matrix = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                matrix[i, j] = rows[i][j];
            }
        }

        return matrix;
    }

    /// <summary><paramref name="count"/> models of the fit's kind drawn with <paramref name="random"/>.</summary>
    public static IClvModel[] Draw(ClvModelFit fit, int count, Random random, string name)
    {
        var factor = SymmetricMatrix.Cholesky(Covariance(fit, name))
            ?? throw new ArgumentException($"The {fit.Model} fit's covariance is not positive definite; intervals cannot be drawn from it.", name);
        var names = fit.Parameters.Select(p => p.Name).ToArray();
        var center = fit.Parameters.Select(p => Math.Log(p.Value)).ToArray();
        var k = names.Length;
        var z = new double[k];
        var models = new IClvModel[count];
        for (var d = 0; d < count; d++)
        {
            for (var i = 0; i < k; i++)
            {
                z[i] = StandardNormal(random);
            }

            var values = new Dictionary<string, double>(k, StringComparer.Ordinal);
            for (var i = 0; i < k; i++)
            {
                var theta = center[i];
                for (var j = 0; j <= i; j++)
                {
                    theta += factor[i, j] * z[j];
                }

                values[names[i]] = Math.Exp(Math.Clamp(theta, -MaximumLikelihood.LogParameterBound, MaximumLikelihood.LogParameterBound));
            }

            models[d] = ClvModels.Create(fit.Model, values);
        }

        return models;
    }

    /// <summary>A standard normal deviate by the Box–Muller transform (one of the pair; simple and reproducible).</summary>
    private static double StandardNormal(Random random)
    {
        var u = 1d - random.NextDouble(); // (0, 1]
        var v = random.NextDouble();
        return Math.Sqrt(-2d * Math.Log(u)) * Math.Cos(2d * Math.PI * v);
    }
}

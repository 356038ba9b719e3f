using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Tests.Clv.Discrete;

/// <summary>Ratios of Beta and Γ functions stay exact where differences of ln Γ cancel (large γ and δ).</summary>
public class DiscreteMathTests
{
    [Theory]
    [InlineData(0.7, 2.3, 0d, 5d)]
    [InlineData(0.7, 2.3, 3d, 4d)]
    [InlineData(12.5, 0.04, 1d, 59d)]
    [InlineData(3.1, 8.2, 20.5, 0.25)]
    [InlineData(4000d, 9000d, 7d, 30d)]
    public void Log_beta_ratio_equals_the_difference_of_log_beta_for_moderate_arguments(double p, double q, double m, double k)
    {
        var expected = SpecialFunctions.BetaLn(p + m, q + k) - SpecialFunctions.BetaLn(p, q);
        Assert.Equal(expected, DiscreteMath.LogBetaRatio(p, q, m, k), 1e-10 * Math.Max(1d, Math.Abs(expected)));
    }

    [Theory]
    [InlineData(0.2, 1e6)]
    [InlineData(0.2, 1e12)]
    [InlineData(0.65, 1e22)]
    [InlineData(0.01, 1e300)]
    public void Log_beta_ratio_tends_to_the_geometric_limit_when_both_arguments_are_huge(double theta, double scale)
    {
        // γ, δ → ∞ with γ/(γ+δ) = θ: B(γ, δ+n)/B(γ, δ) → (1−θ)ⁿ and B(γ+1, δ+n)/B(γ, δ) → θ(1−θ)ⁿ.
        double g = theta * scale, d = (1d - theta) * scale;
        for (var n = 0; n <= 40; n += 8)
        {
            Assert.Equal(n * Math.Log(1d - theta), DiscreteMath.LogBetaRatio(g, d, 0d, n), 1e-5 * Math.Max(1d, n));
            Assert.Equal(Math.Log(theta) + (n * Math.Log(1d - theta)), DiscreteMath.LogBetaRatio(g, d, 1d, n), 1e-5 * Math.Max(1d, n));
        }
    }

    [Theory]
    [InlineData(0.5, 3d)]
    [InlineData(80_000d, 3d)]
    [InlineData(150_000d, 3d)]
    [InlineData(150_000d, 2.5)]
    [InlineData(2e9, 17d)]
    public void Digamma_difference_is_the_slope_of_the_log_gamma_ratio(double p, double m)
    {
        var h = 1e-5 * p;
        var numeric = (DiscreteMath.LogGammaRatio(p + h, m) - DiscreteMath.LogGammaRatio(p - h, m)) / (2d * h);
        var analytic = DiscreteMath.DigammaDifference(p, m);
        Assert.Equal(numeric, analytic, 1e-6 * Math.Abs(analytic));
    }

    [Theory]
    [InlineData(99_999.5, 4d)]
    [InlineData(99_999.5, 4.5)]
    public void Log_gamma_ratio_is_continuous_where_it_switches_to_stirling(double below, double m)
    {
        var above = 100_000.5;
        var expectedStep = m * Math.Log(above / below); // ln Γ(p+m) − ln Γ(p) ≈ m ln p for large p
        var step = DiscreteMath.LogGammaRatio(above, m) - DiscreteMath.LogGammaRatio(below, m);
        Assert.Equal(expectedStep, step, 1e-9);
    }

    [Property(MaxTest = 200)]
    public Property Bg_bb_log_likelihood_is_never_positive_however_large_gamma_and_delta_are() =>
        Prop.ForAll(
            Gen.Choose(0, 30).ToArbitrary(),
            Gen.Choose(1, 99).ToArbitrary(),
            DiscreteArbitraries.Histories(),
            (exponent, percent, row) =>
            {
                var scale = Math.Pow(10d, exponent);
                var likelihood = new BgBbLikelihood([row]);
                var gradient = new double[4];
                var ll = likelihood.LogLikelihood([0.7, 1.2, scale * percent / 100d, scale * (100 - percent) / 100d], gradient);
                return ll <= 0d && double.IsFinite(ll) && gradient.All(double.IsFinite);
            });

    [DatasetFact("donations.csv")]
    public void Bg_bb_gradient_matches_central_differences_when_gamma_and_delta_are_huge()
    {
        // In log-parameters, as the optimiser sees them: ∂/∂ln γ = γ ∂/∂γ.
        var likelihood = new BgBbLikelihood(DiscreteTestData.Donations());
        double[] at = [1.2, 0.75, 4e7, 2.9e8];
        var analytic = new double[4];
        likelihood.LogLikelihood(at, analytic);
        for (var i = 0; i < at.Length; i++)
        {
            var up = (double[])at.Clone();
            var down = (double[])at.Clone();
            up[i] *= Math.Exp(1e-5);
            down[i] *= Math.Exp(-1e-5);
            var numeric = (likelihood.LogLikelihood(up, []) - likelihood.LogLikelihood(down, [])) / 2e-5;
            Assert.Equal(numeric, analytic[i] * at[i], 1e-4 * Math.Max(1d, Math.Abs(numeric)));
        }
    }
}

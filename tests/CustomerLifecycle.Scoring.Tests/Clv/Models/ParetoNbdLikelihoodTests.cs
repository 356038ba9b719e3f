using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

// The analytic gradient of the Pareto/NBD log-likelihood (derivatives of the transformed 2F1 series summed alongside it)
// against central differences of the value-only single-customer formula, an independent code path.
public sealed class ParetoNbdLikelihoodTests
{
    public static TheoryData<double, double, double, double> Points => new()
    {
        { 0.553, 10.578, 0.606, 11.669 }, // CDNOW optimum: α < β, close
        { 0.5, 20, 1.0, 5 },              // α > β
        { 0.8, 7, 0.9, 7 },               // α = β exactly (z = 0)
        { 0.8, 7 + 1e-9, 0.9, 7 },        // α just above β
        { 0.8, 7 - 1e-9, 0.9, 7 },        // α just below β
        { 2, 3, 0.3, 40 },                // α ≪ β
        { 0.3, 60, 2, 1.5 },              // α ≫ β: long series at t_x = 0
        { 5, 0.5, 0.05, 200 },            // large r, tiny α and s
    };

    private static readonly (double X, double Tx, double T)[] Customers =
    [
        (0, 0, 38.86),     // never repeated
        (2, 30.43, 38.86), // CDNOW customer 1
        (1, 1e-3, 50),     // one early repeat, then silence
        (5, 39, 39),       // t_x = T: only the alive-throughout term
        (7, 38.999, 39),   // t_x just below T: A₀ is a small difference
        (300, 38, 39),     // hundreds of purchases
        (600, 10, 500),    // hundreds of purchases, then years of silence
    ];

    [Theory]
    [MemberData(nameof(Points))]
    public void Analytic_gradient_matches_central_differences_for_extreme_customers(double r, double alpha, double s, double beta)
    {
        double[] p = [r, alpha, s, beta];
        foreach (var (x, tx, age) in Customers)
        {
            var likelihood = new ParetoNbdLikelihood(SummaryRows.From([new CustomerSummary(x, tx, age)], "c"));
            var gradient = new double[4];
            var value = likelihood.LogLikelihood(p, gradient);

            Assert.Equal(ParetoNbdLikelihood.Single(r, alpha, s, beta, x, tx, age), value, 1e-10 * Math.Max(1d, Math.Abs(value)));
            for (var i = 0; i < 4; i++)
            {
                // Central differences in ln pᵢ with Richardson extrapolation (error O(h⁴) + rounding ≈ 1e-16·|LL|/h):
                // pᵢ ∂LL/∂pᵢ agrees to 1e-8 relative to the size of the log-likelihood and the derivative (observed: ≤ 1e-9).
                var numeric = LogDerivative(p, i, x, tx, age);
                var analytic = gradient[i] * p[i];
                Assert.True(
                    Math.Abs(analytic - numeric) <= 1e-8 * (1d + Math.Abs(value) + Math.Abs(numeric)),
                    $"∂/∂ln {likelihood.ParameterNames[i]} at (x={x}, t_x={tx}, T={age}): analytic {analytic:R}, numeric {numeric:R}");
            }
        }
    }

    [Fact]
    public void Weighted_gradient_is_the_weighted_sum_of_single_customer_gradients()
    {
        double[] p = [0.553, 10.578, 0.606, 11.669];
        var rows = Customers.Select((c, i) => new CustomerSummary(c.X, c.Tx, c.T, weight: i + 1d)).ToArray();
        var total = new double[4];
        new ParetoNbdLikelihood(SummaryRows.From(rows, "c")).LogLikelihood(p, total);

        var expected = new double[4];
        foreach (var row in rows)
        {
            var single = new double[4];
            new ParetoNbdLikelihood(SummaryRows.From([new CustomerSummary(row.Frequency, row.Recency, row.Age)], "c")).LogLikelihood(p, single);
            for (var i = 0; i < 4; i++)
            {
                expected[i] += row.Weight * single[i];
            }
        }

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(expected[i], total[i], 1e-9 * Math.Max(1d, Math.Abs(expected[i]))); // summation order only
        }
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Gradient_of_the_cdnow_log_likelihood_vanishes_at_the_fitted_optimum()
    {
        var fit = ParetoNbdModel.Fit(Cdnow.Summaries);
        Assert.True(fit.Converged, fit.Message);
        Assert.InRange(fit.Iterations, 1, 200);
        Assert.All(fit.Parameters, p => Assert.True(p.StandardError is > 0d and < double.PositiveInfinity, $"SE of {p.Name}: {p.StandardError}"));
        var gradient = new double[4];
        new ParetoNbdLikelihood(SummaryRows.From(Cdnow.Summaries, "c")).LogLikelihood(fit.Values(), gradient);

        for (var i = 0; i < 4; i++)
        {
            // The fit stops at a mean relative gradient of 1e-8 in log-parameters: the total is ≤ 2,357 · 1e-8 · |mean LL|.
            Assert.InRange(gradient[i] * fit.Values()[i], -1e-3, 1e-3);
        }
    }

    [Theory]
    [InlineData(-1e-300)]
    [InlineData(-1e-17)]
    [InlineData(-1e-10)]
    [InlineData(-1e-5)]
    [InlineData(-0.3)]
    [InlineData(-5)]
    [InlineData(-800)]
    public void One_minus_exp_is_accurate_near_zero_and_far_from_it(double d)
    {
        // Reference: the Taylor series −Σ dᵏ/k! for |d| < 1 (no cancellation), else 1 − eᵈ directly. Relative 1e-15: a few
        // ulps. (MathNet's Expm1 is off by 1.7e-11 relative at d = −1e-5, so it cannot serve as the reference.)
        var expected = 1d - Math.Exp(d);
        if (Math.Abs(d) < 1d)
        {
            double term = 1d, sum = 0d;
            for (var k = 1; k < 40; k++)
            {
                term *= d / k;
                sum -= term;
            }

            expected = sum;
        }

        Assert.Equal(expected, ParetoNbdLikelihood.OneMinusExp(d), 1e-15 * expected);
    }

    private static double LogDerivative(double[] p, int i, double x, double tx, double age)
    {
        double At(double h)
        {
            var q = (double[])p.Clone();
            q[i] = p[i] * Math.Exp(h);
            return ParetoNbdLikelihood.Single(q[0], q[1], q[2], q[3], x, tx, age);
        }

        double Central(double h) => (At(h) - At(-h)) / (2d * h);

        const double step = 1e-3;
        return ((4d * Central(step / 2d)) - Central(step)) / 3d;
    }
}

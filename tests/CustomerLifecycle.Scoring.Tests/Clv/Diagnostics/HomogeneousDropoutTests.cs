using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Diagnostics;
using CustomerLifecycle.Scoring.Clv.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.Distributions;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Clv.Diagnostics;

/// <summary>
/// Data whose customers share one dropout probability (or one dropout rate) drive the fitted mixing distribution to a
/// point: a and b of BG/NBD's Beta, s and β of Pareto/NBD's Gamma grow without bound. Predictions must stay finite there
/// and tend to the homogeneous (geometric or exponential dropout) forms.
/// </summary>
public class HomogeneousDropoutTests
{
    private static readonly (double X, double Tx, double T)[] Customers =
        [(0, 0, 30), (1, 2, 30), (2, 25, 38.9), (5, 10, 52), (12, 50, 52), (40, 51.5, 52), (300, 51.9, 52)];

    [Fact]
    public void Bg_nbd_predictions_with_a_point_dropout_distribution_equal_the_geometric_dropout_form()
    {
        const double r = 0.8, alpha = 4d, p = 0.2, horizon = 39d;
        var model = new BgNbdModel(r, alpha, 2e9 * p, 2e9 * (1 - p));
        foreach (var (x, tx, t) in Customers)
        {
            var alive = x == 0 ? 1d : 1d / (1d + (p / (1 - p) * Math.Pow((alpha + t) / (alpha + tx), r + x)));
            var k = alpha + t;
            var ifAlive = (1d - Math.Pow(k / (k + (p * horizon)), r + x)) / p;

            // The posterior Beta(a, b + x) moves p by about x/b ≈ 2·10⁻⁷ relative: the limit holds to 10⁻⁶.
            Assert.Equal(alive * ifAlive, model.ConditionalExpectedTransactions(horizon, x, tx, t), 1e-6);
            Assert.Equal(alive * Math.Pow(k / (k + (p * horizon)), r + x), model.ProbabilityAlive(x, tx, t, horizon), 1e-6);
        }

        Assert.Equal((1d - Math.Pow(alpha / (alpha + (p * horizon)), r)) / p, model.ExpectedTransactions(horizon), 1e-6);
    }

    [Theory]
    [InlineData(120d, 480d, 2.3d, 30d, 39d)]
    [InlineData(150d, 100d, 0.4d, 4d, 52d)]
    [InlineData(400d, 3000d, 12d, 56d, 10d)]
    public void Integrated_and_summed_dropout_expectations_agree_where_both_work(double a, double b, double m, double k, double t)
    {
        Assert.Equal(ClvMath.BetaGeometricExpectationBySeries(m, a, b, k, t), DegenerateMixing.BetaGeometricExpectation(m, a, b, k, t), 1e-9);
        var survival = Math.Exp(-a * ClvMath.Log1p(t / k)) * ClvMath.Hyp2F1(a, a + b - m, a + b, t / (k + t));
        Assert.Equal(survival, DegenerateMixing.BetaSurvival(m, a, b, k, t), 1e-9);
    }

    [Theory]
    [InlineData(0.8d, 4d, 0.6d, 300d)]
    [InlineData(2d, 900d, 1.5d, 3d)]
    public void Integrated_and_summed_pareto_alive_probabilities_agree_where_both_work(double r, double alpha, double s, double beta)
    {
        var model = new ParetoNbdModel(r, alpha, s, beta);
        foreach (var (x, tx, t) in Customers.Where(c => c.X > 0))
        {
            var logOdds = Math.Log(s) - Math.Log(r + s + x) + ((r + x) * Math.Log(alpha + t)) + (s * Math.Log(beta + t))
                + ParetoNbdLikelihood.LogA0(r, alpha, s, beta, x, tx, t);
            Assert.Equal(logOdds, DegenerateMixing.ParetoLogOddsDead(r, alpha, s, beta, x, tx, t), 1e-8);
            Assert.Equal(ClvMath.InverseOnePlusExp(logOdds), model.ProbabilityAlive(x, tx, t), 1e-10);
        }
    }

    [Fact]
    public void Pareto_nbd_alive_probability_with_a_point_dropout_rate_equals_the_exponential_lifetime_form()
    {
        const double r = 0.8, alpha = 4d, mu = 0.02;
        var model = new ParetoNbdModel(r, alpha, 1e9 * mu, 1e9);
        foreach (var (x, tx, t) in Customers.Where(c => c.X > 0 && c.Tx < c.T))
        {
            // Alive at T against dead at τ ∈ (t_x, T], with λ ~ Gamma(r + x, α + τ) integrated out and μ fixed.
            var dead = Enumerable.Range(0, 200_000).Sum(i =>
            {
                var tau = tx + ((i + 0.5) * (t - tx) / 200_000);
                return mu * Math.Exp(-mu * tau) * Math.Pow((alpha + t) / (alpha + tau), r + x);
            }) * (t - tx) / 200_000;
            var alive = Math.Exp(-mu * t);
            Assert.Equal(alive / (alive + dead), model.ProbabilityAlive(x, tx, t), 1e-6);
            Assert.True(double.IsFinite(model.ConditionalExpectedTransactions(39, x, tx, t)));
        }
    }

    // Found by the property below: with b a billion times a the closed form lost 1e-4 to cancellation and went past the bound.
    [Theory]
    [InlineData(2.46, 22.49, true)]
    [InlineData(0.72, 27.13, true)]
    [InlineData(0.72, 27.13, false)]
    public void Dropout_a_billion_times_less_likely_than_survival_keeps_the_no_dropout_bound(double logA, double logB, bool modified)
    {
        BgNbdFamilyModel model = modified
            ? new MbgNbdModel(0.8, 4, Math.Exp(logA), Math.Exp(logB))
            : new BgNbdModel(0.8, 4, Math.Exp(logA), Math.Exp(logB));

        Assert.InRange(model.ConditionalExpectedTransactions(39, 0, 0, 30), 0.8 / 34 * 39 * (1 - 1e-6), 0.8 / 34 * 39 * (1 + 1e-9));
        Assert.InRange(model.ExpectedTransactions(39), 0.8 / 4 * 39 * (1 - 1e-6), 0.8 / 4 * 39 * (1 + 1e-9));
    }

    [Property(Arbitrary = [typeof(Shapes)], MaxTest = 60)]
    public bool Predictions_are_finite_and_bounded_for_every_dropout_concentration(double logA, double logB, int customer, bool modified)
    {
        var (x, tx, t) = Customers[Math.Abs(customer) % Customers.Length];
        BgNbdFamilyModel model = modified
            ? new MbgNbdModel(0.8, 4, Math.Exp(logA), Math.Exp(logB))
            : new BgNbdModel(0.8, 4, Math.Exp(logA), Math.Exp(logB));
        var expected = model.ConditionalExpectedTransactions(39, x, tx, t);
        var alive = model.ProbabilityAlive(x, tx, t, 39);

        // Never more than a customer who never drops out buys: (r + x)/(α + T) per unit of time.
        return double.IsFinite(expected) && expected >= 0 && expected <= ((0.8 + x) / (4 + t) * 39 * (1 + 1e-9))
            && alive is >= 0 and <= 1 && double.IsFinite(model.ExpectedTransactions(39));
    }

    [Fact]
    public void Diagnostics_of_fits_to_homogeneous_dropout_data_are_finite_and_the_fits_say_what_happened()
    {
        var data = ClvHoldoutData.FromTransactions(HomogeneousLog(1000, 0.3, 11), Options);
        foreach (var fit in new ClvModelFit[] { BgNbdModel.Fit(data.Summary.Customers), MbgNbdModel.Fit(data.Summary.Customers), ParetoNbdModel.Fit(data.Summary.Customers) })
        {
            var diagnosed = ClvDiagnostics.Diagnose(fit, data, policy: ClvConvergencePolicy.AllowUnconverged);

            Assert.True(double.IsFinite(diagnosed.Holdout.MeanAbsoluteError) && double.IsFinite(diagnosed.Holdout.TotalExpected), fit.ToString());
            Assert.All(diagnosed.Tracking, p => Assert.True(double.IsFinite(p.CumulativeExpected)));
            Assert.All(diagnosed.Bins, b => Assert.True(double.IsFinite(b.Expected)));

            // The mixing distribution ran towards a point: the fit says so (not converged, with the reason) or its shapes are large.
            Assert.True(!fit.Converged || fit.Values()[2] > 20, fit.ToString());
            Assert.InRange(diagnosed.Holdout.TotalExpected / diagnosed.Holdout.TotalActual, 0.75, 1.25);
        }
    }

    private static TransactionSummaryOptions Options =>
        new() { Unit = PeriodUnit.Week, ObservationEnd = Start.PlusDays(7 * 78), CalibrationEnd = Start.PlusDays(7 * 39) };

    private static LocalDate Start => new(2024, 1, 1);

    /// <summary>A log of BG/NBD customers with λ ~ Gamma(0.8, 4 per week) and one dropout probability for all; births in the first 12 weeks.</summary>
    private static List<TransactionRecord> HomogeneousLog(int customers, double dropout, int seed)
    {
        var random = new Random(seed);
        var log = new List<TransactionRecord>();
        for (var i = 0; i < customers; i++)
        {
            var lambda = Gamma.Sample(random, 0.8, 4d);
            var t = random.Next(84) / 7d;
            log.Add(Purchase(log.Count, i, t));
            while ((t += Exponential.Sample(random, lambda)) < 78)
            {
                log.Add(Purchase(log.Count, i, t));
                if (random.NextDouble() < dropout)
                {
                    break;
                }
            }
        }

        return log;
    }

    private static TransactionRecord Purchase(int line, int customer, double week) =>
        new(line + 2, "c" + customer, Start.PlusDays((int)Math.Floor(week * 7)).ToString("uuuu-MM-dd", null));

    public static class Shapes
    {
        public static Arbitrary<double> Logs() => Gen.Choose(0, 2800).Select(i => 0.7 + (i / 100d)).ToArbitrary();
    }
}

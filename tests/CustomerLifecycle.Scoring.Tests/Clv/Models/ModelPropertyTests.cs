using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics.Distributions;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

public sealed class ModelPropertyTests
{
    private static readonly Gen<double> Positive = Gen.Choose(1, 4000).Select(i => i / 1000d);

    private static readonly Gen<(double X, double Tx, double T)> Customer =
        from age in Gen.Choose(1, 5000).Select(i => i / 10d)
        from x in Gen.Frequency((3, Gen.Constant(0)), (5, Gen.Choose(1, 30)), (1, Gen.Choose(100, 600)))
        from share in Gen.Choose(0, 1000).Select(i => i / 1000d)
        select ((double)x, x == 0 ? 0d : share * age, age);

    private static IEnumerable<IRepeatTransactionModel> Models(double[] p) =>
        [new BgNbdModel(p[0], p[1] * 5, p[2], p[3]), new MbgNbdModel(p[0], p[1] * 5, p[2], p[3]), new ParetoNbdModel(p[0], p[1] * 5, p[2], p[3] * 5)];

    [Property(MaxTest = 60)]
    public Property Expected_transactions_never_decrease_with_the_horizon() =>
        Prop.ForAll(
            Gen.ArrayOf(Positive, 4).ToArbitrary(),
            Gen.Choose(0, 2000).Select(i => i / 10d).ToArbitrary(),
            Gen.Choose(0, 2000).Select(i => i / 10d).ToArbitrary(),
            (p, t1, t2) => Models(p).All(m =>
            {
                var (lo, hi) = (Math.Min(t1, t2), Math.Max(t1, t2));
                var e1 = m.ExpectedTransactions(lo);
                var e2 = m.ExpectedTransactions(hi);
                return double.IsFinite(e2) && e1 >= 0 && e2 >= e1 - (1e-12 * Math.Max(1, e2));
            }));

    [Property(MaxTest = 60)]
    public Property Probability_alive_is_a_probability_and_predictions_are_finite() =>
        Prop.ForAll(
            Gen.ArrayOf(Positive, 4).ToArbitrary(),
            Customer.ToArbitrary(),
            (p, c) => Models(p).All(m =>
            {
                var alive = m.ProbabilityAlive(c.X, c.Tx, c.T);
                var later = m.ProbabilityAlive(c.X, c.Tx, c.T, 52);
                var e = m.ConditionalExpectedTransactions(52, c.X, c.Tx, c.T);
                return alive is >= 0 and <= 1 && later >= 0 && later <= alive + 1e-12 && double.IsFinite(e) && e >= 0
                    && double.IsFinite(m.LogLikelihood(c.X, c.Tx, c.T));
            }));

    [Property(MaxTest = 30)]
    public Property Weighted_unique_rows_have_the_likelihood_of_the_expanded_rows() =>
        Prop.ForAll(
            Gen.ArrayOf(Positive, 4).ToArbitrary(),
            Gen.NonEmptyListOf(Gen.Zip(Customer, Gen.Choose(1, 5))).ToArbitrary(),
            (p, rows) =>
            {
                var expanded = rows.SelectMany(r => Enumerable.Repeat(new CustomerSummary(r.Item1.X, r.Item1.Tx, r.Item1.T), r.Item2)).ToArray();
                var weighted = rows.Select(r => new CustomerSummary(r.Item1.X, r.Item1.Tx, r.Item1.T, weight: r.Item2)).ToArray();
                var parameters = new[] { p[0], p[1] * 5, p[2], p[3] };
                var a = new BgNbdFamilyLikelihood(SummaryRows.From(expanded, "e"), false).LogLikelihood(parameters, []);
                var b = new BgNbdFamilyLikelihood(SummaryRows.From(weighted, "w"), false).LogLikelihood(parameters, []);
                var c = new ParetoNbdLikelihood(SummaryRows.From(weighted, "w")).LogLikelihood(parameters, []);
                var d = expanded.Sum(s => new ParetoNbdModel(parameters[0], parameters[1], parameters[2], parameters[3]).LogLikelihood(s.Frequency, s.Recency, s.Age));

                // The fit's Pareto/NBD likelihood declines (−∞, so that the line search backs off) a point where a series
                // would need more than its term limit: z = |α − β| / (max(α, β) + y) within about 2e-4 of 1 (β tiny
                // against α, say), far from any fitted optimum; the per-customer model still evaluates it.
                var (alpha, beta) = (parameters[1], parameters[3]);
                var nearOne = 1d - (Math.Abs(alpha - beta) / (Math.Max(alpha, beta) + expanded.Min(s => s.Recency))) < 1e-3;
                var pareto = Math.Abs(c - d) <= 1e-9 * Math.Max(1, Math.Abs(d)) || (double.IsNegativeInfinity(c) && nearOne);
                return Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(a)) && pareto;
            });

    [Property(MaxTest = 3)]
    public Property Bg_nbd_parameters_are_recovered_from_simulated_data() =>
        Prop.ForAll(Gen.Choose(1, int.MaxValue).ToArbitrary(), seed =>
        {
            double r = 0.5, alpha = 6, a = 0.8, b = 2.5;
            var random = new Random(seed);
            var customers = new List<CustomerSummary>();
            for (var i = 0; i < 4000; i++)
            {
                var age = 26 + random.Next(14);
                var lambda = Gamma.Sample(random, r, alpha);
                var p = Beta.Sample(random, a, b);
                double t = 0, last = 0;
                var x = 0;
                while (true)
                {
                    t += Exponential.Sample(random, lambda);
                    if (t > age)
                    {
                        break;
                    }

                    x++;
                    last = t;
                    if (random.NextDouble() < p)
                    {
                        break;
                    }
                }

                customers.Add(new CustomerSummary(x, Math.Round(last, 2), age));
            }

            var fit = BgNbdModel.Fit(customers);
            var truth = new BgNbdModel(r, alpha, a, b);
            var recovered = Recovery.Recovered(fit, customers.Sum(c => truth.LogLikelihood(c.Frequency, c.Recency, c.Age)), out var why);
            return recovered.Label(why);
        });
}

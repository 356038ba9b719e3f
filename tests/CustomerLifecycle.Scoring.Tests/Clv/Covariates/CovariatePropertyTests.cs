using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Scoring.Clv.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Covariates;

public sealed class CovariatePropertyTests
{
    private static readonly Gen<double> Positive = Gen.Choose(50, 4000).Select(i => i / 1000d);

    private static readonly Gen<double> Coefficient = Gen.Choose(-1500, 1500).Select(i => i / 1000d);

    private static readonly Gen<CustomerSummary[]> Customers =
        Gen.ArrayOf(
            from age in Gen.Choose(10, 800).Select(i => i / 10d)
            from x in Gen.Frequency((3, Gen.Constant(0)), (5, Gen.Choose(1, 30)))
            from share in Gen.Choose(0, 1000).Select(i => i / 1000d)
            select new CustomerSummary(x, x == 0 ? 0d : share * age, age))
        .Where(a => a.Length > 0);

    public static TheoryData<string> Models => new() { ParetoNbdModel.ModelName, BgNbdModel.ModelName };

    [Property(MaxTest = 60)]
    public Property With_every_covariate_zero_the_likelihood_is_the_plain_models_at_any_coefficients() =>
        Prop.ForAll(
            Gen.ArrayOf(Positive, 4).ToArbitrary(),
            Gen.ArrayOf(Coefficient, 3).ToArbitrary(),
            Customers.ToArbitrary(),
            (p, gamma, customers) =>
            {
                foreach (var model in new[] { ParetoNbdModel.ModelName, BgNbdModel.ModelName })
                {
                    var covariate = Likelihood(model, customers.Select(c => (c, new double[] { 0d, 0d })).ToArray());
                    double[] theta = [.. p.Select(v => Math.Log(v)), .. gamma];
                    var plain = Base(model, customers).LogLikelihood(p, []);
                    // exp(ln p) may differ from p in the last bit, so the two agree to rounding, not bit for bit.
                    if (!(Math.Abs(covariate.LogLikelihood(theta, []) - plain) <= 1e-11 * Math.Max(1d, Math.Abs(plain))))
                    {
                        return false;
                    }
                }

                return true;
            });

    [Theory]
    [MemberData(nameof(Models))]
    public void The_analytic_gradient_matches_central_differences(string model)
    {
        var random = new Random(21);
        var rows = Enumerable.Range(0, 200).Select(_ =>
        {
            var age = 20d + random.Next(40);
            var x = random.Next(6);
            return (new CustomerSummary(x, x == 0 ? 0d : age * random.NextDouble(), age), new[] { (double)random.Next(2), random.NextDouble() });
        }).ToArray();
        var likelihood = Likelihood(model, rows);
        double[] theta = [Math.Log(0.7), Math.Log(4d), Math.Log(0.9), Math.Log(6d), 0.3, -0.2, 0.4];
        var gradient = new double[theta.Length];
        likelihood.LogLikelihood(theta, gradient);

        for (var i = 0; i < theta.Length; i++)
        {
            var up = (double[])theta.Clone();
            var down = (double[])theta.Clone();
            up[i] += 1e-6;
            down[i] -= 1e-6;
            var numeric = (likelihood.LogLikelihood(up, []) - likelihood.LogLikelihood(down, [])) / 2e-6;
            Assert.True(Math.Abs(numeric - gradient[i]) <= 1e-5 * Math.Max(1d, Math.Abs(numeric)), $"{model} θ[{i}]: analytic {gradient[i]}, numeric {numeric}");
        }
    }

    [Property(MaxTest = 40)]
    public Property The_penalty_is_the_weighted_sum_of_squared_coefficients() =>
        Prop.ForAll(
            Gen.ArrayOf(Coefficient, 3).ToArbitrary(),
            Gen.Choose(0, 100).ToArbitrary(),
            Gen.Choose(0, 100).ToArbitrary(),
            (gamma, lt, ll) =>
            {
                var options = new ClvCovariateOptions { Names = ["a", "b"], Transaction = ["a"], Life = ["a"], Constrained = ["b"], TransactionPenalty = lt, LifePenalty = ll };
                var design = new CovariateDesign(["r", "alpha", "s", "beta"], Links(ParetoNbdModel.ModelName), options);
                double[] theta = [0d, 0d, 0d, 0d, .. gamma];
                var expected = (lt * gamma[0] * gamma[0]) + (ll * gamma[1] * gamma[1]) + ((lt + ll) * gamma[2] * gamma[2]);
                return Math.Abs(design.Penalty(theta, []) - expected) <= 1e-12 * Math.Max(1d, expected);
            });

    /// <summary>The likelihood with covariate a in each process on its own and b shared by both: θ = (ln p, γ_trans,a, γ_life,a, γ_b).</summary>
    private static CovariateLikelihood Likelihood(string model, (CustomerSummary Summary, double[] Values)[] rows)
    {
        var options = new ClvCovariateOptions { Names = ["a", "b"], Transaction = ["a"], Life = ["a"], Constrained = ["b"] };
        var design = new CovariateDesign(ClvModels.ParameterNames(model), Links(model), options);
        var customers = rows.Select(r => new CovariateCustomer(r.Summary, r.Values)).ToArray();
        var groups = CovariateGroups.Of(customers, design, "customers");
        return new CovariateLikelihood(design, groups.Select(g => Base(model, g.Rows)).ToArray(), groups.Select(g => g.Values).ToArray());
    }

    private static IWeightedLogLikelihood Base(string model, IEnumerable<CustomerSummary> summaries) =>
        model == ParetoNbdModel.ModelName
            ? new ParetoNbdLikelihood(SummaryRows.From(summaries, "customers"))
            : new BgNbdFamilyLikelihood(SummaryRows.From(summaries, "customers"), modified: false);

    private static CovariateLink[] Links(string model) =>
        model == ParetoNbdModel.ModelName
            ? [CovariateLink.Fixed, CovariateLink.Transaction(-1d), CovariateLink.Fixed, CovariateLink.Life(-1d)]
            : [CovariateLink.Fixed, CovariateLink.Transaction(-1d), CovariateLink.Life(1d), CovariateLink.Life(1d)];
}

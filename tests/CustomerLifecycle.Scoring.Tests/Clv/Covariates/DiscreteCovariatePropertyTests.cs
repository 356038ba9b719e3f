using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Scoring.Clv.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Covariates;

public sealed class DiscreteCovariatePropertyTests
{
    private static readonly Gen<double> Positive = Gen.Choose(50, 4000).Select(i => i / 1000d);

    private static readonly Gen<double> Coefficient = Gen.Choose(-1500, 1500).Select(i => i / 1000d);

    private static readonly Gen<DiscreteSummary[]> Histories =
        Gen.ArrayOf(
            from n in Gen.Choose(1, 12)
            from tx in Gen.Choose(0, n)
            from share in Gen.Choose(0, 1000).Select(i => i / 1000d)
            let x = tx == 0 ? 0 : 1 + (int)Math.Floor(share * (tx - 1))
            select new DiscreteSummary(x, tx, n))
        .Where(a => a.Length > 0);

    private static readonly Gen<CohortSurvivors[]> Cohorts =
        Gen.ArrayOf(
            from size in Gen.Choose(1, 500)
            from losses in Gen.ArrayOf(Gen.Choose(0, 100).Select(i => i / 100d), 5)
            select new CohortSurvivors(Survivors(size, losses)))
        .Where(a => a.Length > 0);

    private static readonly ClvCovariateOptions Options = new() { Names = ["a", "b"], Transaction = ["a"], Life = ["a"], Constrained = ["b"] };

    [Property(MaxTest = 60)]
    public Property With_every_covariate_zero_the_bg_bb_likelihood_is_the_plain_models_at_any_coefficients() =>
        Prop.ForAll(
            Gen.ArrayOf(Positive, 4).ToArbitrary(),
            Gen.ArrayOf(Coefficient, 3).ToArbitrary(),
            Histories.ToArbitrary(),
            (p, gamma, histories) =>
            {
                var covariate = BgBb(histories.Select(h => new DiscreteCovariateCustomer(h, [0d, 0d])));
                var plain = new BgBbLikelihood(histories).LogLikelihood(p, []);
                return Close(covariate.LogLikelihood([.. p.Select(v => Math.Log(v)), .. gamma], []), plain);
            });

    [Property(MaxTest = 60)]
    public Property With_every_covariate_zero_the_sbg_likelihood_is_the_plain_models_at_any_coefficients() =>
        Prop.ForAll(
            Gen.ArrayOf(Positive, 2).ToArbitrary(),
            Coefficient.ToArbitrary(),
            Cohorts.ToArbitrary(),
            (p, gamma, cohorts) =>
            {
                var covariate = Sbg(cohorts.Select(c => new CovariateCohort(c, [0d])));
                var plain = new SbgLikelihood(cohorts).LogLikelihood(p, []);
                return Close(covariate.LogLikelihood([.. p.Select(v => Math.Log(v)), gamma], []), plain);
            });

    [Property(MaxTest = 8)]
    public Property With_every_covariate_zero_the_bg_bb_fit_is_the_plain_fit() =>
        Prop.ForAll(
            Gen.Choose(1, 10_000).ToArbitrary(),
            seed =>
            {
                var customers = DiscreteCovariateSimulation.BgBb(150, 6, [1.2, 0.75, 0.66, 2.8], [0d, 0d], [0d, 0d], seed)
                    .Select(c => new DiscreteCovariateCustomer(c.Summary, [0d]))
                    .ToList();
                var fit = new ClvCovariateFitter().FitBgBb(customers, new ClvCovariateOptions { Names = ["zero"] });
                var plain = BgBbModel.Fit(customers.Select(c => c.Summary));
                return SameFit(plain, fit);
            });

    [Property(MaxTest = 8)]
    public Property With_every_covariate_zero_the_sbg_fit_is_the_plain_fit() =>
        Prop.ForAll(
            Gen.Choose(1, 10_000).ToArbitrary(),
            seed =>
            {
                var cohorts = DiscreteCovariateSimulation.Sbg(300, 6, [0.9, 2.5], [0d, 0d], seed)
                    .Select(c => new CovariateCohort(c.Survivors, [0d]))
                    .ToList();
                var fit = new ClvCovariateFitter().FitSbg(cohorts, new ClvCovariateOptions { Names = ["zero"] });
                var plain = SbgModel.Fit(cohorts.Select(c => c.Survivors));
                return SameFit(plain, fit);
            });

    [Fact]
    public void The_bg_bb_analytic_gradient_matches_central_differences()
    {
        var random = new Random(41);
        var customers = Enumerable.Range(0, 200).Select(_ =>
        {
            var n = 1 + random.Next(10);
            var tx = random.Next(n + 1);
            var x = tx == 0 ? 0 : 1 + random.Next(tx);
            return new DiscreteCovariateCustomer(new DiscreteSummary(x, tx, n), [random.Next(2), random.NextDouble()]);
        });
        CheckGradient(BgBb(customers), [Math.Log(1.1), Math.Log(0.8), Math.Log(0.7), Math.Log(2.5), 0.3, -0.2, 0.4]);
    }

    [Fact]
    public void The_sbg_analytic_gradient_matches_central_differences()
    {
        var random = new Random(42);
        var cohorts = Enumerable.Range(0, 12).Select(i =>
            new CovariateCohort(DiscreteCovariateSimulation.Cohort(random, 0.9, 2.5, 300, 6), [i % 3, random.NextDouble()]));
        var options = new ClvCovariateOptions { Names = ["a", "b"], Transaction = [] };
        CheckGradient(Likelihood(cohorts, c => c.Values, c => c.Survivors, SbgModel.ModelName, [CovariateLink.Life(1d), CovariateLink.Fixed], options, rows => new SbgLikelihood(rows)), [Math.Log(0.9), Math.Log(2.5), 0.4, -0.3]);
    }

    private static bool SameFit(ClvModelFit plain, ClvCovariateFit fit) =>
        Math.Abs(plain.LogLikelihood - fit.LogLikelihood) <= 1e-9 * Math.Abs(plain.LogLikelihood)
        && plain.Parameters.Zip(fit.BaseParameters).All(pair => Math.Abs(pair.First.Value - pair.Second.Value) <= 1e-9 * pair.First.Value)
        && fit.LifeCoefficients.Concat(fit.TransactionCoefficients).All(c => c.Value == 0d);

    private static bool Close(double covariate, double plain) =>
        // exp(ln p) may differ from p in the last bit, so the two agree to rounding, not bit for bit.
        Math.Abs(covariate - plain) <= 1e-11 * Math.Max(1d, Math.Abs(plain));

    private static void CheckGradient(CovariateLikelihood likelihood, double[] theta)
    {
        var gradient = new double[theta.Length];
        likelihood.LogLikelihood(theta, gradient);
        for (var i = 0; i < theta.Length; i++)
        {
            var up = (double[])theta.Clone();
            var down = (double[])theta.Clone();
            up[i] += 1e-6;
            down[i] -= 1e-6;
            var numeric = (likelihood.LogLikelihood(up, []) - likelihood.LogLikelihood(down, [])) / 2e-6;
            Assert.True(Math.Abs(numeric - gradient[i]) <= 1e-5 * Math.Max(1d, Math.Abs(numeric)), $"θ[{i}]: analytic {gradient[i]}, numeric {numeric}");
        }
    }

    /// <summary>BG/BB with covariate a in each process on its own and b shared: θ = (ln α, ln β, ln γ, ln δ, γ_trans,a, γ_life,a, γ_b).</summary>
    private static CovariateLikelihood BgBb(IEnumerable<DiscreteCovariateCustomer> customers) =>
        Likelihood(customers, c => c.Values, c => c.Summary, BgBbModel.ModelName, [CovariateLink.Transaction(1d), CovariateLink.Fixed, CovariateLink.Life(1d), CovariateLink.Fixed], Options, rows => new BgBbLikelihood(rows));

    /// <summary>sBG with one lifetime covariate: θ = (ln α, ln β, γ_life).</summary>
    private static CovariateLikelihood Sbg(IEnumerable<CovariateCohort> cohorts) =>
        Likelihood(cohorts, c => c.Values, c => c.Survivors, SbgModel.ModelName, [CovariateLink.Life(1d), CovariateLink.Fixed], new ClvCovariateOptions { Names = ["a"], Transaction = [] }, rows => new SbgLikelihood(rows));

    private static CovariateLikelihood Likelihood<TMember, TRow>(
        IEnumerable<TMember> members,
        Func<TMember, IReadOnlyList<double>> values,
        Func<TMember, TRow> row,
        string model,
        CovariateLink[] links,
        ClvCovariateOptions options,
        Func<IEnumerable<TRow>, IWeightedLogLikelihood> baseLikelihood)
    {
        var design = new CovariateDesign(ClvModels.ParameterNames(model), links, options);
        var groups = CovariateGroups.Of(members, values, row, design, "members", "Member");
        return new CovariateLikelihood(design, groups.Select(g => baseLikelihood(g.Rows)).ToArray(), groups.Select(g => g.Values).ToArray());
    }

    private static double[] Survivors(int size, double[] losses)
    {
        var alive = new double[losses.Length + 1];
        alive[0] = size;
        for (var t = 1; t < alive.Length; t++)
        {
            alive[t] = Math.Floor(alive[t - 1] * (1d - losses[t - 1]));
        }

        return alive;
    }
}

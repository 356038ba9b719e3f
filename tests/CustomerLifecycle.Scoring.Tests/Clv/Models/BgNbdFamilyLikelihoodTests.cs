using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

public sealed class BgNbdFamilyLikelihoodTests
{
    private static readonly Gen<double> Positive = Gen.Choose(1, 4000).Select(i => i / 1000d);

    [Property(MaxTest = 40)]
    public Property The_value_and_gradient_are_the_one_loop_sums_to_the_bit_on_one_core_or_several() =>
        Prop.ForAll(
            Gen.ArrayOf(Positive, 4).ToArbitrary(),
            Gen.Choose(1, int.MaxValue).ToArbitrary(),
            Gen.Elements(false, true).ToArbitrary(),
            (p, seed, modified) =>
            {
                // Enough distinct rows for the parallel path, with extreme recencies so that 1 + e rounds to 1 on some rows.
                var rows = SummaryRows.From(Customers(new Random(seed), 20_000), "c");
                double[] parameters = [p[0], p[1] * 5, p[2], p[3]];
                var reference = OneLoop(rows, modified ? 1 : 0, parameters, out var expected);
                var gradients = new double[2][];
                var values = new double[2];
                foreach (var (several, k) in new[] { (true, 0), (false, 1) })
                {
                    var likelihood = new BgNbdFamilyLikelihood(rows, modified) { MayUseSeveralCores = several };
                    gradients[k] = new double[4];
                    _ = likelihood.LogLikelihood(parameters, gradients[k]); // the buffers are reused: the second call must agree
                    values[k] = likelihood.LogLikelihood(parameters, gradients[k]);
                }

                return values.All(v => BitConverter.DoubleToInt64Bits(v) == BitConverter.DoubleToInt64Bits(reference))
                    && gradients.All(g => g.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(expected.Select(BitConverter.DoubleToInt64Bits)));
            });

    [Fact]
    public void Evaluations_that_overlap_on_one_instance_agree()
    {
        var rows = SummaryRows.From(Customers(new Random(7), 30_000), "c");
        var likelihood = new BgNbdFamilyLikelihood(rows, modified: false);
        double[] parameters = [0.25, 4, 0.8, 2.5];
        var expected = likelihood.LogLikelihood(parameters, []);

        var values = new double[8];
        Parallel.For(0, values.Length, i => values[i] = likelihood.LogLikelihood(parameters, []));

        Assert.All(values, v => Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(v)));
    }

    private static IEnumerable<CustomerSummary> Customers(Random random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var age = 1 + random.Next(4000) / 10d;
            var x = random.Next(5) == 0 ? 0 : random.Next(1, 400);
            yield return new CustomerSummary(x, x == 0 ? 0d : Math.Round(random.NextDouble() * age, 1), age, weight: 1 + random.Next(3));
        }
    }

    /// <summary>The likelihood as one loop over the rows (the form the fitted parameters of earlier releases come from).</summary>
    private static double OneLoop(SummaryRows rows, int shift, double[] parameters, out double[] gradient)
    {
        double r = parameters[0], alpha = parameters[1], a = parameters[2], b = parameters[3];
        var nx = rows.DistinctX.Length;
        var (lbA, lbB, swB) = (new double[nx], new double[nx], new double[nx]);
        for (var g = 0; g < nx; g++)
        {
            var xs = rows.DistinctX[g] + shift;
            lbA[g] = ClvMath.LogBeta(a, b + xs);
            lbB[g] = xs > 0d ? ClvMath.LogBeta(a + 1d, b + xs - 1d) : double.NegativeInfinity;
        }

        var logAT = rows.DistinctAge.Select(t => Math.Log(alpha + t)).ToArray();
        var invAT = rows.DistinctAge.Select(t => 1d / (alpha + t)).ToArray();
        var logATx = rows.DistinctRecency.Select(t => Math.Log(alpha + t)).ToArray();
        var invATx = rows.DistinctRecency.Select(t => 1d / (alpha + t)).ToArray();
        double ll = 0d, dr = 0d, dAlpha = 0d;
        for (var i = 0; i < rows.Count; i++)
        {
            var g = rows.XIndex[i];
            var w = rows.Weight[i];
            var rx = r + rows.DistinctX[g];
            var (ti, si) = (rows.AgeIndex[i], rows.RecencyIndex[i]);
            var termA = lbA[g] - (rx * logAT[ti]);
            if (double.IsNegativeInfinity(lbB[g]))
            {
                ll += w * termA;
                dr -= w * logAT[ti];
                dAlpha -= w * rx * invAT[ti];
                continue;
            }

            var termB = lbB[g] - (rx * logATx[si]);
            var d = termB - termA;
            double lse, wB;
            if (d <= 0d)
            {
                var e = Math.Exp(d);
                (lse, wB) = (termA + Math.Log(1d + e), e / (1d + e));
            }
            else
            {
                var e = Math.Exp(-d);
                (lse, wB) = (termB + Math.Log(1d + e), 1d / (1d + e));
            }

            var wA = 1d - wB;
            ll += w * lse;
            dr -= w * ((wA * logAT[ti]) + (wB * logATx[si]));
            dAlpha -= w * rx * ((wA * invAT[ti]) + (wB * invATx[si]));
            swB[g] += w * wB;
        }

        var lnGammaR = SpecialFunctions.GammaLn(r);
        var logAlpha = Math.Log(alpha);
        var logBetaAb = ClvMath.LogBeta(a, b);
        for (var g = 0; g < nx; g++)
        {
            ll += rows.WeightByX[g] * (SpecialFunctions.GammaLn(r + rows.DistinctX[g]) - lnGammaR + (r * logAlpha) - logBetaAb);
        }

        var (psiR, psiB, psiAb) = (SpecialFunctions.DiGamma(r), SpecialFunctions.DiGamma(b), SpecialFunctions.DiGamma(a + b));
        double da = 0d, db = 0d;
        for (var g = 0; g < nx; g++)
        {
            var wg = rows.WeightByX[g];
            var x = rows.DistinctX[g];
            var xs = x + shift;
            var psiAbx = SpecialFunctions.DiGamma(a + b + xs);
            dr += wg * (SpecialFunctions.DiGamma(r + x) - psiR + logAlpha);
            dAlpha += wg * r / alpha;
            da += (wg * (psiAb - psiAbx)) + (swB[g] / a);
            db += wg * (psiAb - psiB + SpecialFunctions.DiGamma(b + xs) - psiAbx);
            if (swB[g] != 0d)
            {
                db -= swB[g] / (b + xs - 1d);
            }
        }

        gradient = [dr, dAlpha, da, db];
        return ll;
    }
}

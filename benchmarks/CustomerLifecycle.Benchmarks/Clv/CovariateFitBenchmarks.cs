using System.Globalization;
using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Models;
using MathNet.Numerics.Distributions;
using NodaTime;

namespace CustomerLifecycle.Benchmarks.Clv;

/// <summary>
/// Pareto/NBD with time-invariant covariates against the plain fit of the same rows: the apparel data (600 customers,
/// Gender and Channel in both processes) read in place from the datasets folder, and 1,000,000 simulated customers with
/// two binary covariates (goal: the covariate fit within 10× the plain one); and BG/BB on 1,000,000 simulated customers
/// with two binary covariates, as weighted unique (x, t_x, n, covariate vector) rows, against the plain BG/BB fit of the
/// same customers' unique rows.
/// </summary>
[MemoryDiagnoser]
public class CovariateFitBenchmarks
{
    private static readonly ClvCovariateOptions TwoCovariates = new() { Names = ["Gender", "Channel"] };

    private CovariateCustomer[] _apparel = [];
    private CustomerSummary[] _apparelPlain = [];
    private CovariateCustomer[] _simulated = [];
    private CustomerSummary[] _simulatedPlain = [];
    private DiscreteCovariateCustomer[] _bgBb = [];
    private DiscreteSummary[] _bgBbPlain = [];

    [GlobalSetup]
    public void Setup()
    {
        _apparel = [.. Apparel()];
        _apparelPlain = [.. _apparel.Select(c => c.Summary)];
        _simulated = Simulated(1_000_000);
        _simulatedPlain = [.. _simulated.Select(c => c.Summary)];
        _bgBb = SimulatedBgBb(1_000_000);
        _bgBbPlain =
        [
            .. _bgBb.GroupBy(c => (c.Summary.Frequency, c.Summary.Recency, c.Summary.Periods))
                .Select(g => new DiscreteSummary(g.Key.Frequency, g.Key.Recency, g.Key.Periods, weight: g.Sum(c => c.Summary.Weight))),
        ];
    }

    [Benchmark]
    public ClvModelFit ParetoNbdPlainApparel() => ParetoNbdModel.Fit(_apparelPlain);

    [Benchmark]
    public ClvModelFit ParetoNbdCovariatesApparel() => new ClvCovariateFitter().FitParetoNbd(_apparel, TwoCovariates);

    [Benchmark]
    public ClvModelFit ParetoNbdPlainMillion() => ParetoNbdModel.Fit(_simulatedPlain);

    [Benchmark]
    public ClvModelFit ParetoNbdCovariatesMillion() => new ClvCovariateFitter().FitParetoNbd(_simulated, TwoCovariates);

    [Benchmark]
    public ClvModelFit BgBbPlainMillion() => BgBbModel.Fit(_bgBbPlain);

    [Benchmark]
    public ClvModelFit BgBbCovariatesMillion() => new ClvCovariateFitter().FitBgBb(_bgBb, TwoCovariates);

    private static IEnumerable<CovariateCustomer> Apparel()
    {
        var folder = DatasetsFolder();
        var records = File.ReadLines(Path.Combine(folder, "external", "clvtools", "apparelTrans.csv")).Skip(1)
            .Select((l, i) => l.Split(',') is var f ? new TransactionRecord(i + 2, f[0], f[1], f[2]) : null!);
        var summary = new TransactionSummarizer(new TransactionSummaryOptions
        {
            Unit = PeriodUnit.Week,
            CalibrationEnd = new LocalDate(2006, 12, 31),
            ObservationEnd = new LocalDate(2010, 12, 31),
        }).Summarize(records);
        var covariates = File.ReadLines(Path.Combine(folder, "external", "clvtools", "apparelStaticCov.csv")).Skip(1)
            .Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => new[] { double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture) });
        return summary.Customers.Select(c => new CovariateCustomer(c, covariates[c.Customer!.Value.ToString()]));
    }

    /// <summary>The datasets folder beside the repository (shared/datasets above the build output).</summary>
    private static string DatasetsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The covariate benchmarks read the apparel data from the shared/datasets folder beside the repository, which is absent.");
    }

    /// <summary>Pareto/NBD customers over 52 weeks with two binary covariates and known coefficients (fixed seed), recency in whole days.</summary>
    private static CovariateCustomer[] Simulated(int count)
    {
        var random = new Random(1_000_000);
        var result = new CovariateCustomer[count];
        for (var i = 0; i < count; i++)
        {
            double[] z = [random.Next(2), random.Next(2)];
            var lambda = Gamma.Sample(random, 0.8, 6d * Math.Exp(-((0.5 * z[0]) - (0.4 * z[1]))));
            var mu = Gamma.Sample(random, 0.7, 10d * Math.Exp(-((-0.6 * z[0]) + (0.7 * z[1]))));
            var age = 26d + random.Next(27);
            var end = Math.Min(age, Exponential.Sample(random, mu));
            double t = 0d, tx = 0d;
            var x = 0;
            while ((t += Exponential.Sample(random, lambda)) <= end)
            {
                x++;
                tx = Math.Round(t * 7d) / 7d; // whole days, as a summary of dated purchases has
            }

            result[i] = new CovariateCustomer(new CustomerSummary(x, Math.Min(tx, age), age), z);
        }

        return result;
    }

    /// <summary>
    /// BG/BB customers over 10 opportunities with two binary covariates (α·e^(0.6·z₁ − 0.5·z₂), γ·e^(−0.7·z₁ + 0.5·z₂);
    /// fixed seed), aggregated to weighted unique (x, t_x, n) rows within each covariate vector.
    /// </summary>
    private static DiscreteCovariateCustomer[] SimulatedBgBb(int count)
    {
        var random = new Random(2_000_000);
        var counts = new Dictionary<(int Z1, int Z2, int X, int Tx), int>();
        for (var i = 0; i < count; i++)
        {
            int z1 = random.Next(2), z2 = random.Next(2);
            var p = Beta.Sample(random, 1.2 * Math.Exp((0.6 * z1) - (0.5 * z2)), 0.75);
            var theta = Beta.Sample(random, 0.66 * Math.Exp((-0.7 * z1) + (0.5 * z2)), 2.8);
            int x = 0, tx = 0;
            for (var t = 1; t <= 10 && random.NextDouble() >= theta; t++)
            {
                if (random.NextDouble() < p)
                {
                    (x, tx) = (x + 1, t);
                }
            }

            counts[(z1, z2, x, tx)] = counts.GetValueOrDefault((z1, z2, x, tx)) + 1;
        }

        return [.. counts.Select(e => new DiscreteCovariateCustomer(new DiscreteSummary(e.Key.X, e.Key.Tx, 10, weight: e.Value), [e.Key.Z1, e.Key.Z2]))];
    }
}

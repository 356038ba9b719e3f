using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Benchmarks.Clv;

/// <summary>
/// What <c>clv fit</c> does with a summary's unique rows before and during the BG/NBD fit, on 90,000 distinct (x, t_x, T)
/// histories with recency in tenths of a period (the shape of the end-to-end benchmark's 1,000,000-row summary): the
/// compression to the fit's weighted rows (a dictionary of whole rows and LINQ sorts, the baseline, against per-column
/// ranks and counting sorts), and one evaluation of the log-likelihood with its gradient on one core and on several.
/// </summary>
[MemoryDiagnoser]
public class SummaryRowsBenchmarks
{
    private static readonly double[] Point = [0.25, 0.86, 4.3e6, 1.2e7];
    private readonly double[] _gradient = new double[4];
    private CustomerSummary[] _unique = [];
    private BgNbdFamilyLikelihood _oneCore = null!;
    private BgNbdFamilyLikelihood _severalCores = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12);
        var rows = new HashSet<(double, double, double)>();
        while (rows.Count < 90_000)
        {
            var age = random.Next(1, 79);
            var x = random.Next(0, 22);
            rows.Add((x, x == 0 ? 0d : Math.Min(age, random.Next(0, 391) / 10d), age));
        }

        _unique = [.. rows.Order().Select(r => new CustomerSummary(r.Item1, r.Item2, r.Item3))];
        var summary = SummaryRows.From(_unique, "rows");
        _oneCore = new BgNbdFamilyLikelihood(summary, modified: false) { MayUseSeveralCores = false };
        _severalCores = new BgNbdFamilyLikelihood(summary, modified: false);
    }

    [Benchmark(Baseline = true)]
    public int CompressByDictionary() => SummaryRows.ByDictionary(SummaryColumns.Read(_unique, "rows")).Count;

    [Benchmark]
    public int CompressByRanks() => SummaryRows.From(_unique, "rows").Count;

    [Benchmark]
    public double LikelihoodOneCore() => _oneCore.LogLikelihood(Point, _gradient);

    [Benchmark]
    public double LikelihoodSeveralCores() => _severalCores.LogLikelihood(Point, _gradient);
}

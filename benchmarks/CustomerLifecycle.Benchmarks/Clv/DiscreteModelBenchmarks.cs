using System.Globalization;
using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Benchmarks.Clv;

/// <summary>BG/BB and sBG fits on the published data sets, and BG/BB predictions (lifetimes 0.11.3: BG/BB fit 95 ms).</summary>
[MemoryDiagnoser]
public class DiscreteModelBenchmarks
{
    private DiscreteSummary[] _donations = [];
    private CohortSurvivors _cohort = null!;
    private BgBbModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _donations = [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Data", "donations.csv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray())
            .Select(c => new DiscreteSummary(c[0], c[1], c[2], weight: c[3]))];
        _cohort = new CohortSurvivors([1000, 631, 468, 382, 326, 289, 262, 241]);
        _model = new BgBbModel(1.204, 0.750, 0.657, 2.783);
    }

    [Benchmark]
    public ClvModelFit FitBgBbDonations() => BgBbModel.Fit(_donations);

    [Benchmark]
    public ClvModelFit FitSbgCohort() => SbgModel.Fit([_cohort]);

    [Benchmark]
    public double PredictBgBbDonations()
    {
        var total = 0d;
        foreach (var row in _donations)
        {
            total += _model.ConditionalExpectedTransactions(row, 5) + _model.ProbabilityAlive(row) + _model.DiscountedExpectedResidualTransactions(row, 0.1);
        }

        return total;
    }
}

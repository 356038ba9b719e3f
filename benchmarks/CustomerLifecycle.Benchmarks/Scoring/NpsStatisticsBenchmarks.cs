using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Benchmarks.Scoring;

/// <summary>Merging partial tallies (e.g. from 10⁴ partitions) and turning a tally into an estimate or a comparison.</summary>
[MemoryDiagnoser]
public class NpsStatisticsBenchmarks
{
    private readonly NpsCalculator _calculator = new();
    private NpsTally[] _partials = [];
    private NpsTally _a;
    private NpsTally _b;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _partials = Enumerable.Range(0, 10_000)
            .Select(_ => NpsTally.FromCounts(random.Next(0, 1000), random.Next(0, 500), random.Next(0, 300), 0))
            .ToArray();
        _a = NpsTally.FromCounts(152, 32, 16);
        _b = NpsTally.FromCounts(160, 30, 10);
    }

    [Benchmark]
    public NpsTally Merge10000Partials()
    {
        var total = NpsTally.Empty;
        foreach (var t in _partials)
        {
            total += t;
        }

        return total;
    }

    [Benchmark]
    public NpsEstimate ConfidenceInterval() => _calculator.Estimate(_a);

    [Benchmark]
    public NpsComparison TwoSampleComparison() => _calculator.Compare(_a, _b);
}

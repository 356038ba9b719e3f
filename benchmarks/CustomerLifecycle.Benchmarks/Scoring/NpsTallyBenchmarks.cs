using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Benchmarks.Scoring;

/// <summary>The tally fast path against the cheapest possible pass over the same buffer.</summary>
[MemoryDiagnoser]
public class NpsTallyBenchmarks
{
    private byte[] _scores = [];

    [Params(1_000, 100_000_000)]
    public int Responses { get; set; }

    [GlobalSetup]
    public void Setup() => _scores = SampleData.Scores(Responses, seed: 42);

    [Benchmark(Baseline = true)]
    public long PlainVectorisedSum() => SampleData.Sum(_scores);

    [Benchmark]
    public NpsTally Tally() => NpsTally.Of(_scores);
}

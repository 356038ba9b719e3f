using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Benchmarks.Clv;

/// <summary>Conditional E[Y(39 weeks) | x, t_x, T] for 1,000,000 resampled CDNOW customers through the span batch API.</summary>
[MemoryDiagnoser]
public class ModelPredictionBenchmarks
{
    private readonly BgNbdModel _model = new(0.243, 4.414, 0.793, 2.426);
    private double[] _x = [];
    private double[] _tx = [];
    private double[] _age = [];
    private double[] _result = [];

    [GlobalSetup]
    public void Setup()
    {
        var rows = ModelData.Resampled(1_000_000);
        _x = rows.Select(r => r.Frequency).ToArray();
        _tx = rows.Select(r => r.Recency).ToArray();
        _age = rows.Select(r => r.Age).ToArray();
        _result = new double[rows.Length];
    }

    [Benchmark]
    public double BgNbdConditionalExpectationMillion()
    {
        _model.ConditionalExpectedTransactions(39, _x, _tx, _age, _result);
        return _result[0];
    }
}

using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;

namespace CustomerLifecycle.Benchmarks.Clv;

/// <summary>
/// Parameter-uncertainty intervals (2,000 draws, vectorised per draw over the unique rows) and DERT on the 2,357 CDNOW
/// customers, beside the point predictions they extend (the baseline). DERT of BG/NBD is measured one customer at a
/// time (as for Pareto/NBD) and as one batch, which tabulates the mixing densities once per distinct frequency.
/// </summary>
[MemoryDiagnoser]
public class ClvPredictionExtrasBenchmarks
{
    private CustomerSummary[] _customers = [];
    private ClvModelFit _bgNbd = null!;
    private ClvModelFit _spend = null!;
    private BgNbdModel _model = null!;
    private ParetoNbdModel _pareto = null!;

    [GlobalSetup]
    public void Setup()
    {
        _customers = ModelData.Cdnow();
        _bgNbd = BgNbdModel.Fit(_customers);
        _spend = GammaGammaModel.Fit(_customers);
        _model = BgNbdModel.FromFit(_bgNbd);
        _pareto = ParetoNbdModel.FromFit(ParetoNbdModel.Fit(_customers));
    }

    [Benchmark(Baseline = true)]
    public int PointPredictions() => new ClvPredictor().Predict(_model, GammaGammaModel.FromFit(_spend), _customers, 39, null).Count;

    [Benchmark]
    public int Intervals2000Draws() => new ClvIntervalPredictor().Predict(_bgNbd, _spend, _customers, 39, null).Intervals.Count;

    [Benchmark]
    public double DertParetoNbd() => OneByOne(_pareto);

    [Benchmark]
    public double DertBgNbd() => OneByOne(_model);

    [Benchmark]
    public double DertBgNbdBatch()
    {
        var x = _customers.Select(c => c.Frequency).ToArray();
        var tx = _customers.Select(c => c.Recency).ToArray();
        var t = _customers.Select(c => c.Age).ToArray();
        var dert = new double[x.Length];
        DiscountedResidualTransactions.Of(_model, 0.15 / 52d, x, tx, t, dert);
        return dert.Sum();
    }

    private double OneByOne(IRepeatTransactionModel model)
    {
        var total = 0d;
        foreach (var c in _customers)
        {
            total += DiscountedResidualTransactions.Of(model, 0.15 / 52d, c.Frequency, c.Recency, c.Age);
        }

        return total;
    }
}

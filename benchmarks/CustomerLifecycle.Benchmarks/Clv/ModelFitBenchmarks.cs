using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Benchmarks.Clv;

/// <summary>Maximum-likelihood fits on CDNOW (2,357 customers, weeks) and on 1,000,000 resampled customers.</summary>
[MemoryDiagnoser]
public class ModelFitBenchmarks
{
    private CustomerSummary[] _cdnow = [];
    private CustomerSummary[] _million = [];

    [GlobalSetup]
    public void Setup()
    {
        _cdnow = ModelData.Cdnow();
        _million = ModelData.Resampled(1_000_000);
    }

    [Benchmark]
    public ClvModelFit BgNbdCdnow() => BgNbdModel.Fit(_cdnow);

    [Benchmark]
    public ClvModelFit MbgNbdCdnow() => MbgNbdModel.Fit(_cdnow);

    [Benchmark]
    public ClvModelFit ParetoNbdCdnow() => ParetoNbdModel.Fit(_cdnow);

    [Benchmark]
    public ClvModelFit GammaGammaCdnow() => GammaGammaModel.Fit(_cdnow);

    /// <summary>Includes compressing the million rows to weighted unique rows.</summary>
    [Benchmark]
    public ClvModelFit BgNbdMillion() => BgNbdModel.Fit(_million);
}

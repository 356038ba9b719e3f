using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The weighted Gamma-Gamma spend log-likelihood of repeat buyers' mean spend z̄ over x transactions:
/// ln f = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q ln v + (px−1) ln z̄ + px ln x − (px+q) ln(x z̄ + v), with its analytic gradient.
/// </summary>
internal sealed class GammaGammaLikelihood : IWeightedLogLikelihood
{
    private static readonly string[] Names = ["p", "q", "v"];

    private readonly double[] _x;
    private readonly double[] _logX;
    private readonly double[] _logMean;
    private readonly double[] _total;
    private readonly double[] _weight;

    public GammaGammaLikelihood(IEnumerable<(double X, double Mean, double Weight)> rows)
    {
        var merged = new Dictionary<(double X, double Mean), double>();
        foreach (var (x, mean, weight) in rows)
        {
            merged[(x, mean)] = merged.GetValueOrDefault((x, mean)) + weight;
        }

        var keys = merged.Keys.OrderBy(k => k.X).ThenBy(k => k.Mean).ToArray();
        _x = keys.Select(k => k.X).ToArray();
        _logX = _x.Select(x => Math.Log(x)).ToArray();
        _logMean = keys.Select(k => Math.Log(k.Mean)).ToArray();
        _total = keys.Select(k => k.X * k.Mean).ToArray();
        _weight = keys.Select(k => merged[k]).ToArray();
        Customers = _weight.Sum();
    }

    public string ModelName => GammaGammaModel.ModelName;

    public IReadOnlyList<string> ParameterNames => Names;

    public int Rows => _x.Length;

    public double Customers { get; }

    public int DefaultStarts => 1;

    public bool HasGradient => true;

    public void InitialGuess(Span<double> parameters)
    {
        // Method of moments on a Gamma(p, ν) spend with ν ~ Gamma(q, v): start with p = 1, q = 2, v = mean spend.
        var mean = 0d;
        for (var i = 0; i < _x.Length; i++)
        {
            mean += _weight[i] * Math.Exp(_logMean[i]);
        }

        parameters[0] = 1d;
        parameters[1] = 2d;
        parameters[2] = mean / Customers;
    }

    public double LogLikelihood(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        double p = parameters[0], q = parameters[1], v = parameters[2];
        var logV = Math.Log(v);
        var lnGammaQ = SpecialFunctions.GammaLn(q);
        var psiQ = gradient.IsEmpty ? 0d : SpecialFunctions.DiGamma(q);
        double ll = 0d, dp = 0d, dq = 0d, dv = 0d;
        for (var i = 0; i < _x.Length; i++)
        {
            var w = _weight[i];
            var px = p * _x[i];
            var logSum = Math.Log(_total[i] + v);
            ll += w * (SpecialFunctions.GammaLn(px + q) - SpecialFunctions.GammaLn(px) - lnGammaQ + (q * logV)
                + ((px - 1d) * _logMean[i]) + (px * _logX[i]) - ((px + q) * logSum));
            if (!gradient.IsEmpty)
            {
                var psiPxQ = SpecialFunctions.DiGamma(px + q);
                dp += w * _x[i] * (psiPxQ - SpecialFunctions.DiGamma(px) + _logMean[i] + _logX[i] - logSum);
                dq += w * (psiPxQ - psiQ + logV - logSum);
                dv += w * ((q / v) - ((px + q) / (_total[i] + v)));
            }
        }

        if (!gradient.IsEmpty)
        {
            gradient[0] = dp;
            gradient[1] = dq;
            gradient[2] = dv;
        }

        return ll;
    }
}

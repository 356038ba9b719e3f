using MathNet.Numerics;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>The sBG log-likelihood bound to one or more cohorts' survivor counts, with its analytic gradient.</summary>
internal sealed class ShiftedBetaGeometricLikelihood : IWeightedLogLikelihood
{
    public const string Name = "sbg";

    private static readonly string[] Names = ["alpha", "beta"];

    private readonly CohortSurvivors[] _cohorts;

    public ShiftedBetaGeometricLikelihood(IEnumerable<CohortSurvivors> cohorts)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        _cohorts = [.. cohorts];
        foreach (var cohort in _cohorts)
        {
            ArgumentNullException.ThrowIfNull(cohort, nameof(cohorts));
        }

        Rows = _cohorts.Sum(c => c.Alive.Count);
        Customers = _cohorts.Sum(c => c.CohortSize);
    }

    public string ModelName => Name;

    public IReadOnlyList<string> ParameterNames => Names;

    public int Rows { get; }

    public double Customers { get; }

    public int DefaultStarts => 1;

    public bool HasGradient => true;

    public void InitialGuess(Span<double> parameters) => parameters.Fill(1d);

    public double LogLikelihood(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        double a = parameters[0], b = parameters[1];
        var lb = DiscreteMath.LogBeta(a, b);
        var wantGradient = !gradient.IsEmpty;
        double psiA = 0d, psiB = 0d, psiA1 = 0d;
        if (wantGradient)
        {
            gradient.Clear();
            var psiAb = SpecialFunctions.DiGamma(a + b);
            psiA = SpecialFunctions.DiGamma(a) - psiAb;
            psiB = SpecialFunctions.DiGamma(b) - psiAb;
            psiA1 = SpecialFunctions.DiGamma(a + 1d);
        }

        var total = 0d;
        foreach (var cohort in _cohorts)
        {
            var alive = cohort.Alive;
            for (var t = 1; t < alive.Count; t++)
            {
                // Lost in period t: ln P(T = t) = ln B(α+1, β+t−1) − ln B(α, β).
                var lost = alive[t - 1] - alive[t];
                if (lost > 0d)
                {
                    total += lost * (DiscreteMath.LogBeta(a + 1d, b + t - 1d) - lb);
                    if (wantGradient)
                    {
                        var psiSum = SpecialFunctions.DiGamma(a + b + t);
                        gradient[0] += lost * (psiA1 - psiSum - psiA);
                        gradient[1] += lost * (SpecialFunctions.DiGamma(b + t - 1d) - psiSum - psiB);
                    }
                }
            }

            // Still alive in the last period n: ln S(n) = ln B(α, β+n) − ln B(α, β).
            var censored = alive[^1];
            var n = cohort.Periods;
            if (censored > 0d)
            {
                total += censored * (DiscreteMath.LogBeta(a, b + n) - lb);
                if (wantGradient)
                {
                    var psiSum = SpecialFunctions.DiGamma(a + b + n);
                    gradient[0] += censored * (SpecialFunctions.DiGamma(a) - psiSum - psiA);
                    gradient[1] += censored * (SpecialFunctions.DiGamma(b + n) - psiSum - psiB);
                }
            }
        }

        return total;
    }
}

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>The sBG log-likelihood bound to one or more cohorts' survivor counts, with its analytic gradient.</summary>
internal sealed class SbgLikelihood : IWeightedLogLikelihood
{
    public const string Name = "sbg";

    private static readonly string[] Names = ["alpha", "beta"];

    private readonly CohortSurvivors[] _cohorts;

    public SbgLikelihood(IEnumerable<CohortSurvivors> cohorts)
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
        var wantGradient = !gradient.IsEmpty;
        if (wantGradient)
        {
            gradient.Clear();
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
                    total += lost * DiscreteMath.LogBetaRatio(a, b, 1d, t - 1d);
                    if (wantGradient)
                    {
                        gradient[0] += lost * DiscreteMath.LogBetaRatioSlopeFirst(a, b, 1d, t - 1d);
                        gradient[1] += lost * DiscreteMath.LogBetaRatioSlopeSecond(a, b, 1d, t - 1d);
                    }
                }
            }

            // Still alive in the last period n: ln S(n) = ln B(α, β+n) − ln B(α, β).
            var censored = alive[^1];
            var n = cohort.Periods;
            if (censored > 0d)
            {
                total += censored * DiscreteMath.LogBetaRatio(a, b, 0d, n);
                if (wantGradient)
                {
                    gradient[0] += censored * DiscreteMath.LogBetaRatioSlopeFirst(a, b, 0d, n);
                    gradient[1] += censored * DiscreteMath.LogBetaRatioSlopeSecond(a, b, 0d, n);
                }
            }
        }

        return total;
    }
}

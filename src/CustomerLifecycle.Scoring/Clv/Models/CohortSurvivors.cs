using System.Globalization;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The survivors of one contractual cohort at the start of each period: period 0 holds the cohort size, period t the
/// customers who have renewed t times. The input of the shifted-beta-geometric (sBG) model.
/// </summary>
/// <remarks>
/// Invariants: at least two periods (0 and 1); every count finite and ≥ 0 (fractional counts act as weights); the cohort
/// size &gt; 0; counts never increase. The customers alive in the last period are right-censored: they have not churned yet.
/// </remarks>
public sealed class CohortSurvivors
{
    private readonly double[] _alive;

    /// <summary>Makes a cohort from its survivor counts.</summary>
    /// <param name="alive">Survivors at the start of periods 0, 1, …, n (e.g. 1000, 869, 743, …).</param>
    /// <exception cref="ArgumentNullException"><paramref name="alive"/> is null.</exception>
    /// <exception cref="ArgumentException">Fewer than two counts, a count that is not finite or negative, a cohort size of 0, or a count above the one before it.</exception>
    public CohortSurvivors(IEnumerable<double> alive)
    {
        ArgumentNullException.ThrowIfNull(alive);
        _alive = [.. alive];
        if (_alive.Length < 2)
        {
            throw new ArgumentException("A cohort needs survivor counts for at least periods 0 and 1.", nameof(alive));
        }

        for (var t = 0; t < _alive.Length; t++)
        {
            var count = _alive[t];
            if (!double.IsFinite(count) || count < 0d)
            {
                throw new ArgumentException($"The survivor count of period {t} must be a finite number ≥ 0; got {Format(count)}.", nameof(alive));
            }

            if (t > 0 && count > _alive[t - 1])
            {
                throw new ArgumentException($"Survivors cannot increase: period {t} has {Format(count)} after {Format(_alive[t - 1])}.", nameof(alive));
            }
        }

        if (_alive[0] <= 0d)
        {
            throw new ArgumentException("The cohort size (period 0) must be > 0.", nameof(alive));
        }
    }

    /// <summary>Survivors at the start of periods 0..n.</summary>
    public IReadOnlyList<double> Alive => _alive;

    /// <summary>The last observed period n (the number of counts minus one).</summary>
    public int Periods => _alive.Length - 1;

    /// <summary>The cohort size, the count of period 0.</summary>
    public double CohortSize => _alive[0];

    private static string Format(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace CustomerLifecycle.Scorecards.Trust;

/// <summary>The trust compound of one after-sales network's practice: trust = initial × (1 + g)^touchpoints, and a per-customer trust curve.</summary>
/// <remarks>Computed as initial × exp(n · ln(1 + g)) and checked: a result too large for a double throws rather than
/// returning ∞. Trust never goes below 0 on a curve (a touchpoint taking more points than there are leaves 0).</remarks>
public static class TrustCompound
{
    /// <summary>Trust after a number of touchpoints that each change it by the same rate.</summary>
    /// <param name="initial">Trust at the start, finite and ≥ 0 (the practice uses 60, the industry average).</param>
    /// <param name="growthRate">The change per touchpoint, finite and &gt; −1 (0.05 for +5 %, −0.05 for −5 %).</param>
    /// <param name="touchpoints">The number of touchpoints, ≥ 0 (the practice uses 24: three services a year for eight years).</param>
    /// <returns>The trust after them (60 × 1.05^24 ≈ 193.5).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    /// <exception cref="OverflowException">The result exceeds the range of a double.</exception>
    public static double After(double initial, double growthRate, int touchpoints)
    {
        CheckInitial(initial);
        if (!double.IsFinite(growthRate) || growthRate <= -1d)
        {
            throw new ArgumentOutOfRangeException(nameof(growthRate), growthRate, $"The growth rate must be finite and greater than −1; got {growthRate.ToString(CultureInfo.InvariantCulture)}.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(touchpoints);
        var result = initial * Math.Exp(touchpoints * Math.Log(1d + growthRate));
        return double.IsFinite(result) ? result : throw new OverflowException($"Trust of {initial} compounded {touchpoints} times at {growthRate} exceeds the range of a double.");
    }

    /// <summary>The curve of trust over the same rate: <paramref name="touchpoints"/> + 1 values, the first being <paramref name="initial"/>.</summary>
    /// <param name="initial">Trust at the start, finite and ≥ 0.</param>
    /// <param name="growthRate">The change per touchpoint, finite and &gt; −1.</param>
    /// <param name="touchpoints">The number of touchpoints, ≥ 0.</param>
    /// <returns>The curve.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    /// <exception cref="OverflowException">A value exceeds the range of a double.</exception>
    public static IReadOnlyList<double> Curve(double initial, double growthRate, int touchpoints)
    {
        _ = After(initial, growthRate, touchpoints);
        return [.. Enumerable.Range(0, touchpoints + 1).Select(n => After(initial, growthRate, n))];
    }

    /// <summary>A customer's trust curve over touchpoints that add points or compound (one after-sales network's Hangzhou customer: 40 at
    /// delivery, +10 at each of six touchpoints).</summary>
    /// <param name="initial">Trust at the start, finite and ≥ 0.</param>
    /// <param name="touchpoints">The touchpoints in order.</param>
    /// <returns>The start point followed by one point per touchpoint.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="touchpoints"/> or an item is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="initial"/> is not finite or is negative.</exception>
    /// <exception cref="OverflowException">A value exceeds the range of a double.</exception>
    public static IReadOnlyList<TrustPoint> Curve(double initial, IEnumerable<TrustTouchpoint> touchpoints)
    {
        CheckInitial(initial);
        ArgumentNullException.ThrowIfNull(touchpoints);
        var points = new List<TrustPoint> { new("start", initial) };
        var trust = initial;
        foreach (var t in touchpoints)
        {
            ArgumentNullException.ThrowIfNull(t, nameof(touchpoints));
            trust = Math.Max(0d, t.Kind == TrustChangeKind.Points ? trust + t.Change : trust * (1d + t.Change));
            if (!double.IsFinite(trust))
            {
                throw new OverflowException($"Trust after '{t.Label}' exceeds the range of a double.");
            }

            points.Add(new TrustPoint(t.Label, trust));
        }

        return points;
    }

    private static void CheckInitial(double initial)
    {
        if (!double.IsFinite(initial) || initial < 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(initial), initial, $"Initial trust must be a finite number ≥ 0; got {initial.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}

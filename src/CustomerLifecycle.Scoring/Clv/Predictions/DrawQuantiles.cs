namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>The central interval of a quantity's values over parameter draws, widened to contain the point estimate.</summary>
internal static class DrawQuantiles
{
    /// <summary>
    /// The (1 − level)/2 and (1 + level)/2 quantiles of <paramref name="values"/> (sorted in place), widened where
    /// needed so that Low ≤ estimate ≤ High.
    /// </summary>
    public static ClvInterval Around(double[] values, double estimate, double level)
    {
        Array.Sort(values);
        var low = Quantile(values, (1d - level) / 2d);
        var high = Quantile(values, (1d + level) / 2d);
        return new ClvInterval(Math.Min(low, estimate), Math.Max(high, estimate));
    }

    /// <summary>The p-quantile of sorted values by linear interpolation between order statistics (Hyndman &amp; Fan type 7).</summary>
    private static double Quantile(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return double.IsPositiveInfinity(sorted[hi]) ? sorted[hi] : sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }
}

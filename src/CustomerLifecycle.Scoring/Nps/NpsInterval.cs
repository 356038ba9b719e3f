namespace CustomerLifecycle.Scoring.Nps;

/// <summary>A confidence interval on the NPS scale (points, −100..100; −200..200 for a difference of two NPS values).</summary>
/// <param name="Low">The lower bound.</param>
/// <param name="High">The upper bound, ≥ <paramref name="Low"/>.</param>
public readonly record struct NpsInterval(double Low, double High)
{
    /// <summary>The interval's width, High − Low.</summary>
    public double Width => High - Low;

    /// <summary>Whether a value lies in the closed interval.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when Low ≤ value ≤ High.</returns>
    public bool Contains(double value) => value >= Low && value <= High;
}

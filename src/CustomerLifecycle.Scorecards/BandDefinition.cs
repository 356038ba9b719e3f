using System.Globalization;

namespace CustomerLifecycle.Scorecards;

/// <summary>One band of a <see cref="BandScale"/> as the user declares it: a localisation key and an inclusive lower bound.</summary>
/// <remarks>
/// The band covers <c>[LowerBound, next band's LowerBound)</c>: lower bound inclusive, upper bound exclusive (the rule of
/// <see cref="BandScale"/>). The first band of a scale takes <see cref="double.NegativeInfinity"/> (or the scale's minimum)
/// so that no value falls into a gap.
/// </remarks>
public sealed record BandDefinition
{
    /// <summary>Makes a band definition.</summary>
    /// <param name="key">The band's key, e.g. <see cref="BandKeys.Excellent"/>; its name is looked up as <c>band.{key}</c> in the scorecard resources, and a key without a resource is shown as is.</param>
    /// <param name="lowerBound">The smallest value in the band (inclusive), in the unit of the metric; <see cref="double.NegativeInfinity"/> for the lowest band.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lowerBound"/> is NaN or +∞.</exception>
    public BandDefinition(string key, double lowerBound)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (double.IsNaN(lowerBound) || double.IsPositiveInfinity(lowerBound))
        {
            throw new ArgumentOutOfRangeException(nameof(lowerBound), lowerBound, $"The lower bound of band '{key}' must be a finite number or −∞; got {lowerBound.ToString(CultureInfo.InvariantCulture)}.");
        }

        Key = key;
        LowerBound = lowerBound;
    }

    /// <summary>The band's key (stable; users match on it), e.g. "excellent".</summary>
    public string Key { get; }

    /// <summary>The smallest value in the band, inclusive; −∞ for an open lowest band.</summary>
    public double LowerBound { get; }
}

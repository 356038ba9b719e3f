using System.Globalization;

namespace CustomerLifecycle.Scorecards;

/// <summary>
/// An ordered set of bands over one metric (e.g. first-visit NPS: danger &lt; 75 ≤ pass &lt; 85 ≤ excellent) with a declared
/// direction, classifying every value of its domain into exactly one band.
/// </summary>
/// <remarks>
/// <para><b>The boundary rule — lower bound inclusive.</b> A band covers <c>[its lower bound, the next band's lower bound)</c>.
/// A value exactly on a threshold belongs to the band that <i>starts</i> there, whatever the direction: with the table
/// "≥ 85 excellent, 75–85 pass, &lt; 75 danger", 85 is excellent and 75 is pass. Such tables write ranges such as "75–85" and
/// "≥ 85" that share their end points; this rule resolves every such overlap the same way and matches their "≥" and
/// "&lt;" signs. The highest band also contains <see cref="Maximum"/>, so "100 % excellent, ≥ 90 % pass" works.</para>
/// <para><b>Direction</b> only says which end is good (<see cref="Band.Rank"/> 0 = best); it never changes the boundary rule.
/// For a lower-is-better metric declared as "&lt; 2 excellent, 2–5 pass, ≥ 5 danger", 2 is pass and 5 is danger.</para>
/// <para><b>Validation</b> (constructor): at least two bands; keys non-blank and unique; the first band starts at −∞ or at
/// <see cref="Minimum"/> (no gap below); later lower bounds finite, strictly ascending, above <see cref="Minimum"/> and at
/// most <see cref="Maximum"/> (no empty or unreachable band); NaN rejected everywhere. Values are compared exactly as
/// doubles: compute rates as part ÷ whole (441 ÷ 1470 is exactly the double 0.3), not by adding decimals. NaN and ±∞ are
/// never classified, even on an unbounded scale.</para>
/// <para>Immutable and thread-safe; <see cref="Classify"/> does not allocate.</para>
/// </remarks>
public sealed class BandScale
{
    private readonly Band[] _bands;

    /// <summary>Makes a scale.</summary>
    /// <param name="direction">Which end is good.</param>
    /// <param name="bands">The bands in ascending order of their lower bounds; at least two.</param>
    /// <param name="minimum">The smallest valid value of the metric (inclusive), e.g. 0 for a rate, −100 for NPS; −∞ when unbounded.</param>
    /// <param name="maximum">The largest valid value of the metric (inclusive), e.g. 1 for a rate, 100 for NPS; +∞ when unbounded.</param>
    /// <exception cref="ArgumentNullException"><paramref name="bands"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">The bands break a rule in the remarks (fewer than two, duplicate keys, a gap, not ascending, empty or unreachable band), or the domain is empty or NaN.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not defined.</exception>
    public BandScale(BandDirection direction, IEnumerable<BandDefinition> bands, double minimum = double.NegativeInfinity, double maximum = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(bands);
        if (direction is not (BandDirection.HigherIsBetter or BandDirection.LowerIsBetter))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "The direction must be HigherIsBetter or LowerIsBetter.");
        }

        if (double.IsNaN(minimum) || double.IsNaN(maximum) || !(minimum < maximum) || double.IsPositiveInfinity(minimum) || double.IsNegativeInfinity(maximum))
        {
            throw new ArgumentException($"The domain [{Text(minimum)}, {Text(maximum)}] must have minimum < maximum and no NaN.", nameof(minimum));
        }

        var definitions = bands.ToArray();
        Validate(definitions, minimum, maximum);
        Direction = direction;
        Minimum = minimum;
        Maximum = maximum;
        Definitions = Array.AsReadOnly(definitions);
        _bands = new Band[definitions.Length];
        for (var i = 0; i < definitions.Length; i++)
        {
            var upper = i + 1 < definitions.Length ? definitions[i + 1].LowerBound : double.PositiveInfinity;
            var rank = direction == BandDirection.HigherIsBetter ? definitions.Length - 1 - i : i;
            _bands[i] = new Band(definitions[i].Key, i, rank, definitions.Length, definitions[i].LowerBound, upper);
        }

        Bands = Array.AsReadOnly(_bands);
    }

    /// <summary>Which end is good.</summary>
    public BandDirection Direction { get; }

    /// <summary>The smallest valid value (inclusive); −∞ when unbounded.</summary>
    public double Minimum { get; }

    /// <summary>The largest valid value (inclusive); +∞ when unbounded.</summary>
    public double Maximum { get; }

    /// <summary>The bands as declared, in ascending order of lower bounds.</summary>
    public IReadOnlyList<BandDefinition> Definitions { get; }

    /// <summary>The resolved bands, in ascending order of values (<see cref="Band.Index"/> order).</summary>
    public IReadOnlyList<Band> Bands { get; }

    /// <summary>The best band (rank 0).</summary>
    public Band Best => Direction == BandDirection.HigherIsBetter ? _bands[^1] : _bands[0];

    /// <summary>Makes a higher-is-better scale from keys and thresholds: <c>HigherIsBetter(0, 1, ["danger", "pass", "excellent"], 0.6, 0.8)</c>
    /// means danger &lt; 0.6 ≤ pass &lt; 0.8 ≤ excellent on [0, 1].</summary>
    /// <param name="minimum">The smallest valid value; the first band starts here.</param>
    /// <param name="maximum">The largest valid value.</param>
    /// <param name="keys">The band keys from the lowest values to the highest (worst to best).</param>
    /// <param name="thresholds">The lower bounds of the second band onwards, ascending; one fewer than the keys.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentException">The counts do not match, or the bands break a rule of the constructor.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static BandScale HigherIsBetter(double minimum, double maximum, IReadOnlyList<string> keys, params double[] thresholds) =>
        FromThresholds(BandDirection.HigherIsBetter, minimum, maximum, keys, thresholds);

    /// <summary>Makes a lower-is-better scale from keys and thresholds: <c>LowerIsBetter(0, 1, ["excellent", "pass", "danger"], 0.02, 0.05)</c>
    /// means excellent &lt; 0.02 ≤ pass &lt; 0.05 ≤ danger.</summary>
    /// <param name="minimum">The smallest valid value; the first band starts here.</param>
    /// <param name="maximum">The largest valid value.</param>
    /// <param name="keys">The band keys from the lowest values to the highest (best to worst).</param>
    /// <param name="thresholds">The lower bounds of the second band onwards, ascending; one fewer than the keys.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentException">The counts do not match, or the bands break a rule of the constructor.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static BandScale LowerIsBetter(double minimum, double maximum, IReadOnlyList<string> keys, params double[] thresholds) =>
        FromThresholds(BandDirection.LowerIsBetter, minimum, maximum, keys, thresholds);

    /// <summary>Whether <paramref name="value"/> is a valid value of the metric: finite and within [<see cref="Minimum"/>, <see cref="Maximum"/>].</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when it can be classified; false for NaN and ±∞ even on an unbounded scale.</returns>
    public bool Contains(double value) => double.IsFinite(value) && value >= Minimum && value <= Maximum;

    /// <summary>The band of a value, or false when the value is NaN, infinite or outside the domain.</summary>
    /// <param name="value">The value, in the metric's unit.</param>
    /// <param name="band">The band, or null.</param>
    /// <returns>Whether the value was classified.</returns>
    public bool TryClassify(double value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Band? band)
    {
        if (!Contains(value))
        {
            band = null;
            return false;
        }

        var i = _bands.Length - 1;
        while (i > 0 && value < _bands[i].LowerBound)
        {
            i--;
        }

        band = _bands[i];
        return true;
    }

    /// <summary>The band of a value: the band with the greatest lower bound ≤ value (lower bound inclusive).</summary>
    /// <param name="value">The value, in the metric's unit.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN, infinite or outside [<see cref="Minimum"/>, <see cref="Maximum"/>].</exception>
    public Band Classify(double value) => TryClassify(value, out var band)
        ? band
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"The value must be a number in [{Text(Minimum)}, {Text(Maximum)}]; got {Text(value)}.");

    /// <summary>The band with a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentException">No band has the key.</exception>
    public Band this[string key] => Array.Find(_bands, b => string.Equals(b.Key, key, StringComparison.Ordinal))
        ?? throw new ArgumentException($"The scale has no band '{key}'; its bands are {string.Join(", ", _bands.Select(b => b.Key))}.", nameof(key));

    /// <summary>Describes the scale, e.g. "danger [-∞, 75) · pass [75, 85) · excellent [85, 100] (higher is better)".</summary>
    /// <returns>The text (invariant culture).</returns>
    public override string ToString() =>
        string.Join(" · ", _bands.Select(b => $"{b.Key} [{Text(b.LowerBound)}, {(b.Index == _bands.Length - 1 ? Text(Maximum) + "]" : Text(b.UpperBound) + ")")}"))
        + (Direction == BandDirection.HigherIsBetter ? " (higher is better)" : " (lower is better)");

    private static BandScale FromThresholds(BandDirection direction, double minimum, double maximum, IReadOnlyList<string> keys, double[] thresholds)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(thresholds);
        if (keys.Count != thresholds.Length + 1)
        {
            throw new ArgumentException($"{keys.Count} band keys need {keys.Count - 1} thresholds; got {thresholds.Length}.", nameof(thresholds));
        }

        var first = double.IsNegativeInfinity(minimum) ? double.NegativeInfinity : minimum;
        return new BandScale(direction, keys.Select((k, i) => new BandDefinition(k, i == 0 ? first : thresholds[i - 1])), minimum, maximum);
    }

    private static void Validate(BandDefinition[] bands, double minimum, double maximum)
    {
        if (bands.Length < 2)
        {
            throw new ArgumentException($"A scale needs at least two bands; got {bands.Length}.", nameof(bands));
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < bands.Length; i++)
        {
            var band = bands[i] ?? throw new ArgumentNullException(nameof(bands), $"Band {i} is null.");
            if (!keys.Add(band.Key))
            {
                throw new ArgumentException($"The band key '{band.Key}' appears twice; keys must be unique.", nameof(bands));
            }

            if (i == 0)
            {
                if (band.LowerBound > minimum)
                {
                    throw new ArgumentException($"The first band '{band.Key}' starts at {Text(band.LowerBound)}, above the minimum {Text(minimum)}: values in between would fall into a gap. Start it at −∞ or at the minimum.", nameof(bands));
                }

                continue;
            }

            var previous = bands[i - 1];
            if (!double.IsFinite(band.LowerBound))
            {
                throw new ArgumentException($"The lower bound of band '{band.Key}' must be finite; only the first band may start at −∞.", nameof(bands));
            }

            if (band.LowerBound <= previous.LowerBound)
            {
                throw new ArgumentException($"Bands must be in strictly ascending order of lower bounds: '{band.Key}' starts at {Text(band.LowerBound)}, not above '{previous.Key}' at {Text(previous.LowerBound)}.", nameof(bands));
            }

            if (band.LowerBound <= minimum)
            {
                throw new ArgumentException($"The band '{previous.Key}' would be empty: '{band.Key}' starts at {Text(band.LowerBound)}, not above the minimum {Text(minimum)}.", nameof(bands));
            }

            if (band.LowerBound > maximum)
            {
                throw new ArgumentException($"The band '{band.Key}' starts at {Text(band.LowerBound)}, above the maximum {Text(maximum)}: no value could reach it.", nameof(bands));
            }
        }
    }

    private static string Text(double value) => value switch
    {
        double.NegativeInfinity => "-∞",
        double.PositiveInfinity => "+∞",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };
}

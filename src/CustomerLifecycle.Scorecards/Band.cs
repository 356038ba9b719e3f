namespace CustomerLifecycle.Scorecards;

/// <summary>A band of a <see cref="BandScale"/> with its resolved interval and rank: what <see cref="BandScale.Classify"/> returns.</summary>
/// <remarks>The interval is <c>[<see cref="LowerBound"/>, <see cref="UpperBound"/>)</c>, except that the highest band also
/// contains the scale's <see cref="BandScale.Maximum"/> (so a 100 % callback rate can be "excellent").</remarks>
public sealed record Band
{
    internal Band(string key, int index, int rank, int count, double lowerBound, double upperBound)
    {
        Key = key;
        Index = index;
        Rank = rank;
        IsBest = rank == 0;
        IsWorst = rank == count - 1;
        LowerBound = lowerBound;
        UpperBound = upperBound;
    }

    /// <summary>The band's key, e.g. <see cref="BandKeys.Excellent"/>.</summary>
    public string Key { get; }

    /// <summary>The position in ascending order of values: 0 for the band of the lowest values.</summary>
    public int Index { get; }

    /// <summary>The position from the best: 0 for the best band (whatever the direction), count − 1 for the worst.</summary>
    public int Rank { get; }

    /// <summary>Whether this is the best band of its scale (the one the lifecycle diagnosis counts as "excellent").</summary>
    public bool IsBest { get; }

    /// <summary>Whether this is the worst band of its scale.</summary>
    public bool IsWorst { get; }

    /// <summary>The smallest value in the band (inclusive); −∞ or the scale's minimum for the lowest band.</summary>
    public double LowerBound { get; }

    /// <summary>The next band's lower bound (exclusive); +∞ for the highest band.</summary>
    public double UpperBound { get; }
}

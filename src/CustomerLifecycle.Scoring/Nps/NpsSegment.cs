namespace CustomerLifecycle.Scoring.Nps;

/// <summary>The tally of one segment (a touchpoint, a service centre, any key).</summary>
/// <typeparam name="TKey">The segment key's type.</typeparam>
public sealed record NpsSegment<TKey>
{
    internal NpsSegment(TKey key, NpsTally tally)
    {
        Key = key;
        Tally = tally;
    }

    /// <summary>The segment's key.</summary>
    public TKey Key { get; }

    /// <summary>The responses in the segment.</summary>
    public NpsTally Tally { get; }
}

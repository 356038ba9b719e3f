namespace CustomerLifecycle.Scoring.Nps;

/// <summary>The tally of one segment (a touchpoint, a service centre, any key).</summary>
/// <typeparam name="TKey">The segment key's type.</typeparam>
/// <param name="Key">The segment's key.</param>
/// <param name="Tally">The responses in the segment.</param>
public sealed record NpsSegment<TKey>(TKey Key, NpsTally Tally);

using CustomerLifecycle.Core.Events;

namespace CustomerLifecycle.Scoring.Nps;

/// <summary>Splits responses into segments by any key and tallies each.</summary>
public static class NpsSegments
{
    /// <summary>Tallies responses per key.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="responses">The responses.</param>
    /// <param name="keySelector">Picks a response's segment, e.g. <c>r =&gt; r.Touchpoint ?? "(none)"</c>.</param>
    /// <param name="comparer">Orders the segments; <see cref="Comparer{T}.Default"/> when null.</param>
    /// <returns>One segment per distinct key, ordered by key, so the result does not depend on the order of the responses.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="responses"/> or <paramref name="keySelector"/> is null.</exception>
    public static IReadOnlyList<NpsSegment<TKey>> By<TKey>(IEnumerable<SurveyResponse> responses, Func<SurveyResponse, TKey> keySelector, IComparer<TKey>? comparer = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(keySelector);
        var segments = new SortedDictionary<TKey, NpsTally>(comparer ?? Comparer<TKey>.Default);
        foreach (var r in responses)
        {
            var key = keySelector(r);
            segments[key] = segments.TryGetValue(key, out var t) ? t.Add(r.Score) : NpsTally.Empty.Add(r.Score);
        }

        return segments.Select(kv => new NpsSegment<TKey>(kv.Key, kv.Value)).ToArray();
    }
}

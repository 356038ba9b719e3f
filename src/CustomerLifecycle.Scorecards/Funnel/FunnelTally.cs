using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using NodaTime;

namespace CustomerLifecycle.Scorecards.Funnel;

/// <summary>Mergeable counts of customers per AARRR stage: the sufficient statistic of a measured funnel.</summary>
/// <remarks>
/// <see cref="Merge"/> is associative and commutative with <see cref="Empty"/> as identity: tally partitions of the
/// customers where the data lives and merge the parts into exactly the tally of the whole. Counts are checked (overflow
/// throws). Stage counts never increase down the stages, by construction (a customer counts at a stage only after all
/// the earlier ones).
/// </remarks>
public sealed record FunnelTally
{
    private readonly long[] _reached;

    private FunnelTally(long[] reached) => _reached = reached;

    /// <summary>The empty tally.</summary>
    public static FunnelTally Empty { get; } = new(new long[6]);

    /// <summary>Customers in the population.</summary>
    public long Population => _reached[0];

    /// <summary>Customers per stage, acquisition … referral.</summary>
    public IReadOnlyList<long> Counts => Array.AsReadOnly(_reached[1..]);

    /// <summary>Tallies customer journeys.</summary>
    /// <param name="journeys">One journey per customer of the population.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="journeys"/> is null.</exception>
    public static FunnelTally Of(IEnumerable<FunnelJourney> journeys)
    {
        ArgumentNullException.ThrowIfNull(journeys);
        var deepest = new long[6];
        foreach (var j in journeys)
        {
            deepest[j.DeepestStage]++;
        }

        return FromDeepest(deepest);
    }

    /// <summary>Tallies a period's funnel from events.</summary>
    /// <param name="population">Customers in the area (owners), including those never seen; at least the number of visiting customers.</param>
    /// <param name="period">The period, e.g. a year (start inclusive, end exclusive).</param>
    /// <param name="visits">Service visits; those starting in the period count.</param>
    /// <param name="responses">Survey responses; a customer is activated when their first-visit response (the earliest one flagged
    /// <see cref="SurveyResponse.IsFirstVisit"/>) is a promoter score (9–10).</param>
    /// <param name="valueAddedBuyers">Customers who bought value-added services in the period.</param>
    /// <param name="referrers">Customers who referred someone in the period.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is smaller than the number of customers who visited.</exception>
    public static FunnelTally FromEvents(long population, Interval period, IEnumerable<ServiceVisit> visits, IEnumerable<SurveyResponse> responses, IEnumerable<CustomerId> valueAddedBuyers, IEnumerable<CustomerId> referrers)
    {
        ArgumentNullException.ThrowIfNull(visits);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(valueAddedBuyers);
        ArgumentNullException.ThrowIfNull(referrers);
        var visitCounts = new Dictionary<CustomerId, int>();
        foreach (var v in visits)
        {
            ArgumentNullException.ThrowIfNull(v, nameof(visits));
            if (period.Contains(v.StartedAt))
            {
                visitCounts[v.Customer] = visitCounts.GetValueOrDefault(v.Customer) + 1;
            }
        }

        if (population < visitCounts.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(population), population, $"The population ({population}) is smaller than the {visitCounts.Count} customers who visited.");
        }

        var firstScores = new Dictionary<CustomerId, (Instant At, bool Promoter)>();
        foreach (var r in responses)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(responses));
            if (r is { IsFirstVisit: true, Customer: { } id })
            {
                var at = r.RespondedAt ?? Instant.MinValue;
                if (!firstScores.TryGetValue(id, out var seen) || at < seen.At)
                {
                    firstScores[id] = (at, r.Category == NpsCategory.Promoter);
                }
            }
        }

        var buyers = valueAddedBuyers.ToHashSet();
        var referring = referrers.ToHashSet();
        var deepest = new long[6];
        deepest[0] = population - visitCounts.Count;
        foreach (var (customer, count) in visitCounts)
        {
            var journey = new FunnelJourney(true, firstScores.TryGetValue(customer, out var s) && s.Promoter, count >= 2, buyers.Contains(customer), referring.Contains(customer));
            deepest[journey.DeepestStage]++;
        }

        return FromDeepest(deepest);
    }

    /// <summary>Merges two tallies (of disjoint sets of customers).</summary>
    /// <param name="other">The other tally.</param>
    /// <returns>The tally of both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="OverflowException">A count exceeds <see cref="long.MaxValue"/>.</exception>
    public FunnelTally Merge(FunnelTally other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var sum = new long[6];
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = checked(_reached[i] + other._reached[i]);
        }

        return new FunnelTally(sum);
    }

    /// <inheritdoc/>
    public bool Equals(FunnelTally? other) => other is not null && _reached.AsSpan().SequenceEqual(other._reached);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var c in _reached)
        {
            hash.Add(c);
        }

        return hash.ToHashCode();
    }

    private static FunnelTally FromDeepest(long[] deepest)
    {
        // reached[k] = customers whose deepest stage is ≥ k: a suffix sum, so counts never increase.
        var reached = new long[6];
        long running = 0;
        for (var k = 5; k >= 0; k--)
        {
            running = checked(running + deepest[k]);
            reached[k] = running;
        }

        return new FunnelTally(reached);
    }
}

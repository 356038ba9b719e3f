using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Scorecards.Quality;

/// <summary>A repeated fault whose records share attributes within a time window: a possible batch defect to report to engineering.</summary>
/// <param name="FaultCode">The fault.</param>
/// <param name="SharedAttributes">The attributes every record of the signal shares (all of them: the set is closed), sorted by name.</param>
/// <param name="RecordIds">The records, in report order.</param>
/// <param name="FirstReported">The first report.</param>
/// <param name="LastReported">The last report.</param>
/// <param name="AffectedPopulation">Units in the field sharing the attributes (one after-sales network: the 8,000-car batch), when the caller can count them.</param>
public sealed record QualitySignal(string FaultCode, IReadOnlyList<KeyValuePair<string, string>> SharedAttributes, IReadOnlyList<string> RecordIds, Instant FirstReported, Instant LastReported, long? AffectedPopulation)
{
    /// <summary>How many records share the attributes.</summary>
    public int Support => RecordIds.Count;

    /// <summary>The cost exposure if every affected unit needs the remedy (one after-sales network: 1.5万 × 8,000 = 1.2亿), or null when the
    /// affected population is unknown.</summary>
    /// <param name="costPerUnit">The remedy's cost per unit (a recall's cost per car).</param>
    /// <returns>The exposure, or null.</returns>
    public Money? Exposure(Money costPerUnit) => AffectedPopulation is { } n ? costPerUnit * n : null;
}

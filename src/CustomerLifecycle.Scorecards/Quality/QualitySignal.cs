using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Scorecards.Quality;

/// <summary>A repeated fault whose records share attributes within a time window: a possible batch defect to report to engineering.</summary>
public sealed record QualitySignal
{
    internal QualitySignal(string faultCode, IReadOnlyList<KeyValuePair<string, string>> sharedAttributes, IReadOnlyList<string> recordIds, Instant firstReported, Instant lastReported, long? affectedPopulation)
    {
        FaultCode = faultCode;
        SharedAttributes = sharedAttributes;
        RecordIds = recordIds;
        FirstReported = firstReported;
        LastReported = lastReported;
        AffectedPopulation = affectedPopulation;
    }

    /// <summary>The fault.</summary>
    public string FaultCode { get; }

    /// <summary>The attributes every record of the signal shares (all of them: the set is closed), sorted by name.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> SharedAttributes { get; }

    /// <summary>The records, in report order.</summary>
    public IReadOnlyList<string> RecordIds { get; }

    /// <summary>The first report.</summary>
    public Instant FirstReported { get; }

    /// <summary>The last report.</summary>
    public Instant LastReported { get; }

    /// <summary>Units in the field sharing the attributes (one after-sales network: the 8,000-car batch), when the caller can count them.</summary>
    public long? AffectedPopulation { get; }

    /// <summary>How many records share the attributes.</summary>
    public int Support => RecordIds.Count;

    /// <summary>The cost exposure if every affected unit needs the remedy (one after-sales network: 1.5万 × 8,000 = 1.2亿), or null when the
    /// affected population is unknown.</summary>
    /// <param name="costPerUnit">The remedy's cost per unit (a recall's cost per car).</param>
    /// <returns>The exposure, or null.</returns>
    public Money? Exposure(Money costPerUnit) => AffectedPopulation is { } n ? costPerUnit * n : null;
}

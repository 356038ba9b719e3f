using NodaTime;

namespace CustomerLifecycle.Scorecards.Quality;

/// <summary>One reported fault with the attributes of the unit and the conditions (production month, battery batch,
/// software version, "morning below −10 °C", …).</summary>
public sealed record FaultRecord
{
    /// <summary>Makes a record.</summary>
    /// <param name="recordId">A unique id (repair order, VIN), used to list a signal's records.</param>
    /// <param name="faultCode">The fault, e.g. "winter range drop 30 %"; signals group records by it (ordinal comparison).</param>
    /// <param name="reportedAt">When it was reported.</param>
    /// <param name="attributes">Categorical attributes, name → value (bin numbers such as temperatures into categories first).</param>
    /// <exception cref="ArgumentException">An id, the fault code, an attribute name or value is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    public FaultRecord(string recordId, string faultCode, Instant reportedAt, IReadOnlyDictionary<string, string> attributes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(recordId);
        ArgumentException.ThrowIfNullOrWhiteSpace(faultCode);
        ArgumentNullException.ThrowIfNull(attributes);
        foreach (var (name, value) in attributes)
        {
            if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"Record {recordId}: attribute names and values must not be blank.", nameof(attributes));
            }
        }

        RecordId = recordId;
        FaultCode = faultCode;
        ReportedAt = reportedAt;
        Attributes = new SortedDictionary<string, string>(attributes.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>The record id.</summary>
    public string RecordId { get; }

    /// <summary>The fault.</summary>
    public string FaultCode { get; }

    /// <summary>When it was reported.</summary>
    public Instant ReportedAt { get; }

    /// <summary>The attributes, sorted by name.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; }
}

namespace CustomerLifecycle.Scoring.Clv.Diagnostics;

/// <summary>
/// One bin of the calibration/holdout comparison: the customers who share a calibration-period count (or, for the last
/// bin, have at least that many), their mean actual holdout transactions and the mean the model expected for them.
/// </summary>
/// <param name="Value">The calibration count of the bin (repeat transactions x, or recency for a recency bin); the lower bound of the last, open bin.</param>
/// <param name="OpenEnded">Whether the bin holds every customer with at least <paramref name="Value"/> (the "k+" bin).</param>
/// <param name="Customers">Customers in the bin (the sum of their weights); 0 for an empty bin.</param>
/// <param name="Actual">Mean actual holdout transactions of the bin's customers; 0 for an empty bin.</param>
/// <param name="Expected">Mean conditional expectation of holdout transactions of the bin's customers; 0 for an empty bin.</param>
public sealed record ClvFrequencyBin(int Value, bool OpenEnded, double Customers, double Actual, double Expected)
{
    /// <summary>The bin's label: the count ("3"), or the count and a plus sign for the open bin ("7+").</summary>
    public string Label => OpenEnded ? $"{Value}+" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

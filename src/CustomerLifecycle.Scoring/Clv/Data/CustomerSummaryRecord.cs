namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>A customer-summary row as it arrives from outside (a CSV file, a database export): every field still text.</summary>
/// <param name="Line">The 1-based line number in the source, used in rejection reports.</param>
/// <param name="Frequency">Repeat purchases x: a whole number ≥ 0 ("2" or "2.0"); required.</param>
/// <param name="Recency">Recency t_x in the summary's period unit: a finite number in [0, T], 0 when x = 0; required.</param>
/// <param name="Age">Age T in the summary's period unit: a finite number &gt; 0; required.</param>
/// <param name="CustomerId">The customer id, or null/blank for an aggregated row.</param>
/// <param name="MonetaryValue">Mean value of the repeat purchases (≥ 0), or null/blank when unknown.</param>
/// <param name="Weight">How many customers share the row: a finite number &gt; 0, or null/blank for 1.</param>
public sealed record CustomerSummaryRecord(
    int Line,
    string? Frequency,
    string? Recency,
    string? Age,
    string? CustomerId = null,
    string? MonetaryValue = null,
    string? Weight = null);

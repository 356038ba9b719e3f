namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>Which rows <see cref="CustomerSummaries.Compress"/> treats as identical.</summary>
public enum SummaryCompression
{
    /// <summary>
    /// Rows with the same (x, t_x, T) merge. The merged monetary value is the weight-weighted mean of the rows' values
    /// when every merged row has one, and null (unknown) otherwise. Enough for the purchase models (BG/NBD, Pareto/NBD…);
    /// a spend model needs <see cref="HistoryAndValue"/>.
    /// </summary>
    History = 0,

    /// <summary>Rows with the same (x, t_x, T, monetary value) merge, so every customer's spend survives exactly (Gamma-Gamma).</summary>
    HistoryAndValue = 1,
}

using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>An sBG cohort read from a text table.</summary>
/// <param name="Source">The source in messages.</param>
/// <param name="Cohort">The survivors at the start of each period (period 0 = cohort size).</param>
/// <param name="RowCount">How many rows the table had (blank rows not counted).</param>
/// <param name="Rejected">The rejected rows.</param>
public sealed record CohortFile(string Source, CohortSurvivors Cohort, int RowCount, IReadOnlyList<RejectedRow> Rejected)
{
    /// <summary>The rejection total: <c>"1 of 9 rows rejected (11.1 %)"</c>.</summary>
    /// <returns>The sentence.</returns>
    public string DescribeRejections() => RejectionTotal.Describe(Rejected.Count, RowCount);
}

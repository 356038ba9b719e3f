using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scoring.Clv;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>Customer summaries read from a text table.</summary>
/// <param name="Source">The source in messages.</param>
/// <param name="Import">The accepted rows (source order) and the rejected ones.</param>
/// <param name="HasMonetaryValues">Whether the table has a monetary-value column.</param>
/// <param name="HasWeights">Whether the table has a weight column.</param>
/// <param name="AcceptedLines">The physical line of each accepted row, aligned with <see cref="ImportResult{T}.Accepted"/>.</param>
public sealed record CustomerSummaryFile(string Source, ImportResult<CustomerSummary> Import, bool HasMonetaryValues, bool HasWeights, IReadOnlyList<int> AcceptedLines);

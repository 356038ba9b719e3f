using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// A customer-summary CSV read into <see cref="CustomerSummary"/> rows. Header (case-insensitive): <c>frequency</c> or
/// <c>x</c>, <c>recency</c> or <c>t_x</c>, <c>T</c> (required); optional <c>customer_id</c> or <c>ID</c>,
/// <c>monetary_value</c> or <c>zbar</c>, <c>weight</c>. A missing required column is unusable input (exit 2); bad rows are
/// rejected with line and reason (see <see cref="CustomerSummaryReader"/>).
/// </summary>
/// <param name="Path">The file read.</param>
/// <param name="Import">The accepted rows (source order) and the rejected ones.</param>
/// <param name="HasMonetaryValues">Whether the file has a monetary-value column.</param>
/// <param name="HasWeights">Whether the file has a weight column.</param>
/// <param name="AcceptedLines">The line of each accepted row, in the order of <see cref="ImportResult{T}.Accepted"/>.</param>
internal sealed record SummaryCsv(string Path, ImportResult<CustomerSummary> Import, bool HasMonetaryValues, bool HasWeights, IReadOnlyList<int> AcceptedLines)
{
    public static SummaryCsv Read(string path) => Read(path, TextTableOptions.Default);

    /// <summary>Reads a file with <see cref="CustomerSummaryReader"/> (a <c>.parquet</c> file with the Parquet reader, same columns and rules); a missing column or a strict rejection is unusable input.</summary>
    public static SummaryCsv Read(string path, TextTableOptions options)
    {
        var file = ParquetFiles.IsParquet(path) ? ParquetFiles.ReadSummaries(path, options) : TextInput.Read(path, options, CustomerSummaryReader.Read);
        return new SummaryCsv(path, file.Import, file.HasMonetaryValues, file.HasWeights, file.AcceptedLines);
    }

    /// <summary>
    /// The accepted rows the Gamma-Gamma spend model can use, and one rejection (line and reason) for each repeat buyer
    /// without a positive mean spend — real data has them (CDNOW has $0 purchases); they stay usable for the purchase
    /// models, but the spend model needs z̄ &gt; 0.
    /// </summary>
    public (IReadOnlyList<CustomerSummary> Usable, IReadOnlyList<RejectedRow> Refused) ForSpendModel()
    {
        var usable = new List<CustomerSummary>(Import.Accepted.Count);
        var refused = new List<RejectedRow>();
        for (var i = 0; i < Import.Accepted.Count; i++)
        {
            var c = Import.Accepted[i];
            if (c.Frequency > 0 && c.MonetaryValue is not > 0m)
            {
                refused.Add(new RejectedRow(
                    AcceptedLines[i],
                    "monetary_value.not_positive",
                    $"repeat buyer with mean spend {(c.MonetaryValue is { } m ? m.ToString(System.Globalization.CultureInfo.InvariantCulture) : "missing")}: left out of the gamma-gamma fit, which needs a positive mean spend"));
            }
            else
            {
                usable.Add(c);
            }
        }

        return (usable, refused);
    }

    /// <summary>Reports rejected rows on stderr: each of the first 20 with line, reason and code, then how many more.</summary>
    public void WarnRejected() => Rejections.Warn(Path, Import.Rejected, Import.RowCount);
}

using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// A customer-summary CSV read into <see cref="CustomerSummary"/> rows. Header (case-insensitive): <c>frequency</c> or
/// <c>x</c>, <c>recency</c> or <c>t_x</c>, <c>T</c> (required); optional <c>customer_id</c> or <c>ID</c>,
/// <c>monetary_value</c> or <c>zbar</c>, <c>weight</c>. A missing required column is unusable input (exit 2); bad rows are
/// rejected with line and reason (see <see cref="CustomerSummaryImporter"/>).
/// </summary>
/// <param name="Path">The file read.</param>
/// <param name="Import">The accepted rows (source order) and the rejected ones.</param>
/// <param name="HasMonetaryValues">Whether the file has a monetary-value column.</param>
/// <param name="HasWeights">Whether the file has a weight column.</param>
internal sealed record SummaryCsv(string Path, ImportResult<CustomerSummary> Import, bool HasMonetaryValues, bool HasWeights)
{
    public static SummaryCsv Read(string path)
    {
        using var table = CsvTable.Open(path);
        var frequency = table.Require("frequency", "x");
        var recency = table.Require("recency", "t_x");
        var age = table.Require("T");
        var customer = table.IndexOf("customer_id", "ID");
        var value = table.IndexOf("monetary_value", "zbar");
        var weight = table.IndexOf("weight", "weights");
        var records = new List<CustomerSummaryRecord>();
        while (table.Read())
        {
            if (table.IsBlankRow())
            {
                continue;
            }

            records.Add(new CustomerSummaryRecord(
                table.Line,
                table.Get(frequency),
                table.Get(recency),
                table.Get(age),
                table.Get(customer),
                table.Get(value),
                table.Get(weight)));
        }

        return new SummaryCsv(path, new CustomerSummaryImporter().Import(records), value >= 0, weight >= 0);
    }

    /// <summary>Reports rejected rows on stderr: each of the first 20 with line, reason and code, then how many more.</summary>
    public void WarnRejected() => Rejections.Warn(Path, Import.Rejected);
}

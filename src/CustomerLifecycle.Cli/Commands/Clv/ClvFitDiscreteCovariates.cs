using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Covariates;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// The BG/BB input of <c>clv fit --model bg-bb --covariates</c>: the rows file (<c>frequency</c>, <c>recency</c>,
/// <c>periods</c>, optional <c>weight</c>) needs a <c>customer_id</c> (or <c>ID</c>) column for the join; each row's
/// customer must have a covariate row, or the row is rejected with its line and reason.
/// </summary>
internal static class ClvFitDiscreteCovariates
{
    public static ClvCovariateInput Join(string path, TextTableOptions table, CovariateFile covariates, string covariatePath)
    {
        var import = TextInput.Read(path, table, DiscreteSummaryReader.Read);
        var lines = AcceptedLines(path, table, import.Rejected);
        var (customers, rejected) = ClvFitCovariateJoin.Join(
            path,
            import.Accepted,
            lines,
            import.Rejected,
            s => s.Customer,
            covariates,
            covariatePath,
            (s, values) => new DiscreteCovariateCustomer(s, values));
        return new ClvCovariateInput(customers.Count, rejected, import.Rejected.Count, import.RowCount, (fitter, options) => fitter.FitBgBb(customers, options));
    }

    /// <summary>The physical line of each accepted row: the reader accepts or rejects every data row, in file order.</summary>
    private static int[] AcceptedLines(string path, TextTableOptions table, IReadOnlyList<RejectedRow> rejected)
    {
        var refused = rejected.Select(r => r.Line).ToHashSet();
        return TextInput.Read(path, table with { Strict = false }, t => t.ReadRows().Select(r => r.Line).Where(l => !refused.Contains(l)).ToArray());
    }
}

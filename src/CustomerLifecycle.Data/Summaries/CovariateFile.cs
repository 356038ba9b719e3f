using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>One customer's covariate values read from a table.</summary>
/// <param name="Line">The physical line of the row.</param>
/// <param name="Customer">The customer.</param>
/// <param name="Values">The values, in the order of <see cref="CovariateFile.Names"/>.</param>
public sealed record CovariateRow(int Line, CustomerId Customer, IReadOnlyList<double> Values);

/// <summary>Customer covariates read from a text table: the covariate names, the accepted rows and the rejected ones.</summary>
public sealed record CovariateFile
{
    private readonly Dictionary<CustomerId, CovariateRow> _byCustomer;

    /// <summary>Makes the file's contents.</summary>
    /// <param name="source">The source in messages.</param>
    /// <param name="names">The covariate names (every column but the customer id), in table order.</param>
    /// <param name="rows">The accepted rows, one per customer.</param>
    /// <param name="rowCount">How many rows the table had (blank rows not counted).</param>
    /// <param name="rejected">The rejected rows.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">Two rows are of one customer.</exception>
    public CovariateFile(string source, IReadOnlyList<string> names, IReadOnlyList<CovariateRow> rows, int rowCount, IReadOnlyList<RejectedRow> rejected)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(rejected);
        Source = source;
        Names = names;
        Rows = rows;
        RowCount = rowCount;
        Rejected = rejected;
        _byCustomer = rows.ToDictionary(r => r.Customer);
    }

    /// <summary>The source in messages.</summary>
    public string Source { get; }

    /// <summary>The covariate names, in table order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The accepted rows, in source order.</summary>
    public IReadOnlyList<CovariateRow> Rows { get; }

    /// <summary>How many rows the table had (blank rows not counted).</summary>
    public int RowCount { get; }

    /// <summary>The rejected rows, each with its line, code and reason.</summary>
    public IReadOnlyList<RejectedRow> Rejected { get; }

    /// <summary>The row of a customer, or null when the table has none.</summary>
    /// <param name="customer">The customer.</param>
    /// <returns>The row or null.</returns>
    public CovariateRow? Find(CustomerId customer) => _byCustomer.GetValueOrDefault(customer);

    /// <summary>The rejection total: <c>"1 of 600 rows rejected (0.2 %)"</c>.</summary>
    /// <returns>The sentence.</returns>
    public string DescribeRejections() => RejectionTotal.Describe(Rejected.Count, RowCount);
}

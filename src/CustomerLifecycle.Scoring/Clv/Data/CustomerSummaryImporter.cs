using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>Turns raw customer-summary rows into <see cref="CustomerSummary"/> rows, rejecting each bad row with its line and reason.</summary>
/// <remarks>
/// Rejection codes (stable): <c>frequency.missing</c>, <c>frequency.not_a_number</c> (also NaN and ∞),
/// <c>frequency.negative</c>, <c>frequency.not_whole</c>, <c>recency.missing</c>, <c>recency.not_a_number</c>,
/// <c>recency.negative</c>, <c>recency.after_age</c> (t_x &gt; T), <c>recency.without_repeat</c> (t_x ≠ 0 when x = 0),
/// <c>age.missing</c>, <c>age.not_a_number</c>, <c>age.not_positive</c>, <c>customer_id.invalid</c>,
/// <c>customer_id.duplicate</c> (the same id on an earlier accepted row), <c>monetary_value.not_a_number</c>,
/// <c>monetary_value.negative</c>, <c>weight.invalid</c> (not a finite number &gt; 0). A row with several problems is
/// reported once, under the code of its first problem, with every reason joined by "; ". The importer does not
/// know the period unit: the caller says which unit the file's times are in.
/// </remarks>
public sealed class CustomerSummaryImporter
{
    private readonly CustomerSummaryRecordValidator _validator = new();

    /// <summary>Imports rows.</summary>
    /// <param name="records">The rows, in source order.</param>
    /// <returns>The accepted summaries (in source order) and the rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public ImportResult<CustomerSummary> Import(IEnumerable<CustomerSummaryRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var builder = new ImportResultBuilder<CustomerSummary>();
        var seen = new Dictionary<CustomerId, int>();
        foreach (var record in records)
        {
            var validation = _validator.Validate(record);
            if (!validation.IsValid)
            {
                builder.Reject(record.Line, validation.Errors[0].ErrorCode, string.Join("; ", validation.Errors.Select(e => e.ErrorMessage)));
                continue;
            }

            CustomerId? customer = string.IsNullOrWhiteSpace(record.CustomerId) ? null : CustomerId.From(record.CustomerId);
            if (customer is { } id && !seen.TryAdd(id, record.Line))
            {
                builder.Reject(record.Line, "customer_id.duplicate", $"customer_id \"{id}\" already appeared on line {seen[id]}");
                continue;
            }

            builder.Accept(ToSummary(record, customer));
        }

        return builder.Build();
    }

    private static CustomerSummary ToSummary(CustomerSummaryRecord r, CustomerId? customer)
    {
        CustomerSummaryRecordValidator.TryParseNumber(r.Frequency, out var x);
        CustomerSummaryRecordValidator.TryParseNumber(r.Recency, out var tx);
        CustomerSummaryRecordValidator.TryParseNumber(r.Age, out var t);
        decimal? value = CustomerSummaryRecordValidator.TryParseMoney(r.MonetaryValue, out var m) ? m : null;
        var weight = CustomerSummaryRecordValidator.TryParseNumber(r.Weight, out var w) ? w : 1d;
        return new CustomerSummary(x, tx, t, customer, value, weight);
    }
}

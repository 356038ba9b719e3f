using CustomerLifecycle.Core;
using CustomerLifecycle.Scoring.Clv;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// One accepted customer-summary row, as <see cref="CustomerSummaryCursor.Current"/> gives it: the numbers of a
/// <see cref="CustomerSummary"/> and the customer id as characters over the reader's buffer, without any object. Valid
/// until the cursor moves on; call <see cref="ToSummary"/> to keep the row.
/// </summary>
public readonly ref struct CustomerSummaryRow
{
    internal CustomerSummaryRow(int line, double frequency, double recency, double age, decimal? monetaryValue, double weight, ReadOnlySpan<char> customer)
    {
        Line = line;
        Frequency = frequency;
        Recency = recency;
        Age = age;
        MonetaryValue = monetaryValue;
        Weight = weight;
        Customer = customer;
    }

    /// <summary>The physical line the row starts on (1-based; blank lines and quoted line breaks are counted).</summary>
    public int Line { get; }

    /// <summary>Repeat purchases x: a whole number ≥ 0.</summary>
    public double Frequency { get; }

    /// <summary>Recency t_x: 0 ≤ t_x ≤ T, and 0 when x = 0.</summary>
    public double Recency { get; }

    /// <summary>Age T: &gt; 0.</summary>
    public double Age { get; }

    /// <summary>The mean repeat-purchase value (≥ 0), or null when the row has none or the table has no such column.</summary>
    public decimal? MonetaryValue { get; }

    /// <summary>How many customers the row stands for: finite and &gt; 0, 1 when the table has no weight column.</summary>
    public double Weight { get; }

    /// <summary>
    /// The customer id's characters, trimmed (1 to <see cref="CustomerId.MaxLength"/>), or empty when the row has none or
    /// the table has no id column. No two accepted rows of a table have the same id (compared ordinally).
    /// </summary>
    public ReadOnlySpan<char> Customer { get; }

    /// <summary>
    /// The row as a <see cref="CustomerSummary"/> (an object, and a string for the id): equal to the one
    /// <see cref="CustomerSummaryReader.Read(Data.Text.TextTable)"/> returns for the same row.
    /// </summary>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The row is the default value (T = 0), not one a cursor gave.</exception>
    public CustomerSummary ToSummary() =>
        new(Frequency, Recency, Age, Customer.IsEmpty ? null : CustomerId.From(Customer.ToString()), MonetaryValue, Weight);
}

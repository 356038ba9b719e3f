using System.Text;
using CustomerLifecycle.Data.Transactions.Partitioning;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Data.Writers;

/// <summary>
/// Writes a transaction summary as the CSV that <see cref="Summaries.CustomerSummaryReader"/> reads back:
/// <c>customer_id,frequency,recency,T</c>, then <c>monetary_value</c> when the log had amounts, then
/// <c>frequency_holdout</c> (and <c>monetary_value_holdout</c>) with a calibration split. An unknown mean value is an
/// empty field. The text is that of <see cref="CsvWriter"/> (<see cref="CsvWriter.Quote"/>, <see cref="CsvWriter.Number"/>,
/// <see cref="CsvWriter.Money"/>), formatted into one buffer without a string per field.
/// </summary>
public static class SummaryCsvWriter
{
    /// <summary>Writes the summary.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="hasAmounts">Whether to write the monetary columns.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, TransactionSummary summary, bool hasAmounts)
    {
        ArgumentNullException.ThrowIfNull(summary);
        Write(writer, summary.Customers.Select((c, i) => new SummarizedCustomer(c, summary.Holdout?[i])), summary.Holdout is not null, hasAmounts);
    }

    /// <summary>
    /// Writes the summary to a stream as UTF-8 without a byte-order mark: the same bytes as <see cref="Write(TextWriter, TransactionSummary, bool)"/>
    /// through a UTF-8 writer. The rows of a summary made by <see cref="TransactionFold"/> are formatted straight from its
    /// running states, blocks of rows on every core at once, and written in order.
    /// </summary>
    /// <param name="stream">Where to write; it is not flushed or closed.</param>
    /// <param name="summary">The summary.</param>
    /// <param name="hasAmounts">Whether to write the monetary columns.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteUtf8(Stream stream, TransactionSummary summary, bool hasAmounts)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(summary);
        stream.Write(Encoding.UTF8.GetBytes(Header(summary.Holdout is not null, hasAmounts) + "\n"));
        SummaryCsvBlocks.Write(stream, summary, hasAmounts);
    }

    /// <summary>Writes customers one at a time (a partitioned summary's, streamed): the same bytes as for a whole summary of them.</summary>
    internal static void Write(TextWriter writer, IEnumerable<SummarizedCustomer> customers, bool holdout, bool hasAmounts)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(customers);
        writer.Write(Header(holdout, hasAmounts));
        writer.Write('\n');
        var rows = new SummaryCsvRows(writer, hasAmounts);
        foreach (var customer in customers)
        {
            rows.Write(customer.Summary, customer.Holdout);
        }

        rows.Flush();
    }

    private static string Header(bool holdout, bool hasAmounts)
    {
        var columns = new List<string> { "customer_id", "frequency", "recency", "T" };
        if (hasAmounts)
        {
            columns.Add("monetary_value");
        }

        if (holdout)
        {
            columns.Add("frequency_holdout");
            if (hasAmounts)
            {
                columns.Add("monetary_value_holdout");
            }
        }

        return string.Join(',', columns);
    }
}

using System.Globalization;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Data.Writers;

/// <summary>
/// Formats summary rows into a buffer and hands it to the writer in large blocks: the same text as
/// <see cref="CsvWriter.Quote"/>, <see cref="CsvWriter.Number"/> and <see cref="CsvWriter.Money"/> give field by field,
/// without a string per field or per row (an id that needs quoting or neutralising goes through
/// <see cref="CsvWriter.Quote"/>).
/// </summary>
internal sealed class SummaryCsvRows(TextWriter writer, bool hasAmounts)
{
    private const int Reserve = 2048;
    private readonly char[] _buffer = new char[64 * 1024];
    private int _used;

    /// <summary>Adds one row: the customer's summary, then its holdout activity when there is a holdout.</summary>
    public void Write(CustomerSummary customer, HoldoutActivity? holdout)
    {
        if (_used > _buffer.Length - Reserve)
        {
            Flush();
        }

        Id(customer.Customer?.Value ?? string.Empty);
        Number(customer.Frequency);
        Number(customer.Recency);
        Number(customer.Age);
        if (hasAmounts)
        {
            Money(customer.MonetaryValue);
        }

        if (holdout is not null)
        {
            Number(holdout.Frequency);
            if (hasAmounts)
            {
                Money(holdout.MonetaryValue);
            }
        }

        _buffer[_used++] = '\n';
    }

    /// <summary>Hands what is buffered to the writer.</summary>
    public void Flush()
    {
        writer.Write(_buffer, 0, _used);
        _used = 0;
    }

    private void Id(string id)
    {
        var text = CsvWriter.IsPlain(id) ? id : CsvWriter.Quote(id);
        text.CopyTo(_buffer.AsSpan(_used));
        _used += text.Length;
    }

    private void Number(double value)
    {
        _buffer[_used++] = ',';
        if (double.IsFinite(value))
        {
            value.TryFormat(_buffer.AsSpan(_used), out var written, "R", CultureInfo.InvariantCulture);
            _used += written;
        }
    }

    private void Money(decimal? value)
    {
        _buffer[_used++] = ',';
        if (value is { } v)
        {
            Math.Round(v, 10).TryFormat(_buffer.AsSpan(_used), out var written, "0.##########", CultureInfo.InvariantCulture);
            _used += written;
        }
    }
}

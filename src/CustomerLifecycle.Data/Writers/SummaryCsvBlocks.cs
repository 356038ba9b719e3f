using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Data.Writers;

/// <summary>
/// Writes the rows of a summary as UTF-8 in blocks of 8,192 customers: the blocks are formatted on every core into
/// buffers of their own and each written, in order, as soon as it and those before it are made
/// (<see cref="OrderedBlocks"/>), so the text is the one-core text byte for byte. A
/// fold's summary (<see cref="FoldedCustomers"/>) is formatted from its running states with no object per customer;
/// another summary's rows are read from its lists on one core (a list of the caller's may not be read from two threads).
/// </summary>
internal static class SummaryCsvBlocks
{
    private const int BlockRows = 8192;
    private const int Ahead = 16;

    /// <summary>Writes every row (after the header, written by the caller) to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, TransactionSummary summary, bool hasAmounts)
    {
        Rows rows = summary.Customers is FoldedCustomers folded && ReferenceEquals(folded.Holdout, summary.Holdout)
            ? new Folded(folded)
            : new Listed(summary.Customers, summary.Holdout);
        var holdout = summary.Holdout is not null;
        var blocks = (rows.Count + BlockRows - 1) / BlockRows;
        var workers = rows.Parallel ? Math.Min(Environment.ProcessorCount, blocks) : 1;
        var buffers = new Block[Math.Max(1, Math.Min(blocks, 2 * workers))];
        for (var b = 0; b < buffers.Length; b++)
        {
            buffers[b] = new Block();
        }

        OrderedBlocks.Run(
            buffers,
            blocks,
            helpers: Math.Max(0, workers - 1),
            (buffer, k) => buffer.Format(rows, k * BlockRows, Math.Min(rows.Count, (k + 1) * BlockRows), holdout, hasAmounts),
            buffer => stream.Write(buffer.Bytes));
    }

    /// <summary>One block's buffer and number texts.</summary>
    private sealed class Block
    {
        private readonly Utf8Fields _fields = new();
        private byte[] _buffer = new byte[1 << 19];
        private int _used;

        public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _used);

        public void Format(Rows rows, int start, int end, bool holdout, bool hasAmounts)
        {
            _used = 0;
            for (var i = start; i < end; i++)
            {
                // The rows' customers lie anywhere in memory: their states are fetched 16 rows ahead, their ids 8.
                if (i + Ahead < end)
                {
                    rows.Prefetch(i + Ahead);
                }

                if (i + (Ahead / 2) < end)
                {
                    rows.PrefetchId(i + (Ahead / 2));
                }

                if (_buffer.Length - _used < 8 * Utf8Fields.MaxField)
                {
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                }

                _used += Utf8Fields.Id(rows.Id(i), _buffer.AsSpan(_used));
                var row = rows.Row(i);
                Number(row.Frequency);
                Number(row.Recency);
                Number(row.Age);
                if (hasAmounts)
                {
                    Money(row.MonetaryValue);
                }

                if (holdout)
                {
                    var value = rows.Holdout(i, out var frequency);
                    Number(frequency);
                    if (hasAmounts)
                    {
                        Money(value);
                    }
                }

                _buffer[_used++] = (byte)'\n';
            }
        }

        private void Number(double value)
        {
            _buffer[_used++] = (byte)',';
            _used += _fields.Number(value, _buffer.AsSpan(_used));
        }

        private void Money(decimal? value)
        {
            _buffer[_used++] = (byte)',';
            _used += Utf8Fields.Money(value, _buffer.AsSpan(_used));
        }
    }

    /// <summary>Where a block reads its rows.</summary>
    private abstract class Rows
    {
        public abstract int Count { get; }

        /// <summary>Whether rows may be read from several threads at once.</summary>
        public abstract bool Parallel { get; }

        public abstract ReadOnlySpan<char> Id(int index);

        public abstract SummaryRow Row(int index);

        public abstract decimal? Holdout(int index, out double frequency);

        /// <summary>Starts fetching what reading row <paramref name="index"/> reads, where that helps.</summary>
        public virtual void Prefetch(int index)
        {
        }

        /// <summary>Starts fetching row <paramref name="index"/>'s id, some rows after <see cref="Prefetch"/>, where that helps.</summary>
        public virtual void PrefetchId(int index)
        {
        }
    }

    private sealed class Folded(FoldedCustomers customers) : Rows
    {
        public override int Count => customers.Count;

        public override bool Parallel => true;

        public override ReadOnlySpan<char> Id(int index) => customers.Id(index);

        public override SummaryRow Row(int index) => customers.Row(index);

        public override void Prefetch(int index) => customers.Prefetch(index);

        public override void PrefetchId(int index) => customers.PrefetchId(index);

        public override decimal? Holdout(int index, out double frequency)
        {
            var value = customers.HoldoutValue(index, out var count);
            frequency = count;
            return value;
        }
    }

    private sealed class Listed(IReadOnlyList<CustomerSummary> customers, IReadOnlyList<HoldoutActivity>? holdout) : Rows
    {
        public override int Count => customers.Count;

        public override bool Parallel => false;

        public override ReadOnlySpan<char> Id(int index) => customers[index].Customer?.Value ?? string.Empty;

        public override SummaryRow Row(int index)
        {
            var c = customers[index];
            return new SummaryRow(c.Frequency, c.Recency, c.Age, c.MonetaryValue);
        }

        public override decimal? Holdout(int index, out double frequency)
        {
            var h = holdout![index];
            frequency = h.Frequency;
            return h.MonetaryValue;
        }
    }
}

using CustomerLifecycle.Core;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Data.Transactions.Partitioning;

/// <summary>One partition's customers summarised, in id order, as a file; read back one customer at a time for the merge.</summary>
internal static class SummaryRunFile
{
    /// <summary>Writes the customers (and holdout activity) of a partition's summary.</summary>
    public static void Write(string path, TransactionSummary summary)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new BinaryWriter(file);
        for (var i = 0; i < summary.Customers.Count; i++)
        {
            var c = summary.Customers[i];
            writer.Write(c.Customer!.Value.Value);
            writer.Write(c.Frequency);
            writer.Write(c.Recency);
            writer.Write(c.Age);
            WriteMoney(writer, c.MonetaryValue);
            if (summary.Holdout is { } holdout)
            {
                writer.Write(holdout[i].Frequency);
                WriteMoney(writer, holdout[i].MonetaryValue);
            }
        }
    }

    /// <summary>Reads the customers back, in the order written.</summary>
    public static IEnumerable<SummarizedCustomer> Read(string path, bool holdout)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(file);
        var end = file.Length;
        while (file.Position < end)
        {
            var id = CustomerId.From(reader.ReadString());
            var summary = new CustomerSummary(reader.ReadDouble(), reader.ReadDouble(), reader.ReadDouble(), id, ReadMoney(reader));
            yield return new SummarizedCustomer(summary, holdout ? new HoldoutActivity(reader.ReadDouble(), ReadMoney(reader)) : null);
        }
    }

    /// <summary>Merges runs, each in ordinal id order (an id in one run only), into one sequence in ordinal id order.</summary>
    public static IEnumerable<SummarizedCustomer> Merge(IReadOnlyList<IEnumerable<SummarizedCustomer>> runs)
    {
        var cursors = new List<IEnumerator<SummarizedCustomer>>(runs.Count);
        var queue = new PriorityQueue<int, CustomerId>();
        try
        {
            foreach (var run in runs)
            {
                var cursor = run.GetEnumerator();
                cursors.Add(cursor);
                if (cursor.MoveNext())
                {
                    queue.Enqueue(cursors.Count - 1, cursor.Current.Summary.Customer!.Value);
                }
            }

            while (queue.TryDequeue(out var k, out _))
            {
                var cursor = cursors[k];
                yield return cursor.Current;
                if (cursor.MoveNext())
                {
                    queue.Enqueue(k, cursor.Current.Summary.Customer!.Value);
                }
            }
        }
        finally
        {
            foreach (var cursor in cursors)
            {
                cursor.Dispose();
            }
        }
    }

    private static void WriteMoney(BinaryWriter writer, decimal? value)
    {
        writer.Write(value.HasValue);
        if (value is { } v)
        {
            writer.Write(v);
        }
    }

    private static decimal? ReadMoney(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadDecimal() : null;
}

using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Data.Transactions;

/// <summary>
/// Folding a transaction log file on two cores: this thread folds the rows of the first half of the file from the start
/// while another finds the split (<see cref="TextTable.SplitLater"/>: counting the first half's lines) and folds the rows
/// of the second half into a continuation of the same fold, which is then appended (<see cref="TransactionFold.TryAppend"/>);
/// each fold's id table is first sized from a guess of its rows (the file's length times the records per byte of the
/// text read ahead), so that it seldom doubles. The result is the one-core result to the bit: customers are
/// numbered in the order they first appear, each customer's state continues across the halves, rejections and unknown
/// amounts keep their physical lines and order, an error in the second half is raised only when the first half had none,
/// and a customer out of date order across the halves is read again in the second pass. When the second half's
/// amounts carry another currency mark than the first half's, or a sum could round, the second half's rows are added
/// to the fold one by one instead (read again, as on one core). The two halves hold two customer tables at once (most
/// customers appear in both), so a file larger than <see cref="LargestSplit"/> is folded on one core, keeping the peak
/// memory of a very large log that of one table.
/// </summary>
internal static class TransactionFoldHalves
{
    /// <summary>The largest file folded on two cores: 256 MiB (about 10 M purchases).</summary>
    public const long LargestSplit = 256L << 20;

    /// <summary>Reads and summarises a seekable log file with a fold, on two cores when the file splits.</summary>
    public static TransactionLogSummary FoldFile(string path, TransactionColumns columns, TextTableOptions? tableOptions, TransactionFold fold, Func<LocalDate?, TransactionSummaryOptions> options)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(options);
        TextTable Open() => TextTable.OpenFile(path, tableOptions);
        TextTable? first = Open();
        Func<TextTable?>? split;
        long length;
        double recordsPerByte;
        try
        {
            length = new FileInfo(path).Length;
            recordsPerByte = first.RecordsPerByte();
            split = length <= LargestSplit ? first.SplitLater(0.5) : null;
        }
        catch
        {
            first.Dispose();
            throw;
        }

        if (split is null)
        {
            fold.ReserveForRows((long)(recordsPerByte * length));
            // One core: the table already open serves the first pass, a new one any second pass.
            return TransactionLogReader.FoldAndSummarize(() => Interlocked.Exchange(ref first, null) ?? Open(), columns, fold, options);
        }

        TransactionRowReader reader;
        TransactionRowReader? laterReader;
        int rows;
        int laterRows;
        string source;
        bool strict;
        var later = fold.NewContinuation();
        using (var table = first)
        {
            reader = new TransactionRowReader(table, columns);
            fold.ReserveForRows((long)(recordsPerByte * length / 2));

            // The other thread finds the split (counting the first half's lines) while this one folds from the start: this
            // table ends at the split once it is found, or reads on to the end when it is not.
            var second = Task.Run(() =>
            {
                using var rest = split();
                if (rest is null)
                {
                    return ((TransactionRowReader?)null, 0);
                }

                var rows = new TransactionRowReader(rest, columns);
                later.ReserveForRows((long)(recordsPerByte * rest.PartBytes!.Value));
                return ((TransactionRowReader?)rows, rows.ReadAll(later));
            });
            try
            {
                rows = reader.ReadAll(fold);
            }
            catch
            {
                // The file closes with the first table: let the other half stop first. Its own error, if any, is not this one's.
                second.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
                throw;
            }

            (laterReader, laterRows) = second.GetAwaiter().GetResult();
            (source, strict) = (table.Source, table.Options.Strict);
        }

        if (laterReader is null)
        {
            // Not split after all (a quote before the middle, say): the first table read the whole file.
            return TransactionLogReader.Complete(Open, columns, fold, options, source, rows, reader, strict);
        }

        if (reader.Currency is null || laterReader.Currency is null || reader.Currency == laterReader.Currency ? fold.TryAppend(later) : false)
        {
            reader.AmountProblems.AddRange(laterReader.AmountProblems);
            reader.Currency ??= laterReader.Currency;
        }
        else
        {
            AddOneByOne(Open, columns, fold, reader, rows);
        }

        return TransactionLogReader.Complete(Open, columns, fold, options, source, rows + laterRows, reader, strict);
    }

    /// <summary>Adds the rows after the first <paramref name="skip"/> to the fold one by one, with the first half's reader's currency and reasons.</summary>
    private static void AddOneByOne(Func<TextTable> open, TransactionColumns columns, TransactionFold fold, TransactionRowReader reader, int skip)
    {
        using var table = open();
        var rest = new TransactionRowReader(table, columns) { Currency = reader.Currency };
        rest.Skip(skip);
        rest.ReadAll(fold);
        reader.AmountProblems.AddRange(rest.AmountProblems);
        reader.Currency = rest.Currency;
    }
}

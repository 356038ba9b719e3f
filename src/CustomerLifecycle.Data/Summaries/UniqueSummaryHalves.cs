using System.Runtime.CompilerServices;
using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// Reading a large summary file into unique rows on two cores: this thread reads the first half of the file while another
/// reads the second (<see cref="TextTable.TrySplit"/>), and the second half's histories, counts and rejections are then
/// added after the first's. The result is the one-thread result to the bit: the split is made only where the rows have
/// weight 1 and no customer ids (so weight sums are whole numbers, which add exactly in any order, and no duplicate id
/// can span the halves), the sum of ages goes on over the second half's ages in order, rejections keep their physical
/// lines, and an error in the second half is raised only when the first half had none.
/// </summary>
internal static class UniqueSummaryHalves
{
    /// <summary>Folds every accepted row of a table into an accumulator, on two cores when the table can be split.</summary>
    /// <param name="table">The table, not yet read.</param>
    /// <param name="rows">The reader of the table's rows (the first half's when split).</param>
    /// <param name="unique">The accumulator.</param>
    /// <returns>The rows read and the rejected rows, in source order.</returns>
    public static (int RowCount, List<Core.Import.RejectedRow> Rejected) Fold(TextTable table, SummaryRowReader rows, UniqueSummaryAccumulator unique)
    {
        using var rest = rows.HasWeights || rows.HasCustomers ? null : table.TrySplit(0.5);
        var second = rest is null ? null : Task.Run(() => FoldAll(new SummaryRowReader(rest), Reserved(new UniqueSummaryAccumulator(keepAges: true), rest.PartBytes)));
        unique.Reserve(table.PartBytes);
        try
        {
            FoldAll(rows, unique);
        }
        catch
        {
            // The file closes with the table: let the other half stop first. Its own error, if any, is not this one's.
            second?.ContinueWith(static _ => { }, TaskScheduler.Default).Wait();
            throw;
        }

        if (second is null)
        {
            return (rows.RowCount, rows.Rejected);
        }

        var (restRows, restUnique) = second.GetAwaiter().GetResult();
        unique.Merge(restUnique);
        return (rows.RowCount + restRows.RowCount, [.. rows.Rejected, .. restRows.Rejected]);
    }

    private static UniqueSummaryAccumulator Reserved(UniqueSummaryAccumulator unique, long? bytes)
    {
        unique.Reserve(bytes);
        return unique;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (SummaryRowReader Rows, UniqueSummaryAccumulator Unique) FoldAll(SummaryRowReader rows, UniqueSummaryAccumulator unique)
    {
        while (rows.TryReadAccepted(out var row, out _))
        {
            unique.Add(row.Frequency, row.Recency, row.Age, row.Weight);
        }

        return (rows, unique);
    }
}

using System.Globalization;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Models;
using static CustomerLifecycle.Data.Summaries.WholeNumbers;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// Reads an sBG cohort: <c>period</c> and <c>alive</c> (survivors at the start of each period, period 0 = cohort size).
/// </summary>
/// <remarks>
/// Rejection codes (stable): <c>period.invalid</c> (not a whole number ≥ 0), <c>period.duplicate</c>,
/// <c>alive.invalid</c> (not a finite number ≥ 0). A cohort whose accepted periods are not 0, 1, …, n, whose survivors
/// increase, or without a positive size and a period 1 cannot be fitted: <see cref="TextTableException"/>.
/// </remarks>
public static class CohortReader
{
    /// <summary>Reads a cohort from an open table.</summary>
    /// <param name="table">The table, not yet read.</param>
    /// <returns>The cohort, the row count and the rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="TextTableException">A required column is missing, the text cannot be read, or the periods do not make a cohort.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected.</exception>
    public static CohortFile Read(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var period = table.Require("period");
        var alive = table.Require("alive");
        var numbers = table.Options.Numbers;
        var rejected = new List<RejectedRow>();
        var counts = new SortedDictionary<int, (double Alive, int Line)>();
        var rows = 0;
        foreach (var row in table.ReadRows())
        {
            rows++;
            if (row.HasExtraFields)
            {
                rejected.Add(new RejectedRow(row.Line, TextTable.ExtraFieldsCode, table.ExtraFieldsReason(row)));
                continue;
            }

            if (!TryWhole(row[period], numbers, out var t) || t < 0)
            {
                rejected.Add(new RejectedRow(row.Line, "period.invalid", $"period \"{row[period]}\" is not a whole number ≥ 0") { Column = "period" });
            }
            else if (!TryNumber(row[alive], numbers, out var a) || a < 0d)
            {
                rejected.Add(new RejectedRow(row.Line, "alive.invalid", $"alive \"{row[alive]}\" is not a finite number ≥ 0") { Column = "alive" });
            }
            else if (!counts.TryAdd(t, (a, row.Line)))
            {
                rejected.Add(new RejectedRow(row.Line, "period.duplicate", $"period {t} already appeared on line {counts[t].Line}") { Column = "period" });
            }
        }

        if (table.Options.Strict && rejected.Count > 0)
        {
            throw new ImportRejectedException(table.Source, rejected, rows);
        }

        Check(table.Source, counts);
        return new CohortFile(table.Source, new CohortSurvivors(counts.Values.Select(v => v.Alive)), rows, rejected);
    }

    /// <summary>Reads an sBG cohort from a file (one call: open, read, close).</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="options">How to read the file; the defaults when null.</param>
    /// <returns>What <see cref="Read(TextTable)"/> returns for the file.</returns>
    /// <exception cref="TextTableException">The file is missing or empty, cannot be decoded, or lacks a required column.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static CohortFile ReadFile(string path, TextTableOptions? options = null)
    {
        using var table = TextTable.OpenFile(path, options);
        return Read(table);
    }

    /// <summary>Reads a cohort from a stream.</summary>
    /// <param name="stream">The bytes of the table.</param>
    /// <param name="options">How to read the table; the defaults when null.</param>
    /// <param name="source">The source in messages; <c>input</c> when null.</param>
    /// <returns>The cohort, the row count and the rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="TextTableException">The table cannot be used, a required column is missing, or the periods do not make a cohort.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static CohortFile Read(Stream stream, TextTableOptions? options = null, string? source = null)
    {
        using var table = TextTable.Open(stream, options, source, leaveOpen: true);
        return Read(table);
    }

    private static void Check(string source, SortedDictionary<int, (double Alive, int Line)> counts)
    {
        var expected = 0;
        foreach (var (t, (a, line)) in counts)
        {
            if (t != expected)
            {
                throw new TextTableException($"{source}: period {expected} is missing (the periods must run 0, 1, …, n)");
            }

            if (t > 0 && a > counts[t - 1].Alive)
            {
                throw new TextTableException($"{source}: line {line}: survivors cannot increase (period {t} has {Format(a)} after {Format(counts[t - 1].Alive)})");
            }

            expected++;
        }

        if (counts.Count < 2 || counts[0].Alive <= 0d)
        {
            throw new TextTableException($"{source}: a cohort needs a size > 0 in period 0 and survivors for at least period 1");
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

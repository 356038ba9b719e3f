using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Data.Surveys;

/// <summary>
/// Reads survey answers: a header with <c>score</c> (required, 0–10); optional <c>customer_id</c> (or <c>customer</c>),
/// <c>responded_at</c> (or <c>at</c>, <c>date</c>: ISO 8601, local forms read in <see cref="TextTableOptions.Zone"/>),
/// <c>touchpoint</c>, <c>first_visit</c>, <c>weight</c>. Each bad row is rejected with its physical line and the rules and
/// codes of <see cref="SurveyResponseRecordValidator"/>.
/// </summary>
public static class SurveyReader
{
    /// <summary>Reads responses from an open table.</summary>
    /// <param name="table">The table, not yet read.</param>
    /// <param name="segmentColumn">A column whose value becomes each accepted response's segment key, or null.</param>
    /// <returns>The responses, rejected rows and segment keys.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="TextTableException">The <c>score</c> column or the segment column is missing, or the text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected.</exception>
    public static SurveyFile Read(TextTable table, string? segmentColumn)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new SurveyRowReader(table, segmentColumn);
        var (read, keys) = rows.ReadAll();
        var import = ImportRejectedException.ThrowIfStrict(read, table.Options, table.Source);
        return new SurveyFile(table.Source, import, keys, rows.HasWeights);
    }

    /// <summary>
    /// Tallies the responses in one pass without keeping them: the overall, first-visit and weighted tallies, one tally per
    /// segment and, when asked, per calendar period. The rows are checked with the rules, codes and lines of
    /// <see cref="Read(TextTable, string?)"/>; a plain row costs no allocation.
    /// </summary>
    /// <param name="table">The table, not yet read.</param>
    /// <param name="segmentColumn">A column whose values segment the responses, or null.</param>
    /// <param name="period">The periods of a trend in the table's <see cref="TextTableOptions.Zone"/> (weeks start on Monday), or null for none.</param>
    /// <returns>The tallies and the rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not a defined value.</exception>
    /// <exception cref="TextTableException">The <c>score</c> column or the segment column is missing, or the text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SurveyTallies Tally(TextTable table, string? segmentColumn = null, NpsPeriod? period = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        var trend = period is { } p ? new NpsTrendBuilder(table.Options.Zone, p) : null;
        var rows = new SurveyRowReader(table, segmentColumn);
        var segments = segmentColumn is null ? null : new Dictionary<string, NpsTally>(StringComparer.Ordinal);
        var (all, firstVisits, weighted) = (NpsTally.Empty, NpsTally.Empty, default(WeightedNpsTally));
        while (rows.TryReadAccepted(keepCustomers: false, out var row))
        {
            var score = LikelihoodScore.From(row.Score);
            all = all.Add(score);
            if (row.IsFirstVisit)
            {
                firstVisits = firstVisits.Add(score);
            }

            weighted = weighted.Add(score, row.Weight);
            trend?.Add(score, row.RespondedAt);
            if (segments is not null)
            {
                ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(segments, rows.SegmentKey() ?? string.Empty, out _);
                tally = tally.Add(score);
            }
        }

        var rejected = rows.Rejected.ToArray();
        if (table.Options.Strict && rejected.Length > 0)
        {
            throw new ImportRejectedException(table.Source, rejected, rows.RowCount);
        }

        return new SurveyTallies(table.Source, all, firstVisits, weighted, segments ?? [], trend?.Build(), rows.RowCount, rejected, rows.HasWeights);
    }

    /// <summary>Reads the survey responses of a file (one call: open, read, close).</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="segmentColumn">A column whose value becomes each response's segment key, or null.</param>
    /// <param name="options">How to read the file; the defaults when null.</param>
    /// <returns>What <see cref="Read(TextTable, string?)"/> returns for the file.</returns>
    /// <exception cref="TextTableException">The file is missing or empty, cannot be decoded, or lacks a required column.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static SurveyFile ReadFile(string path, TextTableOptions? options = null, string? segmentColumn = null)
    {
        using var table = TextTable.OpenFile(path, options);
        return Read(table, segmentColumn);
    }

    /// <summary>Reads responses from a stream.</summary>
    /// <param name="stream">The bytes of the table.</param>
    /// <param name="options">How to read the table; the defaults when null.</param>
    /// <param name="source">The source in messages; <c>input</c> when null.</param>
    /// <param name="segmentColumn">A column whose value becomes each accepted response's segment key, or null.</param>
    /// <returns>The responses, rejected rows and segment keys.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="TextTableException">The table cannot be used, or a required column is missing.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static SurveyFile Read(Stream stream, TextTableOptions? options = null, string? source = null, string? segmentColumn = null)
    {
        using var table = TextTable.Open(stream, options, source, leaveOpen: true);
        return Read(table, segmentColumn);
    }
}

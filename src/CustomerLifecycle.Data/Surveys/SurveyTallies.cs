using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Data.Surveys;

/// <summary>
/// A survey export tallied in one pass (<see cref="SurveyReader.Tally(TextTable, string?, NpsPeriod?)"/>): the sufficient
/// statistics of every NPS figure, without keeping any response, so memory grows with the segments and periods, not
/// with the rows. Every tally is mergeable with the tallies of other files or parts.
/// </summary>
/// <param name="Source">The source in messages.</param>
/// <param name="All">The tally of every accepted response.</param>
/// <param name="FirstVisits">The tally of the accepted responses flagged as following a first visit.</param>
/// <param name="Weighted">The weighted tally of every accepted response (weight 1 where the table has no weight).</param>
/// <param name="Segments">
/// When a segment column was named: the tally of each of its values (trimmed; a blank value, or a row too short to have
/// the column, is the empty string); otherwise empty.
/// </param>
/// <param name="Trend">When a period was asked for: the trend by period in <see cref="TextTableOptions.Zone"/>; otherwise null.</param>
/// <param name="RowCount">The data rows read, accepted and rejected.</param>
/// <param name="Rejected">The rejected rows, in source order, with the codes and reasons of <see cref="SurveyReader.Read(TextTable, string?)"/>.</param>
/// <param name="HasWeights">Whether the table has a <c>weight</c> column.</param>
public sealed record SurveyTallies(
    string Source,
    NpsTally All,
    NpsTally FirstVisits,
    WeightedNpsTally Weighted,
    IReadOnlyDictionary<string, NpsTally> Segments,
    NpsTrend? Trend,
    int RowCount,
    IReadOnlyList<RejectedRow> Rejected,
    bool HasWeights);

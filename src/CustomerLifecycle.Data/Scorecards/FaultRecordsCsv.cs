using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scorecards.Quality;

namespace CustomerLifecycle.Data.Scorecards;

/// <summary>
/// Reads fault records, one row per reported fault: <c>record_id</c> (or <c>id</c>), <c>fault_code</c> (or <c>fault</c>),
/// <c>reported_at</c> (or <c>date</c>, <c>instant</c>), and any attribute columns (such as <c>production_month</c>,
/// <c>battery_batch</c>); a blank attribute is missing for that record.
/// </summary>
/// <remarks>
/// <c>reported_at</c> is an ISO date or time stamp; without an offset it is read in <see cref="TextTableOptions.Zone"/>
/// (UTC by default). Rejection codes: <c>record_id.missing</c>, <c>fault_code.missing</c>, <c>reported_at.invalid</c>,
/// <c>record_id.duplicate</c> (the first row with an id is kept).
/// </remarks>
public static class FaultRecordsCsv
{
    private static readonly string[] IdColumns = ["record_id", "id"];
    private static readonly string[] FaultColumns = ["fault_code", "fault"];
    private static readonly string[] TimeColumns = ["reported_at", "date", "instant"];

    /// <summary>Reads the records of a file.</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="options">How to read the file.</param>
    /// <returns>The records in file order, and the rejected rows.</returns>
    /// <exception cref="TextTableException">The file is missing, empty, lacks a required column, or cannot be decoded.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static ImportResult<FaultRecord> ReadFile(string path, TextTableOptions? options = null)
    {
        using var table = TextTable.OpenFile(path, options);
        return Read(table);
    }

    /// <summary>Reads the records of an open table.</summary>
    /// <param name="table">The table, not yet read.</param>
    /// <returns>The records in source order, and the rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="TextTableException">A required column is missing, or the text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected.</exception>
    public static ImportResult<FaultRecord> Read(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var id = table.Require(IdColumns);
        var fault = table.Require(FaultColumns);
        var time = table.Require(TimeColumns);
        var attributes = FleetCsv.AttributeColumns(table, id, fault, time);
        var builder = new ImportResultBuilder<FaultRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.ReadRows())
        {
            if (row.HasExtraFields)
            {
                builder.Reject(row.Line, TextTable.ExtraFieldsCode, table.ExtraFieldsReason(row));
                continue;
            }

            var recordId = row[id]?.Trim();
            var faultCode = row[fault]?.Trim();
            var timeText = row[time];
            if (string.IsNullOrEmpty(recordId))
            {
                builder.Reject(row.Line, table.Columns[id], "record_id.missing", "the record id is blank");
            }
            else if (string.IsNullOrEmpty(faultCode))
            {
                builder.Reject(row.Line, table.Columns[fault], "fault_code.missing", $"record {recordId}: the fault code is blank");
            }
            else if (!DateText.TryParseInstant(timeText, table.Options.Zone, out var reportedAt, out var timeError))
            {
                builder.Reject(row.Line, table.Columns[time], "reported_at.invalid", $"record {recordId}: reported_at {timeError!.Reason}");
            }
            else if (!seen.Add(recordId))
            {
                builder.Reject(row.Line, table.Columns[id], "record_id.duplicate", $"record {recordId} appears more than once; the first row is used");
            }
            else
            {
                builder.Accept(new FaultRecord(recordId, faultCode, reportedAt, FleetCsv.Attributes(row, attributes)));
            }
        }

        return ImportRejectedException.ThrowIfStrict(builder.Build(), table.Options, table.Source);
    }
}

using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Followups;
using NodaTime;

namespace CustomerLifecycle.Data.Followups;

/// <summary>
/// Reads an events CSV into follow-up events: required <c>customer_id</c> (or <c>customer</c>), <c>event</c> and
/// <c>at</c>; optional <c>appointment_id</c>, <c>scheduled_for</c>, <c>score</c>, <c>first_visit</c> and <c>zone</c>, and
/// for notes <c>kind</c>, <c>text</c>, <c>expires</c> and <c>act_next_visit</c> (<c>text</c> is also a survey's comment).
/// </summary>
/// <remarks>
/// <para><c>at</c> and <c>scheduled_for</c> are ISO-8601 instants, or local date-times read in the row's <c>zone</c>
/// (an IANA id), else in <see cref="TextTableOptions.Zone"/>. The events are booked, rescheduled, cancelled,
/// service_started, service_completed, survey, deferred_repair, visit and note, read with case, spaces and underscores,
/// hyphens or dots ignored (<c>Service Completed</c>, <c>service-completed</c>, <c>ServiceCompleted</c>). Every rule about a note
/// (kinds, text, expiry) is the Followups library's (<c>CustomerNote</c>, <c>NoteKind</c>); a rejected note row's reason
/// never quotes its text. <c>expires</c> is read like <c>at</c>.</para>
/// <para>A bad row is rejected with its physical line, column, code and reason; so is an event after the planning
/// instant, since a planner plans from what is known at that instant. Codes: <c>customer_id.invalid</c>,
/// <c>zone.unknown</c>, <c>at.invalid</c>, <c>at.after_now</c>, <c>scheduled_for.invalid</c>,
/// <c>first_visit.invalid</c>, <c>event.unknown</c>, <c>event.invalid</c>, <c>appointment_id.missing</c>,
/// <c>scheduled_for.missing</c>, <c>score.missing</c>, <c>score.out_of_range</c>, <c>kind.invalid</c>,
/// <c>expires.invalid</c>, <c>act_next_visit.invalid</c>, <c>note.invalid</c>.</para>
/// </remarks>
public static class FollowupEventsCsv
{
    /// <summary>Reads the events of a file.</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="now">The planning instant: later events are rejected.</param>
    /// <param name="options">How to read the file; its zone reads local time stamps of rows that name none.</param>
    /// <returns>The events in file order, and the rejected rows.</returns>
    /// <exception cref="TextTableException">The file is missing, empty, lacks a required column, or cannot be decoded.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static ImportResult<FollowupEvent> ReadFile(string path, Instant now, TextTableOptions? options = null)
    {
        using var table = TextTable.OpenFile(path, options);
        return Read(table, now);
    }

    /// <summary>Reads the events of a stream.</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="now">The planning instant: later events are rejected.</param>
    /// <param name="options">How to read the text; its zone reads local time stamps of rows that name none.</param>
    /// <param name="source">The name of the source in messages.</param>
    /// <returns>The events in source order, and the rejected rows.</returns>
    /// <exception cref="TextTableException">The text is empty, lacks a required column, or cannot be decoded.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static ImportResult<FollowupEvent> Read(Stream stream, Instant now, TextTableOptions? options = null, string? source = null)
    {
        using var table = TextTable.Open(stream, options, source);
        return Read(table, now);
    }

    /// <summary>Reads the events of an open table.</summary>
    /// <param name="table">The table, not yet read.</param>
    /// <param name="now">The planning instant: later events are rejected.</param>
    /// <returns>The events in source order, and the rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="TextTableException">A required column is missing, or the text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected.</exception>
    public static ImportResult<FollowupEvent> Read(TextTable table, Instant now)
    {
        ArgumentNullException.ThrowIfNull(table);
        var customer = table.Require("customer_id", "customer");
        var kind = table.Require("event");
        var at = table.Require("at");
        var appointment = table.IndexOf("appointment_id", "appointment");
        var scheduled = table.IndexOf("scheduled_for");
        var score = table.IndexOf("score");
        var firstVisit = table.IndexOf("first_visit");
        var zone = table.IndexOf("zone");
        var noteKind = table.IndexOf("kind");
        var text = table.IndexOf("text");
        var expires = table.IndexOf("expires");
        var act = table.IndexOf("act_next_visit");
        var builder = new ImportResultBuilder<FollowupEvent>();
        foreach (var row in table.ReadRows())
        {
            if (row.HasExtraFields)
            {
                builder.Reject(row.Line, TextTable.ExtraFieldsCode, table.ExtraFieldsReason(row));
                continue;
            }

            var fields = new FollowupEventFields(row[customer], row[kind], row[at], row[appointment], row[scheduled], row[score], row[firstVisit], row[zone],
                row[noteKind], row[text], row[expires], row[act]);
            var (e, error) = fields.Parse(table.Options.Zone, now);
            if (e is not null)
            {
                builder.Accept(e);
            }
            else
            {
                builder.Reject(row.Line, error!.Column, error.Code, error.Reason);
            }
        }

        return ImportRejectedException.ThrowIfStrict(builder.Build(), table.Options, table.Source);
    }
}

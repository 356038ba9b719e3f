using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Followups.Compliance;

namespace CustomerLifecycle.Data.Followups;

/// <summary>
/// Reads a completion log CSV ("done" file): <c>completed_at</c> (or <c>done_at</c>) and either <c>key</c> (or
/// <c>task_key</c>) or <c>customer_id</c> + <c>step</c> (a row may use either when the file has all three); optional
/// <c>channel</c> (at most 50 characters) and <c>completed_by</c> or <c>by</c> (at most 200).
/// </summary>
/// <remarks>
/// Time stamps without an offset are read in <see cref="TextTableOptions.Zone"/>. A bad row is rejected with its line,
/// column, code and reason: <c>completed_at.invalid</c>, <c>text.too_long</c>, <c>task.unidentified</c>.
/// </remarks>
public static class CompletionsCsv
{
    /// <summary>The longest channel name accepted.</summary>
    public const int MaxChannelLength = 50;

    /// <summary>The longest <c>completed_by</c> accepted.</summary>
    public const int MaxCompletedByLength = 200;

    /// <summary>Reads the completions of a file.</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="options">How to read the file.</param>
    /// <returns>The completions in file order, each with its line, and the rejected rows.</returns>
    /// <exception cref="TextTableException">The file is missing, empty, lacks the columns that identify a task, or cannot be decoded.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static ImportResult<CompletionRow> ReadFile(string path, TextTableOptions? options = null)
    {
        using var table = TextTable.OpenFile(path, options);
        return Read(table);
    }

    /// <summary>Reads the completions of a stream.</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="options">How to read the text.</param>
    /// <param name="source">The name of the source in messages.</param>
    /// <returns>The completions in source order, each with its line, and the rejected rows.</returns>
    /// <exception cref="TextTableException">The text is empty, lacks the columns that identify a task, or cannot be decoded.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static ImportResult<CompletionRow> Read(Stream stream, TextTableOptions? options = null, string? source = null)
    {
        using var table = TextTable.Open(stream, options, source);
        return Read(table);
    }

    /// <summary>Reads the completions of an open table.</summary>
    /// <param name="table">The table, not yet read.</param>
    /// <returns>The completions in source order, each with its line, and the rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="TextTableException">The table lacks the columns that identify a task, or the text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected.</exception>
    public static ImportResult<CompletionRow> Read(TextTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var at = table.Require("completed_at", "done_at");
        var key = table.IndexOf("key", "task_key");
        var customer = table.IndexOf("customer_id", "customer");
        var step = table.IndexOf("step");
        if (key < 0 && (customer < 0 || step < 0))
        {
            throw new TextTableException($"{table.Source}: needs a 'key' column or both 'customer_id' and 'step' (columns: {string.Join(", ", table.Columns)})");
        }

        var channel = table.IndexOf("channel");
        var by = table.IndexOf("completed_by", "by");
        var builder = new ImportResultBuilder<CompletionRow>();
        foreach (var row in table.ReadRows())
        {
            if (row.HasExtraFields)
            {
                builder.Reject(row.Line, TextTable.ExtraFieldsCode, table.ExtraFieldsReason(row));
                continue;
            }

            var line = row.Line;
            var when = row[at];
            if (!IsoTime.TryParse(when, table.Options.Zone, out var instant, out var problem))
            {
                builder.Reject(line, table.Columns[at], "completed_at.invalid", $"completed_at {problem}");
                continue;
            }

            var (ch, who) = (row[channel], row[by]);
            if (ch?.Trim().Length > MaxChannelLength || who?.Trim().Length > MaxCompletedByLength)
            {
                builder.Reject(line, null, "text.too_long", $"channel is longer than {MaxChannelLength} characters or completed_by longer than {MaxCompletedByLength}");
                continue;
            }

            var k = row[key];
            if (!string.IsNullOrWhiteSpace(k))
            {
                builder.Accept(new CompletionRow(line, TaskCompletion.ForKey(k, instant, ch, who)));
            }
            else if (CustomerId.TryFrom(row[customer], out var id) && row[step] is { } s && !string.IsNullOrWhiteSpace(s))
            {
                builder.Accept(new CompletionRow(line, TaskCompletion.ForStep(id, s, instant, ch, who)));
            }
            else
            {
                builder.Reject(line, null, "task.unidentified", "the row has no key and no valid customer_id + step");
            }
        }

        return ImportRejectedException.ThrowIfStrict(builder.Build(), table.Options, table.Source);
    }
}

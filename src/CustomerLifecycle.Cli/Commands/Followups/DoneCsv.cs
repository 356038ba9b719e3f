using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Followups.Compliance;
using NodaTime;

namespace CustomerLifecycle.Cli.Commands.Followups;

/// <summary>
/// A completion log CSV: <c>completed_at</c> and either <c>key</c> or <c>customer_id</c> + <c>step</c> (a row may use either
/// when the file has all three); optional <c>channel</c> and <c>completed_by</c> (or <c>by</c>). Bad rows are rejected with
/// line and reason.
/// </summary>
internal sealed record DoneCsv(IReadOnlyList<TaskCompletion> Completions, IReadOnlyList<int> Lines, IReadOnlyList<RejectedRow> Rejected)
{
    public static DoneCsv Read(string path, DateTimeZone zone)
    {
        using var table = CsvTable.Open(path);
        var at = table.Require("completed_at", "done_at");
        var key = table.IndexOf("key", "task_key");
        var customer = table.IndexOf("customer_id", "customer");
        var step = table.IndexOf("step");
        if (key < 0 && (customer < 0 || step < 0))
        {
            throw new UnusableInputException($"{path}: needs a 'key' column or both 'customer_id' and 'step' (columns: {string.Join(", ", table.ColumnNames)})");
        }

        var channel = table.IndexOf("channel");
        var by = table.IndexOf("completed_by", "by");
        var completions = new List<TaskCompletion>();
        var lines = new List<int>();
        var rejected = new List<RejectedRow>();
        while (table.Read())
        {
            if (table.IsBlankRow())
            {
                continue;
            }

            var line = table.Line;
            var when = table.Get(at);
            if (!IsoTime.TryParse(when, zone, out var instant))
            {
                rejected.Add(new RejectedRow(line, "completed_at.invalid", $"completed_at \"{when}\" is not an ISO-8601 time stamp"));
                continue;
            }

            var (ch, who) = (table.Get(channel), table.Get(by));
            if (ch?.Trim().Length > 50 || who?.Trim().Length > 200)
            {
                rejected.Add(new RejectedRow(line, "text.too_long", "channel is longer than 50 characters or completed_by longer than 200"));
                continue;
            }

            var k = table.Get(key);
            if (!string.IsNullOrWhiteSpace(k))
            {
                completions.Add(TaskCompletion.ForKey(k, instant, ch, who));
            }
            else if (CustomerId.TryFrom(table.Get(customer), out var id) && !string.IsNullOrWhiteSpace(table.Get(step)))
            {
                completions.Add(TaskCompletion.ForStep(id, table.Get(step)!, instant, ch, who));
            }
            else
            {
                rejected.Add(new RejectedRow(line, "task.unidentified", "the row has no key and no valid customer_id + step"));
                continue;
            }

            lines.Add(line);
        }

        return new DoneCsv(completions, lines, rejected);
    }
}

using System.Text.Json;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Followups.Compliance;
using NodaTime;

namespace CustomerLifecycle.Cli.Commands.Followups;

/// <summary>
/// Reads the tasks of a <c>followups plan --json</c> file (the <c>{"tasks":[…]}</c> object, or a bare array of tasks) for
/// compliance. Required per task: <c>key</c>, <c>customer_id</c>, <c>step</c>, <c>due_utc</c>; optional <c>anchor_utc</c>
/// (null: unknown), <c>deadline_utc</c> (else <c>window_end_utc</c>, else <c>due_utc</c>), <c>zone</c> (UTC) and
/// <c>first_visit</c> (false). A bad task is rejected
/// with its 1-based position in the array as the line; an unreadable file is unusable input.
/// </summary>
internal sealed record TasksFile(IReadOnlyList<SlaTask> Tasks, IReadOnlySet<string> FirstVisitKeys, IReadOnlyList<RejectedRow> Rejected)
{
    public static TasksFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UnusableInputException($"{path}: no such file");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException ex)
        {
            throw new UnusableInputException($"{path}: not valid JSON ({ex.Message})", ex);
        }

        using (doc)
        {
            var root = doc.RootElement;
            var array = root.ValueKind switch
            {
                JsonValueKind.Array => root,
                JsonValueKind.Object when root.TryGetProperty("tasks", out var t) && t.ValueKind == JsonValueKind.Array => t,
                _ => throw new UnusableInputException($"{path}: expected the output of 'followups plan --json' (an object with a \"tasks\" array) or an array of tasks"),
            };
            var tasks = new List<SlaTask>();
            var firstVisit = new HashSet<string>(StringComparer.Ordinal);
            var rejected = new List<RejectedRow>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var line = 0;
            foreach (var e in array.EnumerateArray())
            {
                line++;
                var error = TryRead(e, out var task, out var isFirstVisit);
                if (error is null && !keys.Add(task!.Key))
                {
                    error = ("task.duplicate_key", $"key '{task.Key}' appears twice");
                }

                if (error is { } err)
                {
                    rejected.Add(new RejectedRow(line, err.Code, err.Reason));
                    continue;
                }

                tasks.Add(task!);
                if (isFirstVisit)
                {
                    firstVisit.Add(task!.Key);
                }
            }

            return new TasksFile(tasks, firstVisit, rejected);
        }
    }

    private static (string Code, string Reason)? TryRead(JsonElement e, out SlaTask? task, out bool firstVisit)
    {
        task = null;
        firstVisit = false;
        if (e.ValueKind != JsonValueKind.Object)
        {
            return ("task.not_an_object", "a task must be a JSON object");
        }

        var key = Text(e, "key");
        var step = Text(e, "step");
        if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(step))
        {
            return ("task.incomplete", "a task needs 'key' and 'step'");
        }

        if (!CustomerId.TryFrom(Text(e, "customer_id"), out var customer))
        {
            return ("customer_id.invalid", $"task '{key}': customer_id is missing or invalid");
        }

        var zoneId = Text(e, "zone");
        var zone = string.IsNullOrWhiteSpace(zoneId) ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId.Trim());
        if (zone is null)
        {
            return ("zone.unknown", $"task '{key}': unknown IANA time zone '{zoneId}'");
        }

        if (!IsoTime.TryParse(Text(e, "due_utc"), DateTimeZone.Utc, out var due))
        {
            return ("due_utc.invalid", $"task '{key}': due_utc \"{Text(e, "due_utc")}\" is not an ISO-8601 instant");
        }

        Instant? anchor = null;
        if (Text(e, "anchor_utc") is { } a)
        {
            if (!IsoTime.TryParse(a, DateTimeZone.Utc, out var parsed))
            {
                return ("anchor_utc.invalid", $"task '{key}': anchor_utc \"{a}\" is not an ISO-8601 instant");
            }

            anchor = parsed;
        }

        var deadline = due;
        if ((Text(e, "deadline_utc") ?? Text(e, "window_end_utc")) is { } d && !IsoTime.TryParse(d, DateTimeZone.Utc, out deadline))
        {
            return ("deadline_utc.invalid", $"task '{key}': deadline_utc \"{d}\" is not an ISO-8601 instant");
        }

        firstVisit = e.TryGetProperty("first_visit", out var fv) && fv.ValueKind == JsonValueKind.True;
        task = new SlaTask(key.Trim(), customer, step.Trim(), zone, anchor, deadline);
        return null;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}

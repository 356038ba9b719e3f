using System.Text.Json;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Followups.Compliance;
using NodaTime;
using NodaTime.Text;

namespace CustomerLifecycle.Data.Followups;

/// <summary>
/// Reads and writes the tasks of a follow-up plan as JSON: an object with a <c>tasks</c> array (as a plan is written) or a
/// bare array of tasks.
/// </summary>
/// <remarks>
/// <para>Per task: <c>key</c>, <c>customer_id</c>, <c>step</c> and <c>due_utc</c> are required; <c>anchor_utc</c> is
/// optional (absent or null: unknown), <c>deadline_utc</c> falls back to <c>window_end_utc</c> and then to
/// <c>due_utc</c>, <c>zone</c> (an IANA id) to UTC and <c>first_visit</c> to false.</para>
/// <para>A bad task is rejected with its 1-based position in the array as its line: <c>task.not_an_object</c>,
/// <c>task.incomplete</c>, <c>customer_id.invalid</c>, <c>zone.unknown</c>, <c>due_utc.invalid</c>,
/// <c>anchor_utc.invalid</c>, <c>deadline_utc.invalid</c>, <c>task.duplicate_key</c> (the first task with a key is
/// kept). Text that is not JSON, or JSON of another shape, cannot be used at all.</para>
/// </remarks>
public static class TasksJson
{
    /// <summary>Reads the tasks of a file.</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="options">Only <see cref="TextTableOptions.Strict"/> applies.</param>
    /// <returns>The tasks in file order and the rejected ones.</returns>
    /// <exception cref="InvalidDataException">The file is missing, unreadable, not JSON, or not an array of tasks.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a task was rejected.</exception>
    public static ImportResult<TaskRow> ReadFile(string path, TextTableOptions? options = null) =>
        Read(SourceFiles.ReadAllBytes(path), options, path);

    /// <summary>Reads the tasks of a stream.</summary>
    /// <param name="stream">The UTF-8 JSON.</param>
    /// <param name="options">Only <see cref="TextTableOptions.Strict"/> applies.</param>
    /// <param name="source">The name of the source in messages.</param>
    /// <returns>The tasks in source order and the rejected ones.</returns>
    /// <exception cref="InvalidDataException">The text is not JSON, or not an array of tasks.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a task was rejected.</exception>
    public static ImportResult<TaskRow> Read(Stream stream, TextTableOptions? options = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Read(buffer.ToArray(), options, source ?? "input");
    }

    /// <summary>Writes tasks in the form <see cref="Read(Stream, TextTableOptions?, string?)"/> reads: <c>{"tasks":[…]}</c>, times as UTC ISO-8601 instants.</summary>
    /// <param name="stream">Where to write (UTF-8, no byte-order mark); left open.</param>
    /// <param name="tasks">The tasks, written in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="tasks"/> is null.</exception>
    public static void Write(Stream stream, IEnumerable<TaskRow> tasks)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(tasks);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartArray("tasks");
        foreach (var row in tasks)
        {
            var t = row.Task;
            json.WriteStartObject();
            json.WriteString("key", t.Key);
            json.WriteString("customer_id", t.Customer.Value);
            json.WriteString("step", t.Step);
            json.WriteString("due_utc", Utc(t.Deadline));
            json.WriteString("deadline_utc", Utc(t.Deadline));
            if (t.Anchor is { } anchor)
            {
                json.WriteString("anchor_utc", Utc(anchor));
            }
            else
            {
                json.WriteNull("anchor_utc");
            }

            json.WriteString("zone", t.Zone.Id);
            json.WriteBoolean("first_visit", row.FirstVisit);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string Utc(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    private static ImportResult<TaskRow> Read(byte[] bytes, TextTableOptions? options, string source)
    {
        options ??= TextTableOptions.Default;
        using var doc = SourceFiles.Parse(bytes, source);
        var root = doc.RootElement;
        var array = root.ValueKind switch
        {
            JsonValueKind.Array => root,
            JsonValueKind.Object when root.TryGetProperty("tasks", out var t) && t.ValueKind == JsonValueKind.Array => t,
            _ => throw new InvalidDataException($"{source}: expected the output of 'followups plan --json' (an object with a \"tasks\" array) or an array of tasks"),
        };
        var builder = new ImportResultBuilder<TaskRow>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var line = 0;
        foreach (var e in array.EnumerateArray())
        {
            line++;
            var error = TryRead(e, out var task, out var isFirstVisit);
            if (error is null && !keys.Add(task!.Key))
            {
                error = new FieldRejection("key", "task.duplicate_key", $"key '{task.Key}' appears twice");
            }

            if (error is not null)
            {
                builder.Reject(line, error.Column, error.Code, error.Reason);
            }
            else
            {
                builder.Accept(new TaskRow(line, task!, isFirstVisit));
            }
        }

        return ImportRejectedException.ThrowIfStrict(builder.Build(), options, source);
    }

    private static FieldRejection? TryRead(JsonElement e, out SlaTask? task, out bool firstVisit)
    {
        task = null;
        firstVisit = false;
        if (e.ValueKind != JsonValueKind.Object)
        {
            return new FieldRejection(null, "task.not_an_object", "a task must be a JSON object");
        }

        var key = Text(e, "key");
        var step = Text(e, "step");
        if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(step))
        {
            return new FieldRejection(string.IsNullOrWhiteSpace(key) ? "key" : "step", "task.incomplete", "a task needs 'key' and 'step'");
        }

        if (!CustomerId.TryFrom(Text(e, "customer_id"), out var customer))
        {
            return new FieldRejection("customer_id", "customer_id.invalid", $"task '{key}': customer_id is missing or invalid");
        }

        var zoneId = Text(e, "zone");
        var zone = string.IsNullOrWhiteSpace(zoneId) ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId.Trim());
        if (zone is null)
        {
            return new FieldRejection("zone", "zone.unknown", $"task '{key}': unknown IANA time zone '{zoneId}'");
        }

        if (!IsoTime.TryParse(Text(e, "due_utc"), DateTimeZone.Utc, out var due, out var dueProblem))
        {
            return new FieldRejection("due_utc", "due_utc.invalid", $"task '{key}': due_utc {dueProblem}");
        }

        Instant? anchor = null;
        if (Text(e, "anchor_utc") is { } a)
        {
            if (!IsoTime.TryParse(a, DateTimeZone.Utc, out var parsed, out var anchorProblem))
            {
                return new FieldRejection("anchor_utc", "anchor_utc.invalid", $"task '{key}': anchor_utc {anchorProblem}");
            }

            anchor = parsed;
        }

        var deadline = due;
        if ((Text(e, "deadline_utc") ?? Text(e, "window_end_utc")) is { } d && !IsoTime.TryParse(d, DateTimeZone.Utc, out deadline, out var deadlineProblem))
        {
            return new FieldRejection("deadline_utc", "deadline_utc.invalid", $"task '{key}': deadline_utc {deadlineProblem}");
        }

        firstVisit = e.TryGetProperty("first_visit", out var fv) && fv.ValueKind == JsonValueKind.True;
        task = new SlaTask(key.Trim(), customer, step.Trim(), zone, anchor, deadline);
        return null;
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}

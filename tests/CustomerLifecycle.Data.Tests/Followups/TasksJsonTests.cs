using System.Text;
using CustomerLifecycle.Core;
using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Followups.Compliance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Followups;

public class TasksJsonTests
{
    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void A_plan_object_and_a_bare_array_are_both_read_with_their_defaults()
    {
        var plan = TasksJson.Read(Utf8("{\"tasks\":[{\"key\":\"k1\",\"customer_id\":\"c1\",\"step\":\"callback\",\"due_utc\":\"2026-03-01T10:00:00Z\",\"window_end_utc\":\"2026-03-01T12:00:00Z\",\"zone\":\"Asia/Shanghai\",\"first_visit\":true}]}"));
        var row = Assert.Single(plan.Accepted);
        Assert.Equal(Instant.FromUtc(2026, 3, 1, 12, 0), row.Task.Deadline);
        Assert.True(row.FirstVisit);
        Assert.Null(row.Task.Anchor);
        var bare = Assert.Single(TasksJson.Read(Utf8("[{\"key\":\"k1\",\"customer_id\":\"c1\",\"step\":\"s\",\"due_utc\":\"2026-03-01T10:00:00Z\"}]")).Accepted);
        Assert.Equal(DateTimeZone.Utc, bare.Task.Zone);
        Assert.Equal(Instant.FromUtc(2026, 3, 1, 10, 0), bare.Task.Deadline);
    }

    [Fact]
    public void Bad_tasks_are_rejected_with_their_position_and_code()
    {
        const string ok = "\"customer_id\":\"c\",\"step\":\"s\",\"due_utc\":\"2026-03-01T00:00:00Z\"";
        var json = $"[1,{{\"key\":\"a\"}},{{\"key\":\"b\",\"step\":\"s\",\"due_utc\":\"2026-03-01T00:00:00Z\"}},{{\"key\":\"c\",{ok},\"zone\":\"Nowhere\"}},"
            + $"{{\"key\":\"d\",\"customer_id\":\"c\",\"step\":\"s\",\"due_utc\":\"later\"}},{{\"key\":\"e\",{ok},\"anchor_utc\":\"x\"}},{{\"key\":\"f\",{ok},\"deadline_utc\":\"x\"}},"
            + $"{{\"key\":\"g\",{ok}}},{{\"key\":\"g\",{ok}}}]";
        var result = TasksJson.Read(Utf8(json));
        Assert.Equal(
            [(1, "task.not_an_object"), (2, "task.incomplete"), (3, "customer_id.invalid"), (4, "zone.unknown"), (5, "due_utc.invalid"), (6, "anchor_utc.invalid"), (7, "deadline_utc.invalid"), (9, "task.duplicate_key")],
            result.Rejected.Select(r => (r.Line, r.Code)));
        Assert.Equal(8, Assert.Single(result.Accepted).Line);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"plan\":[]}")]
    [InlineData("42")]
    public void Text_that_is_not_a_list_of_tasks_is_unusable(string text)
    {
        var ex = Assert.Throws<InvalidDataException>(() => TasksJson.Read(Utf8(text), source: "tasks.json"));
        Assert.StartsWith("tasks.json: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_refuses_a_rejected_task()
    {
        Assert.Throws<ImportRejectedException>(() => TasksJson.Read(Utf8("[{\"key\":\"a\"}]"), new TextTableOptions { Strict = true }));
    }

    [Property(MaxTest = 50)]
    public Property Written_tasks_read_back_the_same(NonEmptyArray<PositiveInt> offsets, bool firstVisit)
    {
        var zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var rows = offsets.Get.Select((o, i) =>
        {
            var deadline = Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(o.Get);
            Instant? anchor = i % 2 == 0 ? deadline - Duration.FromHours(24) : null;
            return new TaskRow(i + 1, new SlaTask($"k{i}", CustomerId.From($"c{i % 3}"), "callback", zone, anchor, deadline), firstVisit && i % 2 == 0);
        }).ToArray();
        using var stream = new MemoryStream();
        TasksJson.Write(stream, rows);
        stream.Position = 0;
        var back = TasksJson.Read(stream);
        return (back.IsClean && back.Accepted.SequenceEqual(rows)).ToProperty();
    }
}

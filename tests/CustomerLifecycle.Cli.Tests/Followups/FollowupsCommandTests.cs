using System.Text.Json;

namespace CustomerLifecycle.Cli.Tests.Followups;

public class FollowupsCommandTests
{
    private const string Now = "2026-03-09T12:00:00Z";
    private static readonly string Events = Path.Combine(AppContext.BaseDirectory, "Data", "Followups", "events.csv");

    private static JsonElement Json(CliResult result)
    {
        Assert.True(result.ExitCode == 0, result.Stderr);
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    private static JsonElement[] Tasks(JsonElement plan) => plan.GetProperty("tasks").EnumerateArray().ToArray();

    [Fact]
    public void Plan_json_has_tasks_suppressed_and_rejected_with_the_contract_fields()
    {
        var plan = Json(CliRunner.Run("followups", "plan", Events, "--now", Now, "--json"));
        var tasks = Tasks(plan);
        Assert.NotEmpty(tasks);
        foreach (var name in new[] { "key", "customer_id", "step", "channel", "due_utc", "due_local", "mandatory", "reason" })
        {
            Assert.All(tasks, t => Assert.True(t.TryGetProperty(name, out _), name));
        }

        Assert.Equal(JsonValueKind.Array, plan.GetProperty("suppressed").ValueKind);
        Assert.Equal(tasks.Length, tasks.Select(t => t.GetProperty("key").GetString()).Distinct().Count());
    }

    [Fact]
    public void Plan_rejects_each_bad_row_with_its_line_and_processes_the_rest()
    {
        var plan = Json(CliRunner.Run("followups", "plan", Events, "--now", Now, "--json"));
        var rejected = plan.GetProperty("rejected").EnumerateArray().ToArray();
        Assert.Equal([10, 11, 12, 13], rejected.Select(r => r.GetProperty("line").GetInt32()));
        Assert.Equal(["event.unknown", "score.out_of_range", "at.invalid", "zone.unknown"], rejected.Select(r => r.GetProperty("code").GetString()));
        Assert.Contains(Tasks(plan), t => t.GetProperty("customer_id").GetString() == "c-new");
    }

    [Fact]
    public void Plan_prints_the_rejection_total_on_stderr_and_strict_refuses_the_file()
    {
        var result = CliRunner.Run("followups", "plan", Events, "--now", Now, "--json");
        Assert.Contains($"{Events}: 4 of ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(" rows rejected (", result.Stderr, StringComparison.Ordinal);
        var strict = CliRunner.Run("followups", "plan", Events, "--now", Now, "--strict");
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains("in strict mode; first: line 10", strict.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_rejects_an_appointment_scheduled_before_its_booking_in_the_csv_words()
    {
        var file = CliRunner.TempFile(
            "early.csv",
            "customer_id,event,at,appointment_id,scheduled_for",
            "c1,booked,2026-03-02T10:00:00Z,A1,2026-03-01T10:00:00Z");

        var plan = Json(CliRunner.Run("followups", "plan", file, "--now", "2026-03-03T00:00:00Z", "--json"));

        var rejected = Assert.Single(plan.GetProperty("rejected").EnumerateArray());
        Assert.Equal("event.invalid", rejected.GetProperty("code").GetString());
        var reason = rejected.GetProperty("reason").GetString()!;
        Assert.Contains("must be after the event itself", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_keeps_no_task_of_a_cancelled_appointment()
    {
        var plan = Json(CliRunner.Run("followups", "plan", Events, "--now", Now, "--json"));
        Assert.DoesNotContain(Tasks(plan), t => t.GetProperty("customer_id").GetString() == "c-gone");
    }

    [Fact]
    public void Plan_marks_the_first_time_customers_callback_and_the_detractor_recovery()
    {
        var tasks = Tasks(Json(CliRunner.Run("followups", "plan", Events, "--now", Now, "--json")));
        var callback = Assert.Single(tasks, t => t.GetProperty("step").GetString() == "post.callback-24h");
        Assert.True(callback.GetProperty("first_visit").GetBoolean());
        Assert.True(callback.GetProperty("mandatory").GetBoolean());
        Assert.Equal("2026-03-09T03:40:00Z", callback.GetProperty("anchor_utc").GetString());
        Assert.Contains(tasks, t => t.GetProperty("step").GetString() == "loop.detractor-recovery");
    }

    [Fact]
    public void Plan_reads_local_times_in_the_rows_zone()
    {
        // c-ny's reschedule: 2026-03-13 15:00 in New York (EDT, −04:00 after the 8 March change).
        var tasks = Tasks(Json(CliRunner.Run("followups", "plan", Events, "--now", Now, "--json")));
        var ny = tasks.Where(t => t.GetProperty("customer_id").GetString() == "c-ny").ToArray();
        Assert.NotEmpty(ny);
        Assert.All(ny, t => Assert.Equal("America/New_York", t.GetProperty("zone").GetString()));
        Assert.Contains(ny, t => t.GetProperty("reason").GetString()!.Contains("2026-03-13 15:00", StringComparison.Ordinal));
    }

    [Fact]
    public void Plan_is_deterministic_and_prints_a_table_without_json()
    {
        var a = CliRunner.Run("followups", "plan", Events, "--now", Now);
        var b = CliRunner.Run("followups", "plan", Events, "--now", Now);
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(a.Stdout, b.Stdout);
        Assert.Contains("post.callback", a.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_of_a_missing_file_exits_2_with_one_line()
    {
        var r = CliRunner.Run("followups", "plan", "no-such.csv", "--now", Now);
        Assert.Equal(2, r.ExitCode);
        Assert.Single(r.Stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Plan_without_a_required_column_exits_2()
    {
        var r = CliRunner.Run("followups", "plan", CliRunner.TempFile("e.csv", "customer_id,at", "c1,2026-03-01T00:00:00Z"), "--now", Now);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("event", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_with_a_bad_now_exits_2() =>
        Assert.Equal(2, CliRunner.Run("followups", "plan", Events, "--now", "yesterday").ExitCode);

    [Fact]
    public void Plan_then_compliance_gives_the_first_time_callback_rate()
    {
        var planText = CliRunner.Run("followups", "plan", Events, "--now", Now, "--json").Stdout;
        var tasksFile = CliRunner.TempFile("tasks.json", planText);
        var plan = JsonDocument.Parse(planText).RootElement;
        var callbackKey = Tasks(plan).Single(t => t.GetProperty("step").GetString() == "post.callback-24h").GetProperty("key").GetString();
        var done = CliRunner.TempFile(
            "done.csv",
            "key,customer_id,step,completed_at,channel,completed_by",
            $"\"{callbackKey}\",,,2026-03-10T10:00:00+08:00,phone,advisor-li",
            ",c-new,loop.detractor-recovery,2026-03-09T17:00:00+08:00,phone,advisor-li",
            "no-such-key,,,2026-03-10T10:00:00+08:00,phone,x",
            $"\"{callbackKey}\",,,2026-03-10T11:00:00+08:00,phone,again",
            ",,,2026-03-10T11:00:00+08:00,phone,nobody",
            "k,,,never,phone,x");
        var report = Json(CliRunner.Run("followups", "compliance", tasksFile, done, "--at", "2026-03-20T00:00:00Z", "--json"));
        var firstTime = report.GetProperty("first_time_callback");
        Assert.Equal(1, firstTime.GetProperty("on_time").GetInt32());
        Assert.Equal(1, firstTime.GetProperty("due").GetInt32());
        Assert.Equal(1d, firstTime.GetProperty("rate").GetDouble());
        // In line order as they are (the reader's refusals and the evaluation's merged).
        var rejected = report.GetProperty("rejected").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("code").GetString())).ToArray();
        Assert.Equal([(4, "completion.unknown_key"), (5, "completion.duplicate"), (6, "task.unidentified"), (7, "completed_at.invalid")], rejected);
        var recovery = report.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("step").GetString() == "loop.detractor-recovery");
        Assert.Equal("on_time", recovery.GetProperty("status").GetString());
        Assert.Equal("calendar_hours", report.GetProperty("clock").GetString());
    }

    [Fact]
    public void Compliance_counts_a_late_callback_with_how_late_and_business_hours_can_forgive_it()
    {
        var planText = CliRunner.Run("followups", "plan", Events, "--now", Now, "--json").Stdout;
        var tasksFile = CliRunner.TempFile("tasks.json", planText);
        // Service ended Mon 9 March 11:40 local; callback Tue 10 March 13:40 local = 26 calendar hours, 2 h late.
        var done = CliRunner.TempFile("done.csv", "customer_id,step,completed_at", "c-new,post.callback-24h,2026-03-10T13:40:00+08:00");
        var calendar = Json(CliRunner.Run("followups", "compliance", tasksFile, done, "--at", "2026-03-20T00:00:00Z", "--json"));
        var cb = calendar.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("step").GetString() == "post.callback-24h");
        Assert.Equal("late", cb.GetProperty("status").GetString());
        Assert.Equal(2d, cb.GetProperty("lateness_hours").GetDouble(), 1e-9);
        // 09:00–18:00 business hours: Mon 11:40–18:00 (6h20) + Tue 09:00–13:40 (4h40) = 11 h < 24 h.
        var business = Json(CliRunner.Run("followups", "compliance", tasksFile, done, "--at", "2026-03-20T00:00:00Z", "--hours", "business", "--json"));
        Assert.Equal("business_hours", business.GetProperty("clock").GetString());
        Assert.Equal(1, business.GetProperty("first_time_callback").GetProperty("on_time").GetInt32());
    }

    [Fact]
    public void Compliance_without_a_key_or_customer_and_step_column_exits_2()
    {
        var tasksFile = CliRunner.TempFile("tasks.json", "{\"tasks\":[]}");
        var r = CliRunner.Run("followups", "compliance", tasksFile, CliRunner.TempFile("d.csv", "completed_at", "2026-03-01T00:00:00Z"), "--at", Now);
        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void Compliance_of_a_file_that_is_not_json_exits_2()
    {
        var r = CliRunner.Run("followups", "compliance", CliRunner.TempFile("tasks.json", "not json"), CliRunner.TempFile("d.csv", "key,completed_at"), "--at", Now);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("JSON", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Compliance_rejects_bad_tasks_and_bad_hours()
    {
        var tasksFile = CliRunner.TempFile("tasks.json", "[{\"key\":\"a\",\"customer_id\":\"c\",\"step\":\"s\",\"due_utc\":\"2026-03-01T00:00:00Z\"},{\"key\":\"b\",\"step\":\"s\"}]");
        var done = CliRunner.TempFile("d.csv", "key,completed_at", "a,2026-02-28T23:00:00Z");
        var report = Json(CliRunner.Run("followups", "compliance", tasksFile, done, "--at", Now, "--json"));
        Assert.Equal(1, report.GetProperty("overall").GetProperty("on_time").GetInt32());
        var bad = Assert.Single(report.GetProperty("rejected").EnumerateArray());
        Assert.Equal("customer_id.invalid", bad.GetProperty("code").GetString());
        Assert.StartsWith($"{tasksFile}: ", bad.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("followups", "compliance", tasksFile, done, "--at", Now, "--hours", "lunar").ExitCode);
    }

    [Fact]
    public void Compliance_prints_each_files_rejection_total_and_strict_refuses_a_bad_task()
    {
        var tasksFile = CliRunner.TempFile("tasks.json", "[{\"key\":\"a\",\"customer_id\":\"c\",\"step\":\"s\",\"due_utc\":\"2026-03-01T00:00:00Z\"},{\"key\":\"b\",\"step\":\"s\"}]");
        var done = CliRunner.TempFile("d.csv", "key,completed_at", "a,2026-02-28T23:00:00Z", "a,yesterday");
        var result = CliRunner.Run("followups", "compliance", tasksFile, done, "--at", Now);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{tasksFile}: 1 of 2 rows rejected (50.0 %)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{done}: 1 of 2 rows rejected (50.0 %)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{tasksFile}: line ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{done}: line 3: ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("followups", "compliance", tasksFile, done, "--at", Now, "--strict").ExitCode);
    }

    [Fact]
    public void A_completion_without_its_task_counts_in_the_rejection_total_and_strict_refuses_it()
    {
        var tasksFile = CliRunner.TempFile("tasks.json", "[{\"key\":\"a\",\"customer_id\":\"c\",\"step\":\"s\",\"due_utc\":\"2026-03-01T00:00:00Z\"}]");
        var done = CliRunner.TempFile("d.csv", "key,completed_at", "a,2026-02-28T23:00:00Z", "zz,2026-02-28T23:00:00Z", "a,yesterday");
        var result = CliRunner.Run("followups", "compliance", tasksFile, done, "--at", Now);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{done}: 2 of 3 rows rejected (66.7 %)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"{done}: line 3: no planned task has the key 'zz'", result.Stderr, StringComparison.Ordinal);

        var onlyUnknown = CliRunner.TempFile("d.csv", "key,completed_at", "a,2026-02-28T23:00:00Z", "zz,2026-02-28T23:00:00Z");
        var strict = CliRunner.Run("followups", "compliance", tasksFile, onlyUnknown, "--at", Now, "--strict", "--json");
        Assert.Equal(2, strict.ExitCode);
        Assert.Contains("1 of 2 rows rejected (50.0 %) in strict mode; first: line 3: no planned task has the key 'zz'", strict.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, strict.Stdout);
    }
}

public class FollowupsDemoTests
{
    [Fact]
    public void Demo_has_a_follow_up_section_with_the_callback_rate()
    {
        var r = CliRunner.Run("demo");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("post.callback-24h", r.Stdout, StringComparison.Ordinal);
        Assert.Contains("24 h callback rate, first-time customers: 100.0% (1 of 1)", r.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("chen", r.Stdout, StringComparison.Ordinal); // the cancelled appointment leaves no task
    }
}

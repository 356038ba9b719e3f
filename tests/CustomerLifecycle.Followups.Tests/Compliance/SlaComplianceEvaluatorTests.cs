using CustomerLifecycle.Followups.Compliance;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Compliance.ComplianceTestData;

namespace CustomerLifecycle.Followups.Tests.Compliance;

public class SlaComplianceEvaluatorTests
{
    private const string Cb = SlaComplianceOptions.CallbackStep;

    private static readonly Instant ServiceEnd = At("2026-03-05T10:00:00Z");

    private static SlaTask Callback(string customer = "c1", string key = "c1/cb") =>
        Item(key, customer, SlaComplianceOptions.CallbackStep, ServiceEnd, ServiceEnd + Duration.FromHours(26));

    private static TaskCompliance Single(SlaTask item, Instant at, params TaskCompletion[] log) =>
        Assert.Single(new SlaComplianceEvaluator().EvaluateTasks([item], log, at).Tasks);

    [Fact]
    public void Callback_within_24_hours_of_the_service_is_on_time()
    {
        // DOMAIN.md §2: the 24 h callback rate counts first-time customers called back within 24 h.
        var t = Single(Callback(), ServiceEnd + Duration.FromDays(3), TaskCompletion.ForKey("c1/cb", ServiceEnd + Duration.FromHours(23)));
        Assert.Equal(ComplianceStatus.OnTime, t.Status);
        Assert.Equal(ServiceEnd + Duration.FromHours(24), t.Deadline);
        Assert.Null(t.Lateness);
    }

    [Fact]
    public void Callback_exactly_at_the_deadline_is_on_time()
    {
        var t = Single(Callback(), ServiceEnd + Duration.FromDays(3), TaskCompletion.ForKey("c1/cb", ServiceEnd + Duration.FromHours(24)));
        Assert.Equal(ComplianceStatus.OnTime, t.Status);
    }

    [Fact]
    public void Callback_after_25_hours_is_late_by_one_hour_even_before_the_planned_deadline()
    {
        // The target (24 h from the anchor) wins over the task's own deadline (26 h here).
        var t = Single(Callback(), ServiceEnd + Duration.FromDays(3), TaskCompletion.ForKey("c1/cb", ServiceEnd + Duration.FromHours(25)));
        Assert.Equal(ComplianceStatus.Late, t.Status);
        Assert.Equal(Duration.FromHours(1), t.Lateness);
    }

    [Fact]
    public void Callback_not_done_after_the_deadline_is_missed_with_the_time_overdue()
    {
        var t = Single(Callback(), ServiceEnd + Duration.FromHours(30));
        Assert.Equal(ComplianceStatus.Missed, t.Status);
        Assert.Equal(Duration.FromHours(6), t.Lateness);
        Assert.Null(t.Completion);
    }

    [Fact]
    public void Callback_not_done_before_the_deadline_is_not_yet_due_and_in_no_rate()
    {
        var report = new SlaComplianceEvaluator().EvaluateTasks([Callback()], [], ServiceEnd + Duration.FromHours(12));
        Assert.Equal(ComplianceStatus.NotYetDue, Assert.Single(report.Tasks).Status);
        Assert.Equal(0, report.Overall.Due);
        Assert.Equal(1, report.Overall.NotYetDue);
        Assert.Null(report.Overall.Rate);
    }

    [Fact]
    public void Step_without_a_target_is_due_by_its_own_deadline_plus_the_grace_period()
    {
        var item = Item("c1/survey", "c1", "survey", ServiceEnd, ServiceEnd + Duration.FromHours(8));
        var evaluator = new SlaComplianceEvaluator(new SlaComplianceOptions { GracePeriod = Duration.FromHours(1) });
        var report = evaluator.EvaluateTasks([item], [TaskCompletion.ForKey("c1/survey", ServiceEnd + Duration.FromHours(10))], ServiceEnd + Duration.FromDays(1));
        var t = Assert.Single(report.Tasks);
        Assert.Equal(ServiceEnd + Duration.FromHours(9), t.Deadline);
        Assert.Equal(ComplianceStatus.Late, t.Status);
        Assert.Equal(Duration.FromHours(1), t.Lateness);
    }

    [Fact]
    public void Rate_is_on_time_over_due_with_the_counts_behind_it()
    {
        var items = Enumerable.Range(1, 10).Select(i => Callback($"c{i}", $"k{i}")).ToArray();
        var log = new List<TaskCompletion>();
        for (var i = 1; i <= 8; i++)
        {
            log.Add(TaskCompletion.ForKey($"k{i}", ServiceEnd + Duration.FromHours(i))); // 8 on time
        }

        log.Add(TaskCompletion.ForKey("k9", ServiceEnd + Duration.FromHours(30))); // late by 6 h; k10 missed
        var report = new SlaComplianceEvaluator().EvaluateTasks(items, log, ServiceEnd + Duration.FromHours(48));
        Assert.Equal((8, 1, 1, 0), (report.Overall.OnTime, report.Overall.Late, report.Overall.Missed, report.Overall.NotYetDue));
        Assert.Equal(10, report.Overall.Due);
        Assert.Equal(0.8, report.Overall.Rate!.Value.Value, 12);
        Assert.Equal(Duration.FromHours(24), report.Overall.MaxLateness); // k10 is 24 h overdue at +48 h
        Assert.Equal(Duration.FromHours(15), report.Overall.MeanLateness); // (6 + 24) / 2
    }

    [Fact]
    public void Segments_and_steps_give_their_own_rates()
    {
        var items = new[]
        {
            Callback("new1", "a"), Callback("new2", "b"), Callback("old1", "c"),
            Item("s1", "new1", "survey", ServiceEnd, ServiceEnd + Duration.FromHours(8)),
        };
        var log = new[] { TaskCompletion.ForKey("a", ServiceEnd + Duration.FromHours(2)), TaskCompletion.ForKey("c", ServiceEnd + Duration.FromHours(3)) };
        var report = new SlaComplianceEvaluator().EvaluateTasks(items, log, ServiceEnd + Duration.FromDays(2), segmentOf: i => i.Customer.Value.StartsWith("new", StringComparison.Ordinal) ? "first_time" : "returning");
        Assert.Equal([Cb, "survey"], report.ByStep.Select(p => p.Key));
        Assert.Equal(["first_time", "returning"], report.BySegment.Select(p => p.Key));
        var firstTimeCallbacks = report.RateOf(Cb, "first_time");
        Assert.Equal((1, 2), (firstTimeCallbacks.OnTime, firstTimeCallbacks.Due));
        Assert.Equal(0.5, firstTimeCallbacks.Rate!.Value.Value, 12);
        Assert.Equal(3, report.RateOf(Cb).Due);
        Assert.Null(report.RateOf("no-such-step").Rate);
    }

    [Fact]
    public void Completion_by_customer_and_step_completes_the_earliest_open_task_that_existed()
    {
        var first = Item("v1/callback", "c1", Cb, ServiceEnd, ServiceEnd + Duration.FromHours(26));
        var second = Item("v2/callback", "c1", Cb, ServiceEnd + Duration.FromDays(10), ServiceEnd + Duration.FromDays(11));
        var log = new[]
        {
            TaskCompletion.ForStep(C("c1"), Cb, ServiceEnd + Duration.FromDays(10) + Duration.FromHours(2)), // second visit's callback (first is taken below)
            TaskCompletion.ForStep(C("c1"), Cb, ServiceEnd + Duration.FromHours(5)),
        };
        var report = new SlaComplianceEvaluator().EvaluateTasks([second, first], log, ServiceEnd + Duration.FromDays(20));
        Assert.All(report.Tasks, t => Assert.Equal(ComplianceStatus.OnTime, t.Status));
        Assert.Equal(["v1/callback", "v2/callback"], report.Tasks.Select(t => t.TaskKey)); // ordered by deadline
        Assert.Empty(report.Rejected);
    }

    [Fact]
    public void Unknown_key_is_rejected_not_dropped()
    {
        var report = new SlaComplianceEvaluator().EvaluateTasks([Callback()], [TaskCompletion.ForKey("nope", ServiceEnd + Duration.FromHours(1))], ServiceEnd + Duration.FromDays(2));
        var r = Assert.Single(report.Rejected);
        Assert.Equal(("completion.unknown_key", 0), (r.Code, r.Index));
        Assert.Contains("nope", r.Reason, StringComparison.Ordinal);
        Assert.Equal(ComplianceStatus.Missed, Assert.Single(report.Tasks).Status);
    }

    [Fact]
    public void Unknown_customer_and_step_is_rejected()
    {
        var report = new SlaComplianceEvaluator().EvaluateTasks([Callback()], [TaskCompletion.ForStep(C("c1"), "survey", ServiceEnd + Duration.FromHours(1))], ServiceEnd + Duration.FromDays(2));
        Assert.Equal("completion.unknown_task", Assert.Single(report.Rejected).Code);
    }

    [Fact]
    public void Duplicate_completion_keeps_the_earliest_whatever_the_log_order()
    {
        var log = new[]
        {
            TaskCompletion.ForKey("c1/cb", ServiceEnd + Duration.FromHours(30), "phone", "late advisor"),
            TaskCompletion.ForKey("c1/cb", ServiceEnd + Duration.FromHours(2), "phone", "early advisor"),
        };
        var report = new SlaComplianceEvaluator().EvaluateTasks([Callback()], log, ServiceEnd + Duration.FromDays(2));
        var t = Assert.Single(report.Tasks);
        Assert.Equal(ComplianceStatus.OnTime, t.Status);
        Assert.Equal("early advisor", t.Completion!.CompletedBy);
        var r = Assert.Single(report.Rejected);
        Assert.Equal(("completion.duplicate", 0), (r.Code, r.Index));
    }

    [Fact]
    public void Completion_before_the_task_existed_is_rejected()
    {
        var log = new[]
        {
            TaskCompletion.ForKey("c1/cb", ServiceEnd - Duration.FromHours(1)),
            TaskCompletion.ForStep(C("c1"), Cb, ServiceEnd - Duration.FromMinutes(1)),
        };
        var report = new SlaComplianceEvaluator().EvaluateTasks([Callback()], log, ServiceEnd + Duration.FromDays(2));
        Assert.Equal(["completion.before_task", "completion.before_task"], report.Rejected.Select(r => r.Code));
        Assert.Equal(ComplianceStatus.Missed, Assert.Single(report.Tasks).Status);
    }

    [Fact]
    public void Completion_after_the_evaluation_instant_is_not_counted_yet()
    {
        var at = ServiceEnd + Duration.FromHours(30);
        var report = new SlaComplianceEvaluator().EvaluateTasks([Callback()], [TaskCompletion.ForKey("c1/cb", at + Duration.FromMinutes(1))], at);
        Assert.Equal("completion.after_evaluation", Assert.Single(report.Rejected).Code);
        Assert.Equal(ComplianceStatus.Missed, Assert.Single(report.Tasks).Status);
    }

    [Fact]
    public void Two_tasks_with_one_key_are_a_caller_bug()
    {
        var ex = Assert.Throws<ArgumentException>("tasks", () => new SlaComplianceEvaluator().EvaluateTasks([Callback(), Callback()], [], ServiceEnd));
        Assert.Contains("c1/cb", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Business_hours_clock_without_a_calendar_is_a_caller_bug()
    {
        var evaluator = new SlaComplianceEvaluator(new SlaComplianceOptions { Clock = SlaClock.BusinessHours });
        Assert.Throws<ArgumentException>("calendar", () => evaluator.EvaluateTasks([Callback()], [], ServiceEnd));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Non_positive_target_is_rejected_by_the_options(int hours)
    {
        var options = new SlaComplianceOptions();
        options.Targets[Cb] = Duration.FromHours(hours);
        var ex = Assert.Throws<ArgumentException>("options", () => new SlaComplianceEvaluator(options));
        Assert.Contains(Cb, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_grace_period_is_rejected_by_the_options() =>
        Assert.Throws<ArgumentException>("options", () => new SlaComplianceEvaluator(new SlaComplianceOptions { GracePeriod = Duration.FromHours(-1) }));

    [Fact]
    public void Evaluator_keeps_a_copy_of_its_options()
    {
        var options = new SlaComplianceOptions();
        var evaluator = new SlaComplianceEvaluator(options);
        options.Targets[Cb] = Duration.FromHours(1);
        Assert.Equal(Duration.FromHours(24), evaluator.Options.Targets[Cb]);
    }

    [Fact]
    public void Business_hours_callback_after_a_friday_evening_service_is_due_on_wednesday()
    {
        // Mon–Fri 09:00–18:00 Shanghai. Service ends Fri 2026-03-06 17:00 local: 1 h Fri + 9 h Mon + 9 h Tue + 5 h Wed = 24 h → Wed 14:00.
        var end = At("2026-03-06T09:00:00Z"); // 17:00 +08:00
        var item = Item("k", "c1", Cb, end, end + Duration.FromHours(26), Shanghai);
        var evaluator = new SlaComplianceEvaluator(new SlaComplianceOptions { Clock = SlaClock.BusinessHours });
        var doneWednesday15 = At("2026-03-11T07:00:00Z"); // Wed 15:00 local
        var report = evaluator.Evaluate([item], [TaskCompletion.ForKey("k", doneWednesday15)], At("2026-03-20T00:00:00Z"), openOn: OfficeHours());
        var t = Assert.Single(report.Tasks);
        Assert.Equal(At("2026-03-11T06:00:00Z"), t.Deadline);
        Assert.Equal(ComplianceStatus.Late, t.Status);
        Assert.Equal(Duration.FromHours(1), t.Lateness);
        Assert.Equal(SlaClock.BusinessHours, report.Clock);
    }

    [Fact]
    public void Business_hours_lateness_does_not_count_the_night()
    {
        // Deadline Wed 14:00 local; done Thu 10:00 local: 4 h Wed + 1 h Thu = 5 business hours late, although 20 calendar hours passed.
        var end = At("2026-03-06T09:00:00Z");
        var item = Item("k", "c1", Cb, end, end, Shanghai);
        var evaluator = new SlaComplianceEvaluator(new SlaComplianceOptions { Clock = SlaClock.BusinessHours });
        var t = Assert.Single(evaluator.Evaluate([item], [TaskCompletion.ForKey("k", At("2026-03-12T02:00:00Z"))], At("2026-03-20T00:00:00Z"), openOn: OfficeHours()).Tasks);
        Assert.Equal(Duration.FromHours(5), t.Lateness);
    }

    [Fact]
    public void Calendar_hours_target_across_a_dst_change_is_24_elapsed_hours()
    {
        // America/New_York springs forward on 2026-03-08: 24 h after Sat 12:00 EST is Sun 13:00 EDT.
        var end = At("2026-03-07T17:00:00Z");
        var item = Item("k", "c1", Cb, end, end, NewYork);
        var t = Assert.Single(new SlaComplianceEvaluator().EvaluateTasks([item], [], At("2026-03-20T00:00:00Z")).Tasks);
        Assert.Equal(At("2026-03-08T17:00:00Z"), t.Deadline);
    }

    [Fact]
    public void Same_input_gives_the_same_report()
    {
        var items = Enumerable.Range(1, 5).Select(i => Callback($"c{i}", $"k{i}")).ToArray();
        var log = new[] { TaskCompletion.ForKey("k2", ServiceEnd + Duration.FromHours(30)), TaskCompletion.ForStep(C("c1"), Cb, ServiceEnd + Duration.FromHours(1)) };
        var a = new SlaComplianceEvaluator().EvaluateTasks(items, log, ServiceEnd + Duration.FromDays(2));
        var b = new SlaComplianceEvaluator().EvaluateTasks(items.Reverse().ToArray(), log, ServiceEnd + Duration.FromDays(2));
        Assert.Equal(a.Tasks, b.Tasks);
        Assert.Equal(a.Overall, b.Overall);
    }
}

public class ComplianceInputTests
{
    private static readonly Instant T = Instant.FromUtc(2026, 3, 5, 10, 0);

    [Fact]
    public void Task_description_rejects_blank_key_and_step_and_empty_customer()
    {
        var c = CustomerLifecycle.Core.CustomerId.From("c");
        Assert.Throws<ArgumentException>("key", () => new SlaTask(" ", c, "s", DateTimeZone.Utc, null, T));
        Assert.Throws<ArgumentException>("step", () => new SlaTask("k", c, "", DateTimeZone.Utc, null, T));
        Assert.Throws<ArgumentException>("customer", () => new SlaTask("k", default, "s", DateTimeZone.Utc, null, T));
        Assert.Throws<ArgumentNullException>("zone", () => new SlaTask("k", c, "s", null!, null, T));
    }

    [Fact]
    public void Completion_rejects_blank_identity_and_overlong_text()
    {
        Assert.Throws<ArgumentException>("taskKey", () => TaskCompletion.ForKey("  ", T));
        Assert.Throws<ArgumentException>("customer", () => TaskCompletion.ForStep(default, "s", T));
        Assert.Throws<ArgumentException>("step", () => TaskCompletion.ForStep(CustomerLifecycle.Core.CustomerId.From("c"), " ", T));
        Assert.Throws<ArgumentException>("channel", () => TaskCompletion.ForKey("k", T, new string('x', 51)));
        Assert.Throws<ArgumentException>("completedBy", () => TaskCompletion.ForKey("k", T, "phone", new string('x', 201)));
    }

    [Fact]
    public void Completion_trims_its_texts_and_keeps_blank_ones_as_null()
    {
        var c = TaskCompletion.ForKey(" k ", T, "  ", " advisor ");
        Assert.Equal(("k", null, "advisor"), (c.TaskKey, c.Channel, c.CompletedBy));
    }

    [Fact]
    public void Task_with_a_zone_outside_the_tz_database_is_a_caller_bug()
    {
        var task = new PlannedTask("k", CustomerLifecycle.Core.CustomerId.From("c"), Cadences.Survey, FollowupFlow.PostService, ContactChannel.AppPush, T, T, T + Duration.FromHours(1), default, "Mars/Olympus", false, "r");
        Assert.Throws<ArgumentException>("task", () => SlaTask.From(task));
    }

    [Fact]
    public void Task_of_a_step_outside_the_cadence_has_no_anchor_and_keeps_its_own_deadline()
    {
        var task = new PlannedTask("k", CustomerLifecycle.Core.CustomerId.From("c"), "custom.step", FollowupFlow.PostService, ContactChannel.AppPush, T, T, T + Duration.FromHours(1), default, "UTC", false, "r", deadline: T + Duration.FromHours(5));
        var sla = SlaTask.From(task);
        Assert.Null(sla.Anchor);
        Assert.Equal(T + Duration.FromHours(5), sla.Deadline);
    }
}

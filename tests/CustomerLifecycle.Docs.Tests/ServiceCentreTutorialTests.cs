using CustomerLifecycle.Docs.Examples.Tutorials;
using CustomerLifecycle.Followups;
using NodaTime;

namespace CustomerLifecycle.Docs.Tests;

public class ServiceCentreTutorialTests
{
    private static readonly Lazy<(IReadOnlyList<FollowupEvent> Events, FollowupPlan Plan, Followups.Compliance.ComplianceRate Callbacks)> Result = new(ServiceCentre.Run);

    [Fact]
    public void First_time_customer_gets_a_mandatory_callback_due_within_24_hours_of_the_service()
    {
        var callback = Result.Value.Plan.Tasks.Single(t => t.Step == Cadences.Callback);
        Assert.Equal("wang", callback.Customer.Value);
        Assert.True(callback.Mandatory);
        var service = Instant.FromUtc(2026, 3, 9, 3, 40); // 11:40 in Shanghai
        Assert.InRange(callback.Due, service + Cadences.CallbackMinimumDelay, service + Duration.FromHours(24));
    }

    [Fact]
    public void Detractor_answer_opens_a_recovery_task_and_the_booking_gets_its_reminders()
    {
        var tasks = Result.Value.Plan.Tasks;
        Assert.Contains(tasks, t => t.Step == Cadences.DetractorRecovery && t.Customer.Value == "wang");
        Assert.Contains(tasks, t => t.Customer.Value == "zhao" && t.AppointmentId == "A-200");
    }

    [Fact]
    public void No_task_falls_in_the_quiet_hours()
    {
        Assert.All(Result.Value.Plan.Tasks, t => Assert.InRange(t.LocalDue.Hour, 8, 20));
    }

    [Fact]
    public void The_callback_made_the_next_morning_is_on_time()
    {
        Assert.Equal(1, Result.Value.Callbacks.Due);
        Assert.Equal(1, Result.Value.Callbacks.OnTime);
    }
}

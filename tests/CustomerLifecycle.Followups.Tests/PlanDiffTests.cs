using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests;

public class PlanDiffTests
{
    private static PlannedTask Task(string key, Instant due) =>
        new(key, Customer, "s", FollowupFlow.PostService, ContactChannel.Sms, due, due, due + Duration.FromHours(1), default, "UTC", false, "r");

    [Fact]
    public void A_diff_lists_added_removed_and_moved_by_key_and_applies_back()
    {
        var t = Cn(3, 4, 10);
        var before = new FollowupPlan([Task("a", t), Task("b", t), Task("c", t)], []);
        var after = new FollowupPlan([Task("b", t), Task("c", t + Duration.FromHours(2)), Task("d", t)], []);
        var diff = FollowupPlan.Diff(before, after);
        Assert.Equal(["d"], diff.Added.Select(x => x.Key));
        Assert.Equal(["a"], diff.Removed.Select(x => x.Key));
        var moved = Assert.Single(diff.Moved);
        Assert.Equal("c", moved.Key);
        Assert.Equal(Duration.FromHours(2), moved.Shift);
        Assert.Equal(after.Tasks, diff.ApplyTo(before.Tasks));
        Assert.False(diff.IsEmpty);
    }

    [Fact]
    public void Applying_a_diff_to_tasks_it_was_not_made_from_is_misuse()
    {
        var t = Cn(3, 4, 10);
        var diff = PlanDiff.Between([Task("a", t)], [Task("b", t)]);
        Assert.Throws<ArgumentException>("previous", () => diff.ApplyTo([]));
        Assert.Throws<ArgumentException>("previous", () => diff.ApplyTo([Task("a", t), Task("b", t)]));
        Assert.Throws<ArgumentException>("previous", () => PlanDiff.Between([Task("a", t), Task("a", t)], []));
        Assert.Throws<ArgumentNullException>("previous", () => FollowupPlan.Diff(null!, FollowupPlan.Empty));
    }
}

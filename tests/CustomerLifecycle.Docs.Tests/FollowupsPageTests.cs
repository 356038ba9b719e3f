using CustomerLifecycle.Docs.Examples;
using NodaTime;

namespace CustomerLifecycle.Docs.Tests;

public class FollowupsPageTests
{
    [Fact]
    public void Followups_example_plans_what_the_page_says()
    {
        var (booked, moved, diff) = FollowupsPage.Run();
        Assert.Equal(
            ["2026-02-10 10:00 pre.confirm", "2026-02-14 17:00 pre.call-3d", "2026-02-24 10:00 pre.reminder-1d"],
            booked.Tasks.Select(t => $"{t.LocalDue:yyyy-MM-dd HH:mm} {t.Step}"));
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Equal(3, diff.Moved.Count);
        Assert.All(moved.Tasks, t => Assert.True(t.LocalDue >= new LocalDateTime(2026, 2, 12, 14, 0)));
    }
}

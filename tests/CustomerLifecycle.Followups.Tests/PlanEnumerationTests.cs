using System.Collections;
using CustomerLifecycle.Core;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests;

// PlanByCustomer's sequence behaves as a lazy, one-pass-per-enumeration sequence: it reads its source only when asked,
// disposes it however the enumeration ends, and the plans it hands out stay as they were while later customers are planned.
public class PlanEnumerationTests
{
    private static readonly FollowupPlanner Planner = new();

    private static FollowupEvent[] History(CustomerId c) =>
    [
        FollowupEvent.Booked(c, Cn(3, 2, 10), "A-" + c.Value, Cn(3, 9, 10)),
        FollowupEvent.ServiceCompleted(c, Cn(3, 9, 12), true, "A-" + c.Value),
        FollowupEvent.Survey(c, Cn(3, 9, 16), LikelihoodScore.From(3), true, "A-" + c.Value),
    ];

    private static List<FollowupEvent> Customers(int count) =>
        [.. Enumerable.Range(0, count).SelectMany(i => History(CustomerId.From($"C{i:000}")))];

    private static string Describe(FollowupPlan plan) =>
        string.Join('\n', plan.Tasks.Select(t => t.ToString()).Concat(plan.Suppressed.Select(s => s.ToString())));

    [Fact]
    public void A_plan_handed_out_is_unchanged_after_the_next_customers_are_planned()
    {
        var events = Customers(5);
        using var plans = Planner.PlanByCustomer(events, China(), Cn(3, 10, 0)).GetEnumerator();
        Assert.True(plans.MoveNext());
        var first = plans.Current;
        var before = Describe(first);
        var tasks = first.Tasks.ToArray();
        while (plans.MoveNext())
        {
            Assert.NotSame(first, plans.Current);
        }

        Assert.Equal(before, Describe(first));
        Assert.Equal(tasks, first.Tasks);
        Assert.Equal(Planner.Plan(History(CustomerId.From("C000")), China(), Cn(3, 10, 0)), first);
    }

    [Fact]
    public void After_the_last_plan_the_sequence_stays_ended()
    {
        using var plans = Planner.PlanByCustomer(Customers(2), China(), Cn(3, 10, 0)).GetEnumerator();
        Assert.True(plans.MoveNext());
        Assert.True(plans.MoveNext());
        Assert.False(plans.MoveNext());
        Assert.False(plans.MoveNext());
    }

    [Fact]
    public void No_events_give_no_plans() =>
        Assert.Empty(Planner.PlanByCustomer([], China(), Cn(3, 10, 0)));

    [Fact]
    public void Each_enumeration_reads_the_source_afresh_and_gives_equal_plans()
    {
        var source = new CountingSource(Customers(3));
        var sequence = Planner.PlanByCustomer(source, China(), Cn(3, 10, 0));
        Assert.Equal(0, source.Enumerations);

        var once = sequence.ToList();
        var twice = sequence.ToList();
        Assert.Equal(2, source.Enumerations);
        Assert.Equal(3, once.Count);
        Assert.Equal(once, twice);
    }

    [Fact]
    public void The_source_is_not_read_before_the_first_plan_is_asked_for()
    {
        var source = new CountingSource(Customers(2));
        using var plans = Planner.PlanByCustomer(source, China(), Cn(3, 10, 0)).GetEnumerator();
        Assert.Equal(0, source.Enumerations);
        Assert.True(plans.MoveNext());
        Assert.Equal(1, source.Enumerations);
    }

    [Fact]
    public void The_source_is_disposed_when_the_enumeration_ends()
    {
        var source = new CountingSource(Customers(2));
        _ = Planner.PlanByCustomer(source, China(), Cn(3, 10, 0)).Count();
        Assert.Equal(1, source.Disposals);
    }

    [Fact]
    public void The_source_is_disposed_when_the_caller_stops_early()
    {
        var source = new CountingSource(Customers(4));
        _ = Planner.PlanByCustomer(source, China(), Cn(3, 10, 0)).First();
        Assert.Equal(1, source.Disposals);
    }

    [Fact]
    public void An_unsorted_stream_disposes_the_source_and_ends_the_enumeration()
    {
        var source = new CountingSource([.. History(CustomerId.From("B")), .. History(CustomerId.From("A"))]);
        using var plans = Planner.PlanByCustomer(source, China(), Cn(3, 10, 0)).GetEnumerator();
        Assert.Throws<ArgumentException>("eventsSortedByCustomer", () => plans.MoveNext());
        Assert.Equal(1, source.Disposals);
        Assert.False(plans.MoveNext());
    }

    [Fact]
    public void A_null_event_is_rejected_while_enumerating()
    {
        FollowupEvent[] events = [.. History(Customer), null!];
        using var plans = Planner.PlanByCustomer(events, China(), Cn(3, 10, 0)).GetEnumerator();
        Assert.Throws<ArgumentNullException>("eventsSortedByCustomer", () => plans.MoveNext());
    }

    [Fact]
    public void The_enumerator_cannot_be_reset()
    {
        using var plans = Planner.PlanByCustomer(Customers(1), China(), Cn(3, 10, 0)).GetEnumerator();
        Assert.Throws<NotSupportedException>(plans.Reset);
    }

    [Fact]
    public void The_non_generic_enumerator_gives_the_same_plans()
    {
        var sequence = Planner.PlanByCustomer(Customers(2), China(), Cn(3, 10, 0));
        var plans = new List<object>();
        var e = ((IEnumerable)sequence).GetEnumerator();
        while (e.MoveNext())
        {
            plans.Add(e.Current);
        }

        Assert.Equal(sequence.Cast<object>(), plans);
    }

    /// <summary>A source that counts how often it is enumerated and how often its enumerators are disposed.</summary>
    private sealed class CountingSource(IReadOnlyList<FollowupEvent> events) : IEnumerable<FollowupEvent>
    {
        public int Enumerations { get; private set; }

        public int Disposals { get; private set; }

        public IEnumerator<FollowupEvent> GetEnumerator()
        {
            Enumerations++;
            return Read();
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private IEnumerator<FollowupEvent> Read()
        {
            try
            {
                foreach (var e in events)
                {
                    yield return e;
                }
            }
            finally
            {
                Disposals++;
            }
        }
    }
}

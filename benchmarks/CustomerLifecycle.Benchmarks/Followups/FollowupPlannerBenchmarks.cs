using System.Globalization;
using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Core;
using CustomerLifecycle.Followups;
using CustomerLifecycle.Followups.Calendar;
using NodaTime;

namespace CustomerLifecycle.Benchmarks.Followups;

/// <summary>
/// Planning 100,000 customers' histories (booking → service → survey; some reschedules and cancellations) with the default
/// cadences and the China 2026 calendar, against the raw cost of as many NodaTime zone conversions as the plan has tasks
/// (the baseline) and the cost of only making the plan's output (<see cref="MaterializeTasksOnly"/>; the goal: planning
/// within 2.5× of that reference row in the same run). Allocations per task = allocated bytes ÷ <see cref="TaskCount"/>.
/// </summary>
[MemoryDiagnoser]
public class FollowupPlannerBenchmarks
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private readonly FollowupPlanner _planner = new();
    private readonly ContactCalendar _calendar = new(Shanghai, HolidayCalendar.ChinaMainland2026());
    private FollowupEvent[] _events = [];
    private Instant[] _taskInstants = [];
    private Instant _now;

    [Params(100_000)]
    public int Customers;

    /// <summary>How many tasks the plan holds (printed by the setup; used for per-task figures).</summary>
    public int TaskCount => _taskInstants.Length;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        var start = Instant.FromUtc(2026, 3, 2, 1, 0);
        var events = new List<FollowupEvent>(Customers * 4);
        for (var i = 0; i < Customers; i++)
        {
            var id = CustomerId.From($"c{i:D6}");
            var booked = start + Duration.FromMinutes(rng.Next(0, 60 * 24 * 20));
            var slot = booked + Duration.FromHours(rng.Next(30, 24 * 10));
            var appointment = $"a{i}";
            events.Add(FollowupEvent.Booked(id, booked, appointment, slot, Shanghai));
            switch (i % 10)
            {
                case 0:
                    events.Add(FollowupEvent.Cancelled(id, booked + Duration.FromHours(5), appointment, Shanghai));
                    continue;
                case 1:
                    slot += Duration.FromDays(2);
                    events.Add(FollowupEvent.Rescheduled(id, booked + Duration.FromHours(5), appointment, slot, Shanghai));
                    break;
            }

            var end = slot + Duration.FromMinutes(rng.Next(60, 240));
            events.Add(FollowupEvent.ServiceCompleted(id, end, isFirstVisit: i % 3 == 0, appointmentId: appointment, zone: Shanghai));
            events.Add(FollowupEvent.Survey(id, end + Duration.FromHours(5), LikelihoodScore.From(rng.Next(0, 11)), i % 3 == 0, appointment, Shanghai));
        }

        _events = [.. events.OrderBy(e => e.Customer)];
        _now = _events.Max(e => e.At);
        _taskInstants = [.. Plan().SelectMany(p => p.Tasks).Select(t => t.Due)];
        Console.WriteLine($"// {Customers} customers, {_events.Length} events, {TaskCount} tasks");
    }

    private IEnumerable<FollowupPlan> Plan() => _planner.PlanByCustomer(_events, _calendar, _now);

    /// <summary>The floor: one zone conversion (instant → local date-time in Shanghai) per planned task.</summary>
    [Benchmark(Baseline = true)]
    public long ZoneConversions()
    {
        long sum = 0;
        foreach (var instant in _taskInstants)
        {
            sum += instant.InZone(Shanghai).LocalDateTime.Hour;
        }

        return sum;
    }

    /// <summary>A reference point, not a goal: only making the output of a plan, one <see cref="PlannedTask"/> and one key string per
    /// task (plus the zone conversion of its local due time), with no planning at all. Planning cannot cost less than this with
    /// an API that returns task objects.</summary>
    [Benchmark]
    public long MaterializeTasksOnly()
    {
        long sum = 0;
        var customer = CustomerId.From("c000000");
        for (var i = 0; i < _taskInstants.Length; i++)
        {
            var due = _taskInstants[i];
            var task = new PlannedTask(
                string.Create(CultureInfo.InvariantCulture, $"c{i:D6}|post.callback-24h|a:a{i}|0"), customer, Cadences.Callback, FollowupFlow.PostService,
                ContactChannel.Phone, due, due, due + Duration.FromHours(1), due.InZone(Shanghai).LocalDateTime, Shanghai.Id, false, "service completed");
            sum += task.Key.Length;
        }

        return sum;
    }

    /// <summary>Streaming plan of every customer (one customer's events in memory at a time).</summary>
    [Benchmark]
    public int PlanAllCustomers()
    {
        var n = 0;
        foreach (var plan in Plan())
        {
            n += plan.Tasks.Count;
        }

        return n;
    }
}

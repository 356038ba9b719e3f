using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>
/// An SLA compliance rate with the counts behind it: the share of due tasks done on time. Mergeable: rates of partitions
/// (per centre, per month) merge into the exact rate of the whole.
/// </summary>
/// <remarks>
/// The rate is on-time ÷ (on-time + late + missed). Tasks not yet due count in no rate; a task done early is on time. With no
/// due task the rate is undefined (<see cref="Rate"/> is null), never 0 or NaN. The default value is the empty rate.
/// </remarks>
public readonly record struct ComplianceRate
{
    /// <summary>Makes a rate from counts.</summary>
    /// <param name="onTime">Tasks done by their deadline; ≥ 0.</param>
    /// <param name="late">Tasks done after their deadline; ≥ 0.</param>
    /// <param name="missed">Tasks not done with the deadline passed; ≥ 0.</param>
    /// <param name="notYetDue">Tasks not done whose deadline has not passed; ≥ 0.</param>
    /// <param name="totalLateness">The summed lateness of the late and missed tasks; ≥ 0.</param>
    /// <param name="maxLateness">The largest lateness of a late or missed task; ≥ 0, zero when there is none.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count or a duration is negative.</exception>
    internal ComplianceRate(int onTime, int late, int missed, int notYetDue, Duration totalLateness, Duration maxLateness)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(onTime);
        ArgumentOutOfRangeException.ThrowIfNegative(late);
        ArgumentOutOfRangeException.ThrowIfNegative(missed);
        ArgumentOutOfRangeException.ThrowIfNegative(notYetDue);
        if (totalLateness < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(totalLateness), totalLateness, "Lateness cannot be negative.");
        }

        if (maxLateness < Duration.Zero || maxLateness > totalLateness)
        {
            throw new ArgumentOutOfRangeException(nameof(maxLateness), maxLateness, "The largest lateness must be in [0, total lateness].");
        }

        OnTime = onTime;
        Late = late;
        Missed = missed;
        NotYetDue = notYetDue;
        TotalLateness = totalLateness;
        MaxLateness = maxLateness;
    }

    /// <summary>Tasks done by their deadline.</summary>
    public int OnTime { get; }

    /// <summary>Tasks done after their deadline.</summary>
    public int Late { get; }

    /// <summary>Tasks not done with the deadline passed at the evaluation instant.</summary>
    public int Missed { get; }

    /// <summary>Tasks not done whose deadline has not passed: in no rate.</summary>
    public int NotYetDue { get; }

    /// <summary>The tasks the rate is computed on: on time + late + missed.</summary>
    public int Due => checked(OnTime + Late + Missed);

    /// <summary>Every task counted, due or not.</summary>
    public int Total => checked(Due + NotYetDue);

    /// <summary>The summed lateness of the late and missed tasks (missed: overdue so far), in the report's clock.</summary>
    public Duration TotalLateness { get; }

    /// <summary>The largest lateness of a late or missed task; zero when there is none.</summary>
    public Duration MaxLateness { get; }

    /// <summary>The share of due tasks done on time, or null when no task is due.</summary>
    public Fraction? Rate => Due == 0 ? null : Fraction.Of(OnTime, Due);

    /// <summary>The mean lateness of the late and missed tasks, or null when there is none.</summary>
    public Duration? MeanLateness => Late + Missed == 0 ? null : TotalLateness / (Late + Missed);

    /// <summary>Adds one task's outcome.</summary>
    /// <param name="status">The task's status.</param>
    /// <param name="lateness">Its lateness (ignored unless late or missed); ≥ 0.</param>
    /// <returns>The new rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined or <paramref name="lateness"/> negative.</exception>
    public ComplianceRate Add(ComplianceStatus status, Duration lateness)
    {
        if (lateness < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lateness), lateness, "Lateness cannot be negative.");
        }

        return status switch
        {
            ComplianceStatus.OnTime => new(checked(OnTime + 1), Late, Missed, NotYetDue, TotalLateness, MaxLateness),
            ComplianceStatus.Late => new(OnTime, checked(Late + 1), Missed, NotYetDue, TotalLateness + lateness, Max(MaxLateness, lateness)),
            ComplianceStatus.Missed => new(OnTime, Late, checked(Missed + 1), NotYetDue, TotalLateness + lateness, Max(MaxLateness, lateness)),
            ComplianceStatus.NotYetDue => new(OnTime, Late, Missed, checked(NotYetDue + 1), TotalLateness, MaxLateness),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown compliance status."),
        };
    }

    /// <summary>Merges two rates (associative and commutative).</summary>
    /// <param name="other">The other rate.</param>
    /// <returns>The rate of both sets of tasks.</returns>
    public ComplianceRate Merge(ComplianceRate other) => new(
        checked(OnTime + other.OnTime),
        checked(Late + other.Late),
        checked(Missed + other.Missed),
        checked(NotYetDue + other.NotYetDue),
        TotalLateness + other.TotalLateness,
        Max(MaxLateness, other.MaxLateness));

    /// <summary>The rate of a set of task outcomes.</summary>
    /// <param name="tasks">The outcomes.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> is null.</exception>
    public static ComplianceRate Of(IEnumerable<TaskCompliance> tasks)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        var rate = default(ComplianceRate);
        foreach (var t in tasks)
        {
            rate = rate.Add(t.Status, t.Lateness ?? Duration.Zero);
        }

        return rate;
    }

    private static Duration Max(Duration a, Duration b) => a >= b ? a : b;
}

using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>What compliance needs to know about a planned task.</summary>
/// <param name="Key">The deduplication key.</param>
/// <param name="Customer">Whose task.</param>
/// <param name="Step">The step's name.</param>
/// <param name="Zone">The customer's zone (business hours are local times in it).</param>
/// <param name="Anchor">When the task came into existence (its anchor event): completions before it are rejected; targets run from it.</param>
/// <param name="WindowEnd">The end of the task's planned window: the deadline of steps without a target.</param>
internal readonly record struct SlaItem(string Key, CustomerId Customer, string Step, DateTimeZone Zone, Instant Anchor, Instant WindowEnd);

namespace CustomerLifecycle.Scorecards.Flywheel;

/// <summary>One step of a flywheel projection: the month it ends on and the growth of core customers over it.</summary>
/// <param name="Month">The month the step ends on (1-based; after the start month, strictly ascending).</param>
/// <param name="GrowthRate">The relative growth of core customers over the step, finite and &gt; −1 (0.2 for +20 %).</param>
public sealed record FlywheelStep(int Month, double GrowthRate);

using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Funnel;

/// <summary>One stage of a <see cref="FunnelReport"/>.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Count">Customers who reached it.</param>
/// <param name="Conversion">The conversion from the previous stage (acquisition: from the population): the given rate in a
/// projection, the count ratio when measured; null when the previous stage is empty.</param>
/// <param name="Lost">Customers of the previous stage who did not reach this one (流失).</param>
public sealed record FunnelStageResult(FunnelStage Stage, long Count, Fraction? Conversion, long Lost);

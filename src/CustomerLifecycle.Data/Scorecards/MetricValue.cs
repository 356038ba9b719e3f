namespace CustomerLifecycle.Data.Scorecards;

/// <summary>A named figure read from a metrics file, with the line it came from.</summary>
/// <param name="Name">The metric's name as its <see cref="MetricSpec"/> spells it.</param>
/// <param name="Value">The value (a percentage already divided by 100).</param>
/// <param name="Line">The 1-based physical line of the row or JSON property.</param>
public sealed record MetricValue(string Name, double Value, int Line);

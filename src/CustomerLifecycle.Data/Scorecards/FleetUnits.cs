namespace CustomerLifecycle.Data.Scorecards;

/// <summary>Units in the field that share a set of attributes.</summary>
/// <param name="Attributes">The attributes (column name to value); a blank value is left out.</param>
/// <param name="Units">How many units the row stands for (at least 0).</param>
public sealed record FleetUnits(IReadOnlyDictionary<string, string> Attributes, long Units);

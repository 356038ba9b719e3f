namespace CustomerLifecycle.Scorecards.Funnel;

/// <summary>How far one customer of the population went in a period, stage by stage.</summary>
/// <param name="Visited">Visited in the period (acquisition).</param>
/// <param name="Activated">The first service satisfied them (first-visit score ≥ 9).</param>
/// <param name="Retained">Two or more visits in the period.</param>
/// <param name="BoughtValueAdded">Bought value-added services.</param>
/// <param name="Referred">Referred someone.</param>
/// <remarks>A customer reaches a stage only by reaching every stage before it: a referrer who never visited counts at no
/// stage beyond the population (<see cref="DeepestStage"/>).</remarks>
public readonly record struct FunnelJourney(bool Visited, bool Activated, bool Retained, bool BoughtValueAdded, bool Referred)
{
    /// <summary>The number of consecutive stages reached from the top, 0–5.</summary>
    public int DeepestStage => !Visited ? 0 : !Activated ? 1 : !Retained ? 2 : !BoughtValueAdded ? 3 : !Referred ? 4 : 5;
}

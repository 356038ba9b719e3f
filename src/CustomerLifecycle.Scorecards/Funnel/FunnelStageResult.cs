using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Funnel;

/// <summary>One stage of a <see cref="FunnelReport"/>.</summary>
public sealed record FunnelStageResult
{
    internal FunnelStageResult(FunnelStage stage, long count, Fraction? conversion, long lost)
    {
        Stage = stage;
        Count = count;
        Conversion = conversion;
        Lost = lost;
    }

    /// <summary>The stage.</summary>
    public FunnelStage Stage { get; }

    /// <summary>Customers who reached it.</summary>
    public long Count { get; }

    /// <summary>The conversion from the previous stage (acquisition: from the population): the given rate in a
    /// projection, the count ratio when measured; null when the previous stage is empty.</summary>
    public Fraction? Conversion { get; }

    /// <summary>Customers of the previous stage who did not reach this one (流失).</summary>
    public long Lost { get; }
}

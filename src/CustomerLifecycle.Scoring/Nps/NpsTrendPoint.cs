using NodaTime;

namespace CustomerLifecycle.Scoring.Nps;

/// <summary>One period of an NPS trend.</summary>
public sealed record NpsTrendPoint
{
    internal NpsTrendPoint(LocalDate start, LocalDate end, NpsTally tally)
    {
        Start = start;
        End = end;
        Tally = tally;
    }

    /// <summary>The first day of the period (local date in the trend's zone).</summary>
    public LocalDate Start { get; }

    /// <summary>The day after the period's last day (exclusive).</summary>
    public LocalDate End { get; }

    /// <summary>The responses given in the period; empty for a period without responses.</summary>
    public NpsTally Tally { get; }
}

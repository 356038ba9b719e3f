using NodaTime;

namespace CustomerLifecycle.Scoring.Nps;

/// <summary>One period of an NPS trend.</summary>
/// <param name="Start">The first day of the period (local date in the trend's zone).</param>
/// <param name="End">The day after the period's last day (exclusive).</param>
/// <param name="Tally">The responses given in the period; empty for a period without responses.</param>
public sealed record NpsTrendPoint(LocalDate Start, LocalDate End, NpsTally Tally);

namespace CustomerLifecycle.Scoring.Nps;

/// <summary>The calendar periods an NPS trend is cut into, in the zone given to <see cref="NpsTrend.ByPeriod"/>.</summary>
public enum NpsPeriod
{
    /// <summary>Calendar days.</summary>
    Day = 0,

    /// <summary>Weeks starting on the configured first day (Monday by default, as ISO 8601).</summary>
    Week = 1,

    /// <summary>Calendar months.</summary>
    Month = 2,

    /// <summary>Calendar quarters (January, April, July, October).</summary>
    Quarter = 3,

    /// <summary>Calendar years.</summary>
    Year = 4,
}

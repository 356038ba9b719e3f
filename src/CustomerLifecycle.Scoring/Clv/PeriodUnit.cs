namespace CustomerLifecycle.Scoring.Clv;

/// <summary>The time unit in which frequency, recency, age and horizons are counted. Always explicit: no model assumes days.</summary>
public enum PeriodUnit
{
    /// <summary>Calendar days.</summary>
    Day = 0,

    /// <summary>Weeks of 7 days (the unit of the CDNOW literature).</summary>
    Week = 1,

    /// <summary>Calendar months; fractional months are measured in days over the length of the month they fall in.</summary>
    Month = 2,
}

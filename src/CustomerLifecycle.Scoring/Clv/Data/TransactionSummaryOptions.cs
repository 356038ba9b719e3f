using NodaTime;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>How a transaction log becomes per-customer summaries: the unit of time, the observation window and the calendar.</summary>
/// <remarks>
/// Times are measured between calendar dates in <see cref="Zone"/>: a purchase counts on the local date it happened,
/// and age T runs from the first purchase's date to the calibration end (or the observation end), so a purchase on the
/// last day has recency = T. A week is 7 days (CDNOW's t_x = 30.43 weeks is 213 days / 7); a month is measured as in
/// <see cref="PeriodUnit.Month"/>: whole calendar months from the first purchase, plus the remaining days over the
/// length of the next such month.
/// </remarks>
public sealed record TransactionSummaryOptions
{
    /// <summary>The unit of recency, age and the holdout length. Required: no unit is assumed.</summary>
    public required PeriodUnit Unit { get; set; }

    /// <summary>The last day of observation (inclusive); transactions after it are rejected (<c>date.after_observation_end</c>).</summary>
    public required LocalDate ObservationEnd { get; set; }

    /// <summary>The last day of the calibration period (inclusive), before <see cref="ObservationEnd"/>; null for no holdout.</summary>
    /// <value>Null by default.</value>
    public LocalDate? CalibrationEnd { get; set; }

    /// <summary>The calendar in which instants become dates and local time stamps are read.</summary>
    /// <value>UTC by default.</value>
    public DateTimeZone Zone { get; set; } = DateTimeZone.Utc;

    /// <summary>
    /// Purchases in the same period of this length count as one purchase (their amounts are summed), so frequency counts
    /// repeat purchase <em>periods</em>. <see cref="PeriodUnit.Day"/>: the same local date; <see cref="PeriodUnit.Week"/>:
    /// the same ISO week (Monday to Sunday); <see cref="PeriodUnit.Month"/>: the same calendar month. A merged purchase
    /// is dated by its earliest purchase, so t_x = 0 whenever x = 0.
    /// </summary>
    /// <value><see cref="PeriodUnit.Day"/> by default, the convention of the published CDNOW summaries.</value>
    public PeriodUnit PurchaseGrouping { get; set; } = PeriodUnit.Day;
}

using CustomerLifecycle.Core;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Scoring.Clv.Diagnostics;

/// <summary>
/// A transaction log split into a calibration and a holdout period, ready for model diagnostics: the per-customer
/// summaries and holdout counts of <see cref="TransactionSummarizer"/>, each customer's first-purchase time from the
/// cohort's origin, and the cohort's repeat transactions counted per period of the calendar.
/// </summary>
/// <remarks>
/// <para>The origin is the day of the cohort's earliest first purchase; period k (1-based) covers the days from
/// origin + (k − 1) units up to, not including, origin + k units (weeks of 7 days, calendar months, days). The last
/// period holds the observation end, so the periods cover the whole window.</para>
/// <para>A repeat transaction is every purchase of a customer after the first, grouped exactly as the summaries group
/// them (<see cref="TransactionSummaryOptions.PurchaseGrouping"/>; a group never straddles the calibration end) and dated
/// by its first day. So the repeat transactions of the calibration periods add up to Σ x and those of the holdout to the
/// holdout counts: the tracking series and the summaries tell one story. Customers whose first purchase is on or after
/// the calibration end are not in the cohort (<see cref="TransactionSummary.Excluded"/>).</para>
/// </remarks>
public sealed class ClvHoldoutData
{
    private ClvHoldoutData(TransactionSummary summary, LocalDate origin, double[] births, int[] repeats, double calibrationPeriods)
    {
        Summary = summary;
        Origin = origin;
        Births = births;
        RepeatTransactions = repeats;
        CalibrationPeriods = calibrationPeriods;
    }

    /// <summary>The calibration summaries (one per cohort customer, ordered by id) with their holdout activity.</summary>
    public TransactionSummary Summary { get; }

    /// <summary>The time unit of every time value here.</summary>
    public PeriodUnit Unit => Summary.Unit;

    /// <summary>The cohort's origin: the day of its earliest first purchase.</summary>
    public LocalDate Origin { get; }

    /// <summary>Each customer's first-purchase time from <see cref="Origin"/> in <see cref="Unit"/>, aligned with <see cref="TransactionSummary.Customers"/>.</summary>
    public IReadOnlyList<double> Births { get; }

    /// <summary>The cohort's repeat transactions in each period 1, 2, … (index 0 is period 1) up to the one holding the observation end.</summary>
    public IReadOnlyList<int> RepeatTransactions { get; }

    /// <summary>The number of periods in the observation window (the length of <see cref="RepeatTransactions"/>).</summary>
    public int Periods => RepeatTransactions.Count;

    /// <summary>The length of the calibration window from the origin to the end of the calibration end's day, in <see cref="Unit"/> (39 for CDNOW in weeks).</summary>
    public double CalibrationPeriods { get; }

    /// <summary>The length of the holdout period in <see cref="Unit"/>: the horizon of the conditional expectations.</summary>
    public double HoldoutLength => Summary.HoldoutLength!.Value;

    /// <summary>Summarises a text transaction log with a calibration/holdout split and counts its repeat transactions per period.</summary>
    /// <param name="records">The log, in any order; bad rows are rejected as by <see cref="TransactionSummarizer"/> and listed in <see cref="TransactionSummary.Rejected"/>.</param>
    /// <param name="options">The unit, window and calendar; <see cref="TransactionSummaryOptions.CalibrationEnd"/> is required.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentNullException">An argument or record is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, have no calibration end, or no customer made a first purchase before the calibration end.</exception>
    public static ClvHoldoutData FromTransactions(IEnumerable<TransactionRecord> records, TransactionSummaryOptions options)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        if (options.CalibrationEnd is null)
        {
            throw new ArgumentException("Diagnostics need a calibration end: the holdout period is what the models are checked on.", nameof(options));
        }

        var log = records as IReadOnlyCollection<TransactionRecord> ?? records.ToArray();
        var summary = new TransactionSummarizer(options).Summarize(log);
        if (summary.Customers.Count == 0)
        {
            throw new ArgumentException("No customer made a first purchase before the calibration end; there is no cohort to diagnose.", nameof(records));
        }

        var rejected = summary.Rejected.Select(r => r.Line).ToHashSet();
        var days = new Dictionary<CustomerId, List<int>>();
        foreach (var r in log)
        {
            if (rejected.Contains(r.Line) || !CustomerId.TryFrom(r.CustomerId, out var id) || !IsoTime.TryParse(r.Date, options.Zone, out var at))
            {
                continue;
            }

            if (!days.TryGetValue(id, out var list))
            {
                days.Add(id, list = []);
            }

            list.Add(at.InZone(options.Zone).Date.ToDateOnly().DayNumber);
        }

        var calibrationEnd = options.CalibrationEnd.Value.ToDateOnly().DayNumber;
        var firsts = summary.Customers.Select(c => days[c.Customer!.Value].Min()).ToArray();
        var origin = PeriodMath.FromDayNumber(firsts.Min());
        var unit = options.Unit;
        var periods = (int)Math.Ceiling(PeriodMath.Between(origin, options.ObservationEnd.PlusDays(1), unit) - 1e-9);
        var repeats = new int[periods];
        foreach (var c in summary.Customers)
        {
            foreach (var day in RepeatDays(days[c.Customer!.Value], options.PurchaseGrouping, calibrationEnd))
            {
                repeats[(int)Math.Floor(PeriodMath.Between(origin, PeriodMath.FromDayNumber(day), unit) + 1e-9)]++;
            }
        }

        var births = firsts.Select(d => PeriodMath.Between(origin, PeriodMath.FromDayNumber(d), unit)).ToArray();
        var calibration = PeriodMath.Between(origin, options.CalibrationEnd.Value.PlusDays(1), unit);
        return new ClvHoldoutData(summary, origin, births, repeats, calibration);
    }

    /// <summary>The first day of every purchase group after the first, grouped as the summarizer groups them.</summary>
    private static IEnumerable<int> RepeatDays(List<int> days, PeriodUnit grouping, int calibrationEnd)
    {
        days.Sort();
        var previousKey = PeriodMath.GroupKey(days[0], grouping);
        var previousSide = days[0] <= calibrationEnd;
        for (var i = 1; i < days.Count; i++)
        {
            var key = PeriodMath.GroupKey(days[i], grouping);
            var side = days[i] <= calibrationEnd;
            if (key != previousKey || side != previousSide)
            {
                yield return days[i];
            }

            previousKey = key;
            previousSide = side;
        }
    }
}

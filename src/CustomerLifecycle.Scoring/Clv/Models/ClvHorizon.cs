namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The horizon and discounting of a probabilistic CLV: <see cref="Periods"/> steps of <see cref="PeriodLength"/> (in the
/// transaction model's own time unit), each step's expected value discounted at <see cref="DiscountRatePerPeriod"/>
/// compounded per step, at the end of the step.
/// </summary>
/// <remarks>
/// CLV = Σₖ₌₁..ₙ m · (E[Y(kΔ)] − E[Y((k−1)Δ)]) / (1 + d)ᵏ, with m the expected spend per transaction, Δ the period length
/// and d the rate per period. This is lifetimes' customer_lifetime_value convention, made unit-explicit: lifetimes steps
/// 30 "freq" units per month and assumes days, so a model fitted in weeks silently gets 30-week "months". For 12 monthly
/// steps of 30 days over a model in weeks use <c>new ClvHorizon(12, 30d / 7d, 0.01)</c>; lifetimes' own weekly month
/// (freq = "W") is 4.345 weeks.
/// </remarks>
public sealed record ClvHorizon
{
    /// <summary>Makes a horizon.</summary>
    /// <param name="periods">Number of steps, 1–100,000.</param>
    /// <param name="periodLength">Length of a step in the model's time unit, finite and &gt; 0.</param>
    /// <param name="discountRatePerPeriod">Discount rate per step, finite and in [0, 10) (0.01 for 1 %).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public ClvHorizon(int periods, double periodLength, double discountRatePerPeriod)
    {
        if (periods is < 1 or > 100_000)
        {
            throw new ArgumentOutOfRangeException(nameof(periods), periods, "The number of periods must be 1–100,000.");
        }

        if (!double.IsFinite(periodLength) || periodLength <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(periodLength), periodLength, "The period length must be a finite number > 0 in the model's time unit.");
        }

        if (!double.IsFinite(discountRatePerPeriod) || discountRatePerPeriod is < 0d or >= 10d)
        {
            throw new ArgumentOutOfRangeException(nameof(discountRatePerPeriod), discountRatePerPeriod, "The discount rate per period must lie in [0, 10) (0.01 for 1 %).");
        }

        Periods = periods;
        PeriodLength = periodLength;
        DiscountRatePerPeriod = discountRatePerPeriod;
    }

    /// <summary>Number of steps.</summary>
    public int Periods { get; }

    /// <summary>Length of a step, in the transaction model's time unit.</summary>
    public double PeriodLength { get; }

    /// <summary>Discount rate per step (0.01 = 1 %).</summary>
    public double DiscountRatePerPeriod { get; }
}

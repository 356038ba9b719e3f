namespace CustomerLifecycle.Scoring.Nps;

/// <summary>Turns NPS tallies into estimates with confidence intervals, and compares two samples.</summary>
/// <remarks>
/// <para>Intervals follow <see cref="NpsOptions.IntervalMethod"/> (adjusted Wald by default, Rocks 2016). They are clamped to
/// [−100, 100] and, because the adjusted-Wald interval is centred on the adjusted NPS rather than the observed one, widened
/// where needed to contain the observed NPS (this only happens for tiny samples, e.g. a single response at 95 %).</para>
/// <para>Thread-safe and immutable; construct directly or through <c>AddCustomerLifecycleScoring</c>.</para>
/// </remarks>
public sealed class NpsCalculator
{
    private readonly double _z;

    /// <summary>Makes a calculator with the default options (95 %, adjusted Wald, 80 % power).</summary>
    public NpsCalculator()
        : this(new NpsOptions())
    {
    }

    /// <summary>Makes a calculator.</summary>
    /// <param name="options">The options; validated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every failure.</exception>
    public NpsCalculator(NpsOptions options)
    {
        Options = OptionsGuard.Valid<NpsOptions, NpsOptionsValidator>(options, nameof(options)) with { };
        _z = NpsMath.CriticalValue(Options.ConfidenceLevel);
    }

    /// <summary>The options in force (a copy: later changes to the caller's instance do not affect the calculator).</summary>
    public NpsOptions Options { get; }

    /// <summary>Estimates NPS with its interval.</summary>
    /// <param name="tally">The counts.</param>
    /// <returns>The estimate; its statistics are null when the tally is empty.</returns>
    public NpsEstimate Estimate(NpsTally tally)
    {
        if (tally.IsEmpty)
        {
            return Undefined(tally);
        }

        return Build(tally, tally.Promoters, tally.Passives, tally.Detractors, tally.Nps!.Value, tally.Total);
    }

    /// <summary>Estimates a weighted NPS, with variance from Kish's effective sample size.</summary>
    /// <param name="tally">The weighted tally.</param>
    /// <returns>The estimate; its statistics are null when the total weight is 0.</returns>
    /// <remarks>The weighted shares are applied to n_eff pseudo-responses, and the configured method is applied to those.</remarks>
    public NpsEstimate Estimate(WeightedNpsTally tally)
    {
        if (tally.Nps is not { } nps || tally.EffectiveSampleSize is not { } nEff)
        {
            return Undefined(tally.Counts);
        }

        var total = tally.TotalWeight;
        return Build(
            tally.Counts,
            tally.PromoterWeight / total * nEff,
            tally.PassiveWeight / total * nEff,
            tally.DetractorWeight / total * nEff,
            nps,
            nEff);
    }

    /// <summary>Compares two independent samples: treatment − baseline, with a z test.</summary>
    /// <param name="baseline">The first sample (control, earlier period).</param>
    /// <param name="treatment">The second sample.</param>
    /// <returns>The comparison; its statistics are null when either sample is empty.</returns>
    /// <remarks>
    /// Δ' = NPS'₂ − NPS'₁ with SE = √(σ'₁²/n'₁ + σ'₂²/n'₂) (primes: the method's adjusted values); z = Δ'/SE; p = 2(1 − Φ(|z|)).
    /// The reported <see cref="NpsComparison.Difference"/> is the observed difference; the interval is centred on Δ' and widened
    /// to contain it, like single-sample intervals.
    /// </remarks>
    public NpsComparison Compare(NpsTally baseline, NpsTally treatment)
    {
        var a = Estimate(baseline);
        var b = Estimate(treatment);
        if (!a.IsDefined || !b.IsDefined)
        {
            return new NpsComparison(a, b, null, null, null, null, null, null, Options.IntervalMethod, Options.ConfidenceLevel);
        }

        var m1 = NpsMath.Moments(baseline.Promoters, baseline.Passives, baseline.Detractors, Options.IntervalMethod);
        var m2 = NpsMath.Moments(treatment.Promoters, treatment.Passives, treatment.Detractors, Options.IntervalMethod);
        var observed = (b.Nps!.Value - a.Nps!.Value) / 100d;
        var centre = m2.Centre - m1.Centre;
        var se = Math.Sqrt((m1.Variance / m1.N) + (m2.Variance / m2.N));
        var mdd = (_z + NpsMath.Quantile(Options.Power)) * se * 100d;
        if (se == 0d)
        {
            return new NpsComparison(a, b, observed * 100d, 0d, new NpsInterval(observed * 100d, observed * 100d), null, null, mdd, Options.IntervalMethod, Options.ConfidenceLevel);
        }

        var z = centre / se;
        var interval = NpsMath.Interval(centre, _z * se, observed, 2d);
        return new NpsComparison(
            a,
            b,
            observed * 100d,
            se * 100d,
            new NpsInterval(interval.Low * 100d, interval.High * 100d),
            z,
            NpsMath.TwoSidedPValue(z),
            mdd,
            Options.IntervalMethod,
            Options.ConfidenceLevel);
    }

    private NpsEstimate Build(NpsTally counts, double promoters, double passives, double detractors, double npsPoints, double sampleSize)
    {
        var (centre, variance, n) = NpsMath.Moments(promoters, passives, detractors, Options.IntervalMethod);
        var se = Math.Sqrt(variance / n);
        var half = _z * se;
        var interval = NpsMath.Interval(centre, half, npsPoints / 100d, 1d);
        return new NpsEstimate(
            counts,
            npsPoints,
            se * 100d,
            new NpsInterval(interval.Low * 100d, interval.High * 100d),
            half * 100d,
            Options.IntervalMethod,
            Options.ConfidenceLevel,
            sampleSize);
    }

    private NpsEstimate Undefined(NpsTally tally) =>
        new(tally, null, null, null, null, Options.IntervalMethod, Options.ConfidenceLevel, null);
}

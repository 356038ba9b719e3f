using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Funnel;

/// <summary>The AARRR lifecycle funnel of one after-sales network: projected from stage rates, or measured from counts or events, with the
/// bottleneck and the leverage what-if.</summary>
/// <remarks>
/// <para><b>Rounding rule of a projection:</b> each stage's count is the previous count × the stage rate, rounded
/// <b>down</b> to a whole customer, stage by stage, in exact decimal arithmetic. This is the rule that reproduces the practice:
/// 10,000 → 3,500 → 2,450 → 1,470 → 441 → 66 (441 × 0.15 = 66.15) and, with activation at 80 %, 3,500 → 2,800 → 1,680 → 504
/// → 75 (75.6; rounding to nearest would give 76, not the practice's 75).</para>
/// <para>Pure and thread-safe.</para>
/// </remarks>
public sealed class FunnelAnalyzer
{
    private readonly FunnelOptions _options;

    /// <summary>Makes an analyzer with one after-sales network's ticket (¥3,500) and referral yield (1.5).</summary>
    public FunnelAnalyzer()
        : this(new FunnelOptions())
    {
    }

    /// <summary>Makes an analyzer.</summary>
    /// <param name="options">The money and referral figures.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public FunnelAnalyzer(FunnelOptions options) =>
        _options = OptionsGuard.Valid<FunnelOptions, FunnelOptionsValidator>(options, nameof(options)) with { };

    /// <summary>Projects a population through the stage rates (rounding down at every stage).</summary>
    /// <param name="population">The population at the top; ≥ 1.</param>
    /// <param name="rates">The stage rates.</param>
    /// <returns>The funnel.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is not positive.</exception>
    public FunnelReport Project(long population, FunnelRates rates)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(population);
        ArgumentNullException.ThrowIfNull(rates);
        var stages = new FunnelStageResult[5];
        var previous = population;
        for (var i = 0; i < stages.Length; i++)
        {
            var rate = rates[(FunnelStage)i];
            var count = (long)decimal.Floor(previous * (decimal)rate.Value);
            stages[i] = new FunnelStageResult((FunnelStage)i, count, rate, previous - count);
            previous = count;
        }

        return new FunnelReport(population, stages, _options.AverageTicket, _options.NewCustomersPerReferrer);
    }

    /// <summary>Builds the funnel from measured counts.</summary>
    /// <param name="population">The population at the top; ≥ 1.</param>
    /// <param name="counts">The five stage counts in order (acquisition … referral); each ≥ 0 and no greater than the one before.</param>
    /// <returns>The funnel; conversions are count ratios.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentException">Not exactly five counts, or a count greater than the previous stage's (a customer
    /// cannot reach a stage without the ones before).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is not positive or a count is negative.</exception>
    public FunnelReport FromCounts(long population, IReadOnlyList<long> counts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(population);
        ArgumentNullException.ThrowIfNull(counts);
        if (counts.Count != 5)
        {
            throw new ArgumentException($"An AARRR funnel has five stages (acquisition, activation, retention, revenue, referral); got {counts.Count} counts.", nameof(counts));
        }

        var stages = new FunnelStageResult[5];
        var previous = population;
        for (var i = 0; i < stages.Length; i++)
        {
            var count = counts[i];
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(counts), count, $"The {(FunnelStage)i} count must not be negative; got {count}.");
            }

            if (count > previous)
            {
                throw new ArgumentException($"The {(FunnelStage)i} count {count} exceeds the previous stage's {previous}: counts never increase down the funnel.", nameof(counts));
            }

            stages[i] = new FunnelStageResult((FunnelStage)i, count, previous == 0 ? null : Fraction.Of(count, previous), previous - count);
            previous = count;
        }

        return new FunnelReport(population, stages, _options.AverageTicket, _options.NewCustomersPerReferrer);
    }

    /// <summary>Builds the funnel from a tally of customer journeys (see <see cref="FunnelTally"/>).</summary>
    /// <param name="tally">The tally.</param>
    /// <returns>The funnel.</returns>
    /// <exception cref="ArgumentException">The tally's population is zero.</exception>
    public FunnelReport FromTally(FunnelTally tally) => tally.Population == 0
        ? throw new ArgumentException("The tally is empty: a funnel needs a population of at least one.", nameof(tally))
        : FromCounts(tally.Population, tally.Counts);

    /// <summary>The leverage what-if: the funnel before and after one stage's rate changes.</summary>
    /// <param name="population">The population at the top; ≥ 1.</param>
    /// <param name="rates">The current rates.</param>
    /// <param name="stage">The stage to change.</param>
    /// <param name="newRate">Its new rate.</param>
    /// <returns>Both funnels and the lift.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="population"/> is not positive or <paramref name="stage"/> is not defined.</exception>
    public FunnelWhatIf WhatIf(long population, FunnelRates rates, FunnelStage stage, Fraction newRate)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return new FunnelWhatIf(stage, Project(population, rates), Project(population, rates.WithRate(stage, newRate)));
    }
}

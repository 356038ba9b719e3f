namespace CustomerLifecycle.Scorecards.Flywheel;

/// <summary>Projects the referral flywheel (飞轮): core customers bring referrals, referrals become core customers.</summary>
/// <remarks>The growth rule is stated in <see cref="FlywheelOptions"/> and fully replaceable through its steps. Pure and thread-safe.</remarks>
public sealed class FlywheelProjector
{
    private readonly FlywheelOptions _options;

    /// <summary>Makes a projector with one after-sales network's Shenzhen rule.</summary>
    public FlywheelProjector()
        : this(new FlywheelOptions())
    {
    }

    /// <summary>Makes a projector.</summary>
    /// <param name="options">The growth rule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid (the message lists every failure).</exception>
    public FlywheelProjector(FlywheelOptions options)
    {
        var valid = OptionsGuard.Valid<FlywheelOptions, FlywheelOptionsValidator>(options, nameof(options));
        _options = valid with { Steps = [.. valid.Steps] };
    }

    /// <summary>Projects from a number of core customers.</summary>
    /// <param name="coreCustomers">Core customers in the start month; ≥ 0.</param>
    /// <returns>The start point followed by one point per step.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="coreCustomers"/> is negative.</exception>
    /// <exception cref="OverflowException">The projection exceeds <see cref="long.MaxValue"/> customers.</exception>
    public IReadOnlyList<FlywheelPoint> Project(long coreCustomers)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(coreCustomers);
        var points = new FlywheelPoint[_options.Steps.Count + 1];
        points[0] = Point(_options.StartMonth, coreCustomers, coreCustomers);
        var core = coreCustomers;
        for (var i = 0; i < _options.Steps.Count; i++)
        {
            var step = _options.Steps[i];
            var next = decimal.Floor(core * (1m + (decimal)step.GrowthRate));
            core = next > long.MaxValue
                ? throw new OverflowException($"The flywheel projection exceeds {long.MaxValue} customers at month {step.Month}.")
                : (long)next;
            points[i + 1] = Point(step.Month, core, coreCustomers);
        }

        return points;
    }

    private FlywheelPoint Point(int month, long core, long start) => new(
        month,
        core,
        (long)Math.Round(core * _options.ReferralRate, MidpointRounding.AwayFromZero),
        start == 0 ? 0d : ((double)core / start) - 1d,
        _options.MonthlyRevenuePerCoreCustomer * core);
}

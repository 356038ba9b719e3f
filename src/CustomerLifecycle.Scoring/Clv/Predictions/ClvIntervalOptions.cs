using FluentValidation;

namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>How parameter-uncertainty intervals are made.</summary>
public enum ClvIntervalMethod
{
    /// <summary>
    /// Draws of the log-parameters from their asymptotic normal N(ln θ̂, H⁻¹) (the inverse Hessian at the optimum): fast,
    /// and exact as the number of customers grows.
    /// </summary>
    AsymptoticNormal = 0,

    /// <summary>
    /// Parametric bootstrap: each replicate simulates the customers' histories from the fitted model over the same
    /// observation lengths, refits the model (starting at the estimate) and predicts; replicates whose refit does not
    /// converge, or whose predictions cannot be computed, are counted and left out. Slower (one fit per replicate) but free
    /// of the normal approximation. Available for BG/NBD, MBG/NBD and Pareto/NBD (with Gamma-Gamma).
    /// </summary>
    ParametricBootstrap = 1,
}

/// <summary>Options of parameter-uncertainty intervals: the coverage, the method, the number of draws or replicates and the seed.</summary>
public sealed record ClvIntervalOptions
{
    /// <summary>The coverage of each interval, in (0, 1): 0.9 gives the 5 % and 95 % points of the draws.</summary>
    public double Level { get; init; } = 0.9;

    /// <summary>Parameter draws of <see cref="ClvIntervalMethod.AsymptoticNormal"/>, 10–100,000; the interval ends settle as the count grows (2,000 by default).</summary>
    public int Draws { get; init; } = 2000;

    /// <summary>The seed of the draws: the same seed, fit and customers always give the same intervals.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>How the intervals are made: <see cref="ClvIntervalMethod.AsymptoticNormal"/> (the default) or <see cref="ClvIntervalMethod.ParametricBootstrap"/>.</summary>
    public ClvIntervalMethod Method { get; init; } = ClvIntervalMethod.AsymptoticNormal;

    /// <summary>
    /// Bootstrap replicates of <see cref="ClvIntervalMethod.ParametricBootstrap"/>, 10–10,000 (200 by default: each one
    /// is a full refit, so the count is kept far below <see cref="Draws"/>).
    /// </summary>
    public int Replicates { get; init; } = 200;

    /// <summary>The number of parameter sets the method uses: <see cref="Draws"/> or <see cref="Replicates"/>.</summary>
    public int Count => Method == ClvIntervalMethod.ParametricBootstrap ? Replicates : Draws;
}

/// <summary>Validates <see cref="ClvIntervalOptions"/>: level in (0, 1), 10–100,000 draws, 10–10,000 replicates, a known method.</summary>
public sealed class ClvIntervalOptionsValidator : AbstractValidator<ClvIntervalOptions>
{
    /// <summary>Makes the validator.</summary>
    public ClvIntervalOptionsValidator()
    {
        RuleFor(o => o.Level).Must(l => l is > 0d and < 1d)
            .WithMessage(o => $"must be a coverage in (0, 1), e.g. 0.9; got {o.Level}");
        RuleFor(o => o.Draws).InclusiveBetween(10, 100_000)
            .WithMessage(o => $"must be 10–100,000; got {o.Draws}");
        RuleFor(o => o.Replicates).InclusiveBetween(10, 10_000)
            .WithMessage(o => $"must be 10–10,000; got {o.Replicates}");
        RuleFor(o => o.Method).IsInEnum()
            .WithMessage(o => $"must be AsymptoticNormal or ParametricBootstrap; got {(int)o.Method}");
    }
}

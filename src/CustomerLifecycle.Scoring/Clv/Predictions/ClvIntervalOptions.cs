using FluentValidation;

namespace CustomerLifecycle.Scoring.Clv.Predictions;

/// <summary>Options of parameter-uncertainty intervals: the coverage, the number of parameter draws and the seed.</summary>
public sealed record ClvIntervalOptions
{
    /// <summary>The coverage of each interval, in (0, 1): 0.9 gives the 5 % and 95 % points of the draws.</summary>
    public double Level { get; init; } = 0.9;

    /// <summary>Parameter draws, 10–100,000; the interval ends settle as the count grows (2,000 by default).</summary>
    public int Draws { get; init; } = 2000;

    /// <summary>The seed of the draws: the same seed, fit and customers always give the same intervals.</summary>
    public int Seed { get; init; } = 1;
}

/// <summary>Validates <see cref="ClvIntervalOptions"/>: level in (0, 1), 10–100,000 draws.</summary>
public sealed class ClvIntervalOptionsValidator : AbstractValidator<ClvIntervalOptions>
{
    /// <summary>Makes the validator.</summary>
    public ClvIntervalOptionsValidator()
    {
        RuleFor(o => o.Level).Must(l => l is > 0d and < 1d)
            .WithMessage(o => $"must be a coverage in (0, 1), e.g. 0.9; got {o.Level}");
        RuleFor(o => o.Draws).InclusiveBetween(10, 100_000)
            .WithMessage(o => $"must be 10–100,000; got {o.Draws}");
    }
}

using FluentValidation;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>Validates <see cref="ClvFitOptions"/>: tolerance in (0, 0.1), at least one iteration, 1–100 starts when set.</summary>
public sealed class ClvFitOptionsValidator : AbstractValidator<ClvFitOptions>
{
    /// <summary>Makes the validator.</summary>
    public ClvFitOptionsValidator()
    {
        RuleFor(o => o.Tolerance).Must(t => t is > 0d and < 0.1d)
            .WithMessage(o => $"must be a number in (0, 0.1), e.g. 1e-8; got {o.Tolerance}");
        RuleFor(o => o.MaxIterations).GreaterThanOrEqualTo(1)
            .WithMessage(o => $"must be at least 1; got {o.MaxIterations}");
        RuleFor(o => o.Starts).Must(s => s is null or (>= 1 and <= 100))
            .WithMessage(o => $"must be null (model default) or 1–100; got {o.Starts}");
    }
}

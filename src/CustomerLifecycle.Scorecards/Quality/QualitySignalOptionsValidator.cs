using FluentValidation;
using NodaTime;

namespace CustomerLifecycle.Scorecards.Quality;

/// <summary>Validates <see cref="QualitySignalOptions"/>: a positive window, support ≥ 2, at least one shared attribute.</summary>
public sealed class QualitySignalOptionsValidator : AbstractValidator<QualitySignalOptions>
{
    /// <summary>Makes the validator.</summary>
    public QualitySignalOptionsValidator()
    {
        RuleFor(o => o.Window).GreaterThan(Duration.Zero).WithMessage(o => $"must be positive; got {o.Window}");
        RuleFor(o => o.MinimumSupport).GreaterThanOrEqualTo(2);
        RuleFor(o => o.MinimumSharedAttributes).GreaterThanOrEqualTo(1);
    }
}

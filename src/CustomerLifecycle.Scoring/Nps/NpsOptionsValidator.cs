using FluentValidation;

namespace CustomerLifecycle.Scoring.Nps;

/// <summary>Validates <see cref="NpsOptions"/>: confidence level and power strictly between 0 and 1, a defined method.</summary>
public sealed class NpsOptionsValidator : AbstractValidator<NpsOptions>
{
    /// <summary>Makes the validator.</summary>
    public NpsOptionsValidator()
    {
        RuleFor(o => o.ConfidenceLevel).Must(c => c is > 0d and < 1d)
            .WithMessage(o => $"must be strictly between 0 and 1 (0.95 for 95 %); got {o.ConfidenceLevel}");
        RuleFor(o => o.Power).Must(c => c is > 0d and < 1d)
            .WithMessage(o => $"must be strictly between 0 and 1 (0.8 for 80 %); got {o.Power}");
        RuleFor(o => o.IntervalMethod).IsInEnum();
    }
}

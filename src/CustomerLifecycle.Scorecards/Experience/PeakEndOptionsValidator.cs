using FluentValidation;

namespace CustomerLifecycle.Scorecards.Experience;

/// <summary>Validates <see cref="PeakEndOptions"/>: peak weight in [0, 1], neutral in [0, 100], no NaN.</summary>
public sealed class PeakEndOptionsValidator : AbstractValidator<PeakEndOptions>
{
    /// <summary>Makes the validator.</summary>
    public PeakEndOptionsValidator()
    {
        RuleFor(o => o.PeakWeight).Must(w => w is >= 0d and <= 1d).WithMessage(o => $"must be in [0, 1]; got {o.PeakWeight}");
        RuleFor(o => o.Neutral).Must(n => n is >= 0d and <= 100d).WithMessage(o => $"must be in [0, 100]; got {o.Neutral}");
    }
}

using FluentValidation;
using NodaTime;

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>Validates <see cref="SlaComplianceOptions"/>: a defined clock, positive targets under 10 years for non-blank steps, a grace period ≥ 0.</summary>
public sealed class SlaComplianceOptionsValidator : AbstractValidator<SlaComplianceOptions>
{
    private static readonly Duration Longest = Duration.FromDays(3660);

    /// <summary>Makes the validator.</summary>
    public SlaComplianceOptionsValidator()
    {
        RuleFor(o => o.Clock).IsInEnum();
        RuleFor(o => o.Targets).NotNull();
        RuleForEach(o => o.Targets)
            .Must(t => !string.IsNullOrWhiteSpace(t.Key)).WithMessage("a target's step name must not be blank")
            .Must(t => t.Value > Duration.Zero && t.Value <= Longest).WithMessage((_, t) => $"the target of step '{t.Key}' must be positive and at most 3660 days; got {t.Value}");
        RuleFor(o => o.GracePeriod).Must(g => g >= Duration.Zero && g <= Longest)
            .WithMessage(o => $"must be in [0, 3660 days]; got {o.GracePeriod}");
    }
}

using FluentValidation;

namespace CustomerLifecycle.Scorecards.Lifecycle;

/// <summary>Validates <see cref="LifecycleHealthOptions"/>: every scale set, rate scales within [0, 1], the NPS scale within
/// [−100, 100], and cut-offs with 1 ≤ weak &lt; good &lt; flywheel ≤ 5.</summary>
public sealed class LifecycleHealthOptionsValidator : AbstractValidator<LifecycleHealthOptions>
{
    /// <summary>Makes the validator.</summary>
    public LifecycleHealthOptionsValidator()
    {
        RuleFor(o => o.YearlyVisitRate).NotNull().Must(ScaleRules.FitsRates).WithMessage(ScaleRules.RateMessage);
        RuleFor(o => o.FirstVisitNps).NotNull().Must(ScaleRules.FitsNps).WithMessage(ScaleRules.NpsMessage);
        RuleFor(o => o.YearlyRetention).NotNull().Must(ScaleRules.FitsRates).WithMessage(ScaleRules.RateMessage);
        RuleFor(o => o.ValueAddedPenetration).NotNull().Must(ScaleRules.FitsRates).WithMessage(ScaleRules.RateMessage);
        RuleFor(o => o.ReferralRate).NotNull().Must(ScaleRules.FitsRates).WithMessage(ScaleRules.RateMessage);
        RuleFor(o => o.WeakMinimumExcellent).InclusiveBetween(1, 5);
        RuleFor(o => o.GoodMinimumExcellent).GreaterThan(o => o.WeakMinimumExcellent).LessThanOrEqualTo(5);
        RuleFor(o => o.FlywheelMinimumExcellent).GreaterThan(o => o.GoodMinimumExcellent).LessThanOrEqualTo(5);
    }
}

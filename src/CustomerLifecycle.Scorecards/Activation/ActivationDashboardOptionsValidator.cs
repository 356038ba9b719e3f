using FluentValidation;
using NodaTime;

namespace CustomerLifecycle.Scorecards.Activation;

/// <summary>Validates <see cref="ActivationDashboardOptions"/>: scales set and fitting their units, a positive window.</summary>
public sealed class ActivationDashboardOptionsValidator : AbstractValidator<ActivationDashboardOptions>
{
    /// <summary>Makes the validator.</summary>
    public ActivationDashboardOptionsValidator()
    {
        RuleFor(o => o.FirstVisitNps).NotNull().Must(ScaleRules.FitsNps).WithMessage(ScaleRules.NpsMessage);
        RuleFor(o => o.PerfectRate).NotNull().Must(ScaleRules.FitsRates).WithMessage(ScaleRules.RateMessage);
        RuleFor(o => o.CallbackRate24h).NotNull().Must(ScaleRules.FitsRates).WithMessage(ScaleRules.RateMessage);
        RuleFor(o => o.Retention90Days).NotNull().Must(ScaleRules.FitsRates).WithMessage(ScaleRules.RateMessage);
        RuleFor(o => o.SurpriseMoments).NotNull().Must(ScaleRules.FitsCounts).WithMessage(ScaleRules.CountMessage);
        RuleFor(o => o.Window).GreaterThan(Duration.Zero).WithMessage(o => $"must be positive; got {o.Window}");
    }
}

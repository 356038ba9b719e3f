using FluentValidation;

namespace CustomerLifecycle.Scorecards.Funnel;

/// <summary>Validates <see cref="FunnelOptions"/>: a non-negative ticket with a currency, a finite non-negative referral yield.</summary>
public sealed class FunnelOptionsValidator : AbstractValidator<FunnelOptions>
{
    /// <summary>Makes the validator.</summary>
    public FunnelOptionsValidator()
    {
        RuleFor(o => o.AverageTicket).Must(m => m.Amount >= 0m && m.Currency.Length == 3)
            .WithMessage(o => $"must be a non-negative amount with a currency; got {o.AverageTicket}");
        RuleFor(o => o.NewCustomersPerReferrer).Must(v => double.IsFinite(v) && v >= 0d)
            .WithMessage(o => $"must be a finite number ≥ 0; got {o.NewCustomersPerReferrer}");
    }
}

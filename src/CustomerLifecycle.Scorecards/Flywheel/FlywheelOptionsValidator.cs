using FluentValidation;

namespace CustomerLifecycle.Scorecards.Flywheel;

/// <summary>Validates <see cref="FlywheelOptions"/>: at least one step, months strictly ascending after the start, growth
/// rates finite and &gt; −1, a finite non-negative referral rate, a non-negative revenue.</summary>
public sealed class FlywheelOptionsValidator : AbstractValidator<FlywheelOptions>
{
    /// <summary>Makes the validator.</summary>
    public FlywheelOptionsValidator()
    {
        RuleFor(o => o.Steps).NotNull().NotEmpty();
        RuleFor(o => o.Steps).Must((o, steps) => Ascending(o.StartMonth, steps))
            .When(o => o.Steps is { Count: > 0 })
            .WithMessage("must be non-null steps with months strictly ascending after the start month");
        RuleForEach(o => o.Steps).Must(s => s is null || (double.IsFinite(s.GrowthRate) && s.GrowthRate > -1d))
            .WithMessage((_, s) => $"growth rate must be finite and greater than −1; got {s?.GrowthRate}");
        RuleFor(o => o.ReferralRate).Must(r => double.IsFinite(r) && r >= 0d).WithMessage(o => $"must be a finite number ≥ 0; got {o.ReferralRate}");
        RuleFor(o => o.MonthlyRevenuePerCoreCustomer).Must(m => m.Amount >= 0m && m.Currency.Length == 3)
            .WithMessage(o => $"must be a non-negative amount with a currency; got {o.MonthlyRevenuePerCoreCustomer}");
    }

    private static bool Ascending(int start, IReadOnlyList<FlywheelStep> steps)
    {
        var previous = start;
        foreach (var s in steps)
        {
            if (s is null || s.Month <= previous)
            {
                return false;
            }

            previous = s.Month;
        }

        return true;
    }
}

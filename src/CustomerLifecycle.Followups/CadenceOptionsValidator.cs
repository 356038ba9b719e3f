using FluentValidation;
using NodaTime;

namespace CustomerLifecycle.Followups;

/// <summary>Validates <see cref="CadenceOptions"/>: steps present with unique names, limits in their documented ranges.</summary>
public sealed class CadenceOptionsValidator : AbstractValidator<CadenceOptions>
{
    /// <summary>Makes the validator.</summary>
    public CadenceOptionsValidator()
    {
        RuleFor(o => o.Steps).NotNull().WithMessage("must be a list of steps (may be empty)");
        RuleFor(o => o.Steps).Must(s => s.All(x => x is not null)).When(o => o.Steps is not null)
            .WithMessage("must not contain null steps");
        RuleFor(o => o.Steps).Must(s => s.Select(x => x.Name).Distinct(StringComparer.Ordinal).Count() == s.Count)
            .When(o => o.Steps is not null && o.Steps.All(x => x is not null))
            .WithMessage(o => $"must have unique names; repeated: {string.Join(", ", o.Steps.GroupBy(x => x.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))}");
        RuleFor(o => o.MaxNonMandatoryContacts).InclusiveBetween(0, 1000)
            .WithMessage(o => $"must be 0–1000; got {o.MaxNonMandatoryContacts}");
        RuleFor(o => o.CapWindow).Must(d => d >= Duration.FromHours(1) && d <= Duration.FromDays(366))
            .WithMessage(o => $"must be 1 hour–366 days; got {o.CapWindow}");
        RuleFor(o => o.LongRepairThreshold).Must(d => d >= Duration.FromHours(1) && d <= Duration.FromDays(366))
            .WithMessage(o => $"must be 1 hour–366 days; got {o.LongRepairThreshold}");
        RuleFor(o => o.DeferredRepairDelay).Must(BeADelay)
            .WithMessage(o => $"must be a positive period of 1 day–5 years; got {o.DeferredRepairDelay?.ToString() ?? "null"}");
        RuleFor(o => o.MoveEarlierLead).Must(d => d >= Duration.FromMinutes(1) && d <= Duration.FromHours(12))
            .WithMessage(o => $"must be 1 minute–12 hours; got {o.MoveEarlierLead}");
        RuleFor(o => o.MaxWindow).Must(d => d >= Duration.FromMinutes(1) && d <= Duration.FromDays(31))
            .WithMessage(o => $"must be 1 minute–31 days; got {o.MaxWindow}");
    }

    private static bool BeADelay(Period? p)
    {
        if (p is null)
        {
            return false;
        }

        var origin = new LocalDateTime(2000, 1, 1, 0, 0);
        try
        {
            var moved = origin.Plus(p);
            return moved >= origin.PlusDays(1) && moved <= origin.PlusYears(5)
                && p.Years >= 0 && p.Months >= 0 && p.Weeks >= 0 && p.Days >= 0 && p.Hours >= 0 && p.Minutes >= 0 && p.Seconds >= 0;
        }
        catch (OverflowException)
        {
            return false;
        }
    }
}

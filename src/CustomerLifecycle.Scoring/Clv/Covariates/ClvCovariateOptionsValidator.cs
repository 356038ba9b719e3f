using CustomerLifecycle.Scoring.Clv.Models;
using FluentValidation;

namespace CustomerLifecycle.Scoring.Clv.Covariates;

/// <summary>
/// Validates <see cref="ClvCovariateOptions"/>: unique non-empty names; every process list names known covariates, each
/// once; a constrained covariate in no process list; at least one coefficient; finite penalties ≥ 0; valid fit options.
/// </summary>
public sealed class ClvCovariateOptionsValidator : AbstractValidator<ClvCovariateOptions>
{
    /// <summary>Makes the validator.</summary>
    public ClvCovariateOptionsValidator()
    {
        RuleFor(o => o.Names).NotNull().Must(n => n.Count > 0).WithMessage("must name at least one covariate");
        RuleFor(o => o.Names).Must(n => n.All(s => !string.IsNullOrWhiteSpace(s)) && n.Distinct(StringComparer.Ordinal).Count() == n.Count)
            .When(o => o.Names is not null)
            .WithMessage(o => $"must be non-empty and unique; got {string.Join(", ", o.Names)}");
        RuleFor(o => o.Transaction).Must((o, list) => Known(o, list)).WithMessage(o => Unknown(o, o.Transaction));
        RuleFor(o => o.Life).Must((o, list) => Known(o, list)).WithMessage(o => Unknown(o, o.Life));
        RuleFor(o => o.Constrained).NotNull().Must((o, list) => Known(o, list)).WithMessage(o => Unknown(o, o.Constrained));
        RuleFor(o => o.Constrained)
            .Must((o, list) => !list.Any(c => (o.Transaction ?? []).Contains(c, StringComparer.Ordinal) || (o.Life ?? []).Contains(c, StringComparer.Ordinal)))
            .When(o => o.Constrained is not null)
            .WithMessage("a constrained covariate shares one coefficient between the processes, so it must not also be listed under Transaction or Life");
        RuleFor(o => o)
            .Must(o => o.TransactionNames.Count + o.LifeNames.Count + o.Constrained.Count > 0)
            .When(o => o.Names is not null && o.Constrained is not null)
            .WithName("Covariates")
            .WithMessage("no covariate enters either process: list at least one under Transaction, Life or Constrained");
        RuleFor(o => o.TransactionPenalty).Must(l => double.IsFinite(l) && l >= 0d)
            .WithMessage(o => $"must be a finite number ≥ 0; got {o.TransactionPenalty}");
        RuleFor(o => o.LifePenalty).Must(l => double.IsFinite(l) && l >= 0d)
            .WithMessage(o => $"must be a finite number ≥ 0; got {o.LifePenalty}");
        RuleFor(o => o.Fit).NotNull().SetValidator(new ClvFitOptionsValidator());
    }

    private static bool Known(ClvCovariateOptions o, IReadOnlyList<string>? list) =>
        list is null || o.Names is null
        || (list.All(n => o.Names.Contains(n, StringComparer.Ordinal)) && list.Distinct(StringComparer.Ordinal).Count() == list.Count);

    private static string Unknown(ClvCovariateOptions o, IReadOnlyList<string>? list) =>
        $"must name each covariate once, from {string.Join(", ", o.Names ?? [])}; got {string.Join(", ", list ?? [])}";
}

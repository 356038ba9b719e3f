using CustomerLifecycle.Scoring.Clv.Models;
using FluentValidation;

namespace CustomerLifecycle.Scoring.Clv.Diagnostics;

/// <summary>Validates <see cref="ClvDiagnosticsOptions"/>: 1–1000 bins, a known convergence policy, valid fit options.</summary>
public sealed class ClvDiagnosticsOptionsValidator : AbstractValidator<ClvDiagnosticsOptions>
{
    /// <summary>Makes the validator.</summary>
    public ClvDiagnosticsOptionsValidator()
    {
        RuleFor(o => o.Bins).InclusiveBetween(1, 1000)
            .WithMessage(o => $"must be 1 to 1000; got {o.Bins}");
        RuleFor(o => o.Convergence).IsInEnum()
            .WithMessage(o => $"must be RequireConverged or AllowUnconverged; got {o.Convergence}");
        RuleFor(o => o.Fit).NotNull().SetValidator(new ClvFitOptionsValidator());
    }
}

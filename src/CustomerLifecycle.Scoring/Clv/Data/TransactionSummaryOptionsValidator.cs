using FluentValidation;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>The rules <see cref="TransactionSummaryOptions"/> must meet.</summary>
public sealed class TransactionSummaryOptionsValidator : AbstractValidator<TransactionSummaryOptions>
{
    /// <summary>Makes the validator.</summary>
    public TransactionSummaryOptionsValidator()
    {
        RuleFor(o => o.Unit).IsInEnum();
        RuleFor(o => o.PurchaseGrouping).IsInEnum();
        RuleFor(o => o.Zone).NotNull();
        RuleFor(o => o.CalibrationEnd)
            .Must((o, end) => end is null || end.Value < o.ObservationEnd)
            .WithMessage(o => $"CalibrationEnd {o.CalibrationEnd} must be before ObservationEnd {o.ObservationEnd}.");
    }
}

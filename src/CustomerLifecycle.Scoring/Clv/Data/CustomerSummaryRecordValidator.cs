using System.Globalization;
using FluentValidation;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>The rules a raw customer-summary row must meet; each failure carries a stable error code (listed on <see cref="CustomerSummaryImporter"/>).</summary>
public sealed class CustomerSummaryRecordValidator : AbstractValidator<CustomerSummaryRecord>
{
    /// <summary>Makes the validator.</summary>
    public CustomerSummaryRecordValidator()
    {
        RuleFor(r => r.Frequency).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("frequency.missing").WithMessage("frequency is missing")
            .Must(s => TryParseNumber(s, out _))
            .WithErrorCode("frequency.not_a_number").WithMessage(r => $"frequency \"{r.Frequency}\" is not a finite number")
            .Must(s => TryParseNumber(s, out var x) && x >= 0d)
            .WithErrorCode("frequency.negative").WithMessage(r => $"frequency {r.Frequency!.Trim()} is negative")
            .Must(s => TryParseNumber(s, out var x) && Math.Floor(x) == x)
            .WithErrorCode("frequency.not_whole").WithMessage(r => $"frequency {r.Frequency!.Trim()} is not a whole number of repeat purchases");
        RuleFor(r => r.Age).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("age.missing").WithMessage("T (age) is missing")
            .Must(s => TryParseNumber(s, out _))
            .WithErrorCode("age.not_a_number").WithMessage(r => $"T \"{r.Age}\" is not a finite number")
            .Must(s => TryParseNumber(s, out var t) && t > 0d)
            .WithErrorCode("age.not_positive").WithMessage(r => $"T {r.Age!.Trim()} is not > 0");
        RuleFor(r => r.Recency).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("recency.missing").WithMessage("recency is missing")
            .Must(s => TryParseNumber(s, out _))
            .WithErrorCode("recency.not_a_number").WithMessage(r => $"recency \"{r.Recency}\" is not a finite number")
            .Must(s => TryParseNumber(s, out var t) && t >= 0d)
            .WithErrorCode("recency.negative").WithMessage(r => $"recency {r.Recency!.Trim()} is negative")
            .Must((r, s) => !TryParseNumber(r.Age, out var age) || (TryParseNumber(s, out var t) && t <= age))
            .WithErrorCode("recency.after_age").WithMessage(r => $"recency {r.Recency!.Trim()} is greater than T {r.Age!.Trim()}")
            .Must((r, s) => !TryParseNumber(r.Frequency, out var x) || x != 0d || (TryParseNumber(s, out var t) && t == 0d))
            .WithErrorCode("recency.without_repeat").WithMessage(r => $"recency {r.Recency!.Trim()} must be 0 when frequency is 0");
        RuleFor(r => r.CustomerId)
            .Must(id => string.IsNullOrWhiteSpace(id) || Core.CustomerId.TryFrom(id, out _))
            .WithErrorCode("customer_id.invalid").WithMessage($"customer_id is longer than {Core.CustomerId.MaxLength} characters");
        RuleFor(r => r.MonetaryValue).Cascade(CascadeMode.Stop)
            .Must(v => string.IsNullOrWhiteSpace(v) || TryParseMoney(v, out _))
            .WithErrorCode("monetary_value.not_a_number").WithMessage(r => $"monetary_value \"{r.MonetaryValue}\" is not a finite number")
            .Must(v => string.IsNullOrWhiteSpace(v) || (TryParseMoney(v, out var m) && m >= 0m))
            .WithErrorCode("monetary_value.negative").WithMessage(r => $"monetary_value {r.MonetaryValue!.Trim()} is negative");
        RuleFor(r => r.Weight)
            .Must(w => string.IsNullOrWhiteSpace(w) || (TryParseNumber(w, out var d) && d > 0d))
            .WithErrorCode("weight.invalid").WithMessage(r => $"weight \"{r.Weight}\" is not a finite number > 0");
    }

    /// <summary>Reads a finite number in the invariant culture; NaN, ∞ and text are not numbers.</summary>
    internal static bool TryParseNumber(string? text, out double value)
    {
        value = 0d;
        return !string.IsNullOrWhiteSpace(text)
            && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>Reads an amount of money as a decimal (exact), in the invariant culture, also in exponent form.</summary>
    internal static bool TryParseMoney(string? text, out decimal value)
    {
        value = 0m;
        return !string.IsNullOrWhiteSpace(text)
            && decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}

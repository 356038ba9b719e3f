using FluentValidation;

namespace CustomerLifecycle.Data.Text;

/// <summary>The rules <see cref="TextTableOptions"/> must meet (codes <c>delimiter.invalid</c>, <c>numbers.missing</c>, <c>zone.missing</c>).</summary>
public sealed class TextTableOptionsValidator : AbstractValidator<TextTableOptions>
{
    /// <summary>Makes the validator.</summary>
    public TextTableOptionsValidator()
    {
        RuleFor(o => o.Delimiter).IsInEnum().WithErrorCode("delimiter.invalid").WithMessage(o => $"delimiter {o.Delimiter} is not one of auto, comma, semicolon, tab, pipe, whitespace");
        RuleFor(o => o.Numbers).NotNull().WithErrorCode("numbers.missing").WithMessage("a number convention is required (NumberConvention.Unspecified for none)");
        RuleFor(o => o.Zone).NotNull().WithErrorCode("zone.missing").WithMessage("a zone is required (UTC for none)");
    }

    /// <summary>The one validator instance readers share (it holds no state).</summary>
    internal static TextTableOptionsValidator Instance { get; } = new();
}

using FluentValidation;
using Microsoft.Extensions.Options;

namespace CustomerLifecycle.DependencyInjection;

/// <summary>Adapts a FluentValidation validator to the options pattern, so invalid options fail at start (ValidateOnStart).</summary>
/// <typeparam name="TOptions">The options type.</typeparam>
/// <typeparam name="TValidator">Its validator; the same one the constructors use.</typeparam>
/// <remarks>Linked as source into each package (src/Shared); internal everywhere.</remarks>
internal sealed class FluentOptionsValidator<TOptions, TValidator> : IValidateOptions<TOptions>
    where TOptions : class
    where TValidator : IValidator<TOptions>, new()
{
    private readonly TValidator _validator = new();

    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = _validator.Validate(options);
        return result.IsValid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(result.Errors.Select(e => $"{typeof(TOptions).Name}.{e.PropertyName}: {e.ErrorMessage}"));
    }
}

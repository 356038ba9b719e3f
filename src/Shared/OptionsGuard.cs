using FluentValidation;

namespace CustomerLifecycle;

/// <summary>Validates options passed to a constructor with their FluentValidation validator; throws one <see cref="ArgumentException"/> listing every failure.</summary>
/// <remarks>Linked as source into each package (src/Shared); internal everywhere.</remarks>
internal static class OptionsGuard
{
    public static T Valid<T, TValidator>(T options, string paramName)
        where T : class
        where TValidator : IValidator<T>, new()
    {
        ArgumentNullException.ThrowIfNull(options, paramName);
        var result = new TValidator().Validate(options);
        if (!result.IsValid)
        {
            throw new ArgumentException(
                $"Invalid {typeof(T).Name}: {string.Join("; ", result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}"))}",
                paramName);
        }

        return options;
    }
}

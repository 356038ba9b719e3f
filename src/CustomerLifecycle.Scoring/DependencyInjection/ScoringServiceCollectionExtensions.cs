using CustomerLifecycle.Scoring.Nps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CustomerLifecycle.DependencyInjection;

/// <summary>Registers the Scoring package's services.</summary>
public static class ScoringServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="NpsCalculator"/> as a singleton configured by <see cref="NpsOptions"/>; the options are validated
    /// when the host starts (ValidateOnStart), so bad configuration fails at boot. Calling it twice is harmless, and a
    /// calculator registered by the caller beforehand wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default options, or null.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCustomerLifecycleScoring(this IServiceCollection services, Action<NpsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<NpsOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NpsOptions>, FluentOptionsValidator<NpsOptions, NpsOptionsValidator>>());
        services.TryAddSingleton(sp => new NpsCalculator(sp.GetRequiredService<IOptions<NpsOptions>>().Value));
        return services;
    }
}

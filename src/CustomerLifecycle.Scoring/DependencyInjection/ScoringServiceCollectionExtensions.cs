using CustomerLifecycle.Scoring.Nps;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerLifecycle.DependencyInjection;

/// <summary>Registers the Scoring package's services.</summary>
public static class ScoringServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="NpsCalculator"/> as a singleton configured by <see cref="NpsOptions"/>; the options are validated
    /// when the host starts (ValidateOnStart), so bad configuration fails at boot. Options come from
    /// <paramref name="configure"/> and from the host's own <c>services.Configure&lt;NpsOptions&gt;(…)</c> calls, which may bind a
    /// configuration section. Calling it twice is harmless, and a calculator registered by the caller beforehand wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default options, or null.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCustomerLifecycleScoring(this IServiceCollection services, Action<NpsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ServiceRegistration.AddValidated<NpsOptions, NpsOptionsValidator, NpsCalculator>(services, configure, o => new NpsCalculator(o));
        return services;
    }
}

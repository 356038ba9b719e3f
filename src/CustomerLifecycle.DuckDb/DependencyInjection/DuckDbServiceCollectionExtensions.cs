using CustomerLifecycle.DuckDb;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerLifecycle.DependencyInjection;

/// <summary>Registers the DuckDB engine of the CustomerLifecycle.DuckDb package.</summary>
public static class DuckDbServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DuckDbEngineOptions"/> (validated when the host starts, so a bad memory limit fails at boot)
    /// and the <see cref="DuckDbTransactionSummarizer"/> singleton built from them. Calling it twice is harmless, and a
    /// service registered by the caller beforehand wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default engine options, or null.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCustomerLifecycleDuckDb(this IServiceCollection services, Action<DuckDbEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ServiceRegistration.AddValidated<DuckDbEngineOptions, DuckDbEngineOptionsValidator, DuckDbTransactionSummarizer>(
            services, configure, o => new DuckDbTransactionSummarizer(o));
        return services;
    }

}

using CustomerLifecycle.Parquet;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerLifecycle.DependencyInjection;

/// <summary>Registers the Parquet readers of the CustomerLifecycle.Parquet package.</summary>
public static class ParquetServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ParquetReadOptions"/> (validated when the host starts) and the
    /// <see cref="ParquetTransactionLogReader"/> and <see cref="ParquetCustomerSummaryReader"/> singletons built from them.
    /// Calling it twice is harmless, and a service registered by the caller beforehand wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default read options (zone, number convention, strictness), or null.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCustomerLifecycleParquet(this IServiceCollection services, Action<ParquetReadOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ServiceRegistration.AddValidated<ParquetReadOptions, ParquetReadOptionsValidator, ParquetTransactionLogReader>(
            services, configure, o => new ParquetTransactionLogReader(o));
        ServiceRegistration.AddValidated<ParquetReadOptions, ParquetReadOptionsValidator, ParquetCustomerSummaryReader>(
            services, configure: null, o => new ParquetCustomerSummaryReader(o));
        return services;
    }
}

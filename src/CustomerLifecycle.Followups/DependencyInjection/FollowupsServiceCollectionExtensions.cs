using CustomerLifecycle.Followups;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CustomerLifecycle.DependencyInjection;

/// <summary>Registers the Followups package's services.</summary>
public static class FollowupsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="FollowupPlanner"/> as a singleton configured by <see cref="CadenceOptions"/>; the options are
    /// validated when the host starts (ValidateOnStart), so a bad cadence fails at boot. Calling it twice is harmless, and a
    /// planner registered by the caller beforehand wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default cadence, or null.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCustomerLifecycleFollowups(this IServiceCollection services, Action<CadenceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<CadenceOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CadenceOptions>, FluentOptionsValidator<CadenceOptions, CadenceOptionsValidator>>());
        services.TryAddSingleton(sp => new FollowupPlanner(sp.GetRequiredService<IOptions<CadenceOptions>>().Value));
        return services;
    }
}

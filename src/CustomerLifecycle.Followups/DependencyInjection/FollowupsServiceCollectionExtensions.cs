using CustomerLifecycle.Followups;
using CustomerLifecycle.Followups.Compliance;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerLifecycle.DependencyInjection;

/// <summary>Registers the Followups package's services.</summary>
public static class FollowupsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="FollowupPlanner"/> (configured by <see cref="CadenceOptions"/>) and
    /// <see cref="SlaComplianceEvaluator"/> (configured by <see cref="SlaComplianceOptions"/>) as singletons. Every options type
    /// is validated by its validator when the host starts (ValidateOnStart), so a bad cadence or SLA target fails at boot.
    /// Options come from <paramref name="configure"/> and from the host's own <c>services.Configure&lt;T&gt;(…)</c> calls, which
    /// may bind a configuration section (<c>services.Configure&lt;SlaComplianceOptions&gt;(configuration.GetSection("Sla"))</c>).
    /// Calling it twice is harmless, and a service registered by the caller beforehand wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default cadence, or null.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCustomerLifecycleFollowups(this IServiceCollection services, Action<CadenceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ServiceRegistration.AddValidated<CadenceOptions, CadenceOptionsValidator, FollowupPlanner>(services, configure, o => new FollowupPlanner(o));
        ServiceRegistration.AddValidated<SlaComplianceOptions, SlaComplianceOptionsValidator, SlaComplianceEvaluator>(services, null, o => new SlaComplianceEvaluator(o));
        return services;
    }
}

using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Scoring.Clv.Diagnostics;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CustomerLifecycle.DependencyInjection;

/// <summary>Registers the customer-lifetime-value services of the Scoring package.</summary>
public static class ClvServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ClvFitOptions"/> (validated when the host starts, so a bad tolerance fails at boot), the
    /// <see cref="ContinuousModelFitter"/> (BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma) and <see cref="DiscreteModelFitter"/>
    /// (BG/BB, sBG) singletons built from them, the <see cref="ClvCovariateFitter"/> (Pareto/NBD, BG/NBD, BG/BB and sBG with covariates), the
    /// <see cref="ClvPredictor"/>, the <see cref="ClvIntervalPredictor"/>, the <see cref="ClvDiscreteIntervalPredictor"/> and the <see cref="ClvModelComparer"/> (holdout
    /// diagnostics and model choice) with those fit options. Calling it twice is harmless, and a
    /// service registered by the caller beforehand wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default fit options, or null.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCustomerLifecycleClv(this IServiceCollection services, Action<ClvFitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<ClvFitOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClvFitOptions>, FluentOptionsValidator<ClvFitOptions, ClvFitOptionsValidator>>());
        services.TryAddSingleton(sp => new DiscreteModelFitter(sp.GetRequiredService<IOptions<ClvFitOptions>>().Value));
        services.TryAddSingleton(sp => new ContinuousModelFitter(sp.GetRequiredService<IOptions<ClvFitOptions>>().Value));
        services.TryAddSingleton<ClvCovariateFitter>();
        services.TryAddSingleton<ClvPredictor>();
        services.TryAddSingleton<ClvIntervalPredictor>();
        services.TryAddSingleton<ClvDiscreteIntervalPredictor>();
        services.TryAddSingleton(sp => new ClvModelComparer(new ClvDiagnosticsOptions { Fit = sp.GetRequiredService<IOptions<ClvFitOptions>>().Value }));
        return services;
    }
}

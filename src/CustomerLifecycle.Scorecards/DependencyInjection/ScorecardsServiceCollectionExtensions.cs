using CustomerLifecycle.Scorecards.Activation;
using CustomerLifecycle.Scorecards.Experience;
using CustomerLifecycle.Scorecards.Flywheel;
using CustomerLifecycle.Scorecards.Funnel;
using CustomerLifecycle.Scorecards.Lifecycle;
using CustomerLifecycle.Scorecards.Quality;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CustomerLifecycle.DependencyInjection;

/// <summary>Registers the Scorecards package's services.</summary>
public static class ScorecardsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ActivationDashboard"/>, <see cref="LifecycleHealthAssessor"/>, <see cref="FunnelAnalyzer"/>,
    /// <see cref="FlywheelProjector"/>, <see cref="QualitySignalDetector"/> and <see cref="PeakEndScorer"/> as singletons, each
    /// configured by its options (<c>services.Configure&lt;LifecycleHealthOptions&gt;(…)</c> overrides the practice's bands). Options
    /// are validated when the host starts (ValidateOnStart). Calling it twice is harmless; the caller's own registrations win.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCustomerLifecycleScorecards(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Add<ActivationDashboardOptions, ActivationDashboardOptionsValidator, ActivationDashboard>(services, o => new ActivationDashboard(o));
        Add<LifecycleHealthOptions, LifecycleHealthOptionsValidator, LifecycleHealthAssessor>(services, o => new LifecycleHealthAssessor(o));
        Add<FunnelOptions, FunnelOptionsValidator, FunnelAnalyzer>(services, o => new FunnelAnalyzer(o));
        Add<FlywheelOptions, FlywheelOptionsValidator, FlywheelProjector>(services, o => new FlywheelProjector(o));
        Add<QualitySignalOptions, QualitySignalOptionsValidator, QualitySignalDetector>(services, o => new QualitySignalDetector(o));
        Add<PeakEndOptions, PeakEndOptionsValidator, PeakEndScorer>(services, o => new PeakEndScorer(o));
        return services;
    }

    private static void Add<TOptions, TValidator, TService>(IServiceCollection services, Func<TOptions, TService> create)
        where TOptions : class
        where TValidator : IValidator<TOptions>, new()
        where TService : class
    {
        services.AddOptions<TOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, FluentOptionsValidator<TOptions, TValidator>>());
        services.TryAddSingleton(sp => create(sp.GetRequiredService<IOptions<TOptions>>().Value));
    }
}

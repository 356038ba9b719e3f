using CustomerLifecycle.Scorecards.Activation;
using CustomerLifecycle.Scorecards.Experience;
using CustomerLifecycle.Scorecards.Flywheel;
using CustomerLifecycle.Scorecards.Funnel;
using CustomerLifecycle.Scorecards.Lifecycle;
using CustomerLifecycle.Scorecards.Quality;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerLifecycle.DependencyInjection;

/// <summary>Registers the Scorecards package's services.</summary>
public static class ScorecardsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ActivationDashboard"/>, <see cref="LifecycleHealthAssessor"/>, <see cref="FunnelAnalyzer"/>,
    /// <see cref="FlywheelProjector"/>, <see cref="QualitySignalDetector"/> and <see cref="PeakEndScorer"/> as singletons, each
    /// configured by its options through the host's own <c>services.Configure&lt;T&gt;(…)</c> calls, which may bind a configuration
    /// section (<c>services.Configure&lt;FunnelOptions&gt;(configuration.GetSection("Funnel"))</c>). Every options type is validated
    /// by its validator when the host starts (ValidateOnStart). Calling it twice is harmless; the caller's own registrations win.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same collection, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCustomerLifecycleScorecards(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        ServiceRegistration.AddValidated<ActivationDashboardOptions, ActivationDashboardOptionsValidator, ActivationDashboard>(services, null, o => new ActivationDashboard(o));
        ServiceRegistration.AddValidated<LifecycleHealthOptions, LifecycleHealthOptionsValidator, LifecycleHealthAssessor>(services, null, o => new LifecycleHealthAssessor(o));
        ServiceRegistration.AddValidated<FunnelOptions, FunnelOptionsValidator, FunnelAnalyzer>(services, null, o => new FunnelAnalyzer(o));
        ServiceRegistration.AddValidated<FlywheelOptions, FlywheelOptionsValidator, FlywheelProjector>(services, null, o => new FlywheelProjector(o));
        ServiceRegistration.AddValidated<QualitySignalOptions, QualitySignalOptionsValidator, QualitySignalDetector>(services, null, o => new QualitySignalDetector(o));
        ServiceRegistration.AddValidated<PeakEndOptions, PeakEndOptionsValidator, PeakEndScorer>(services, null, o => new PeakEndScorer(o));
        return services;
    }
}

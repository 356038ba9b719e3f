using CustomerLifecycle.DependencyInjection;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomerLifecycle.Scoring.Tests.Clv.Discrete;

public class ClvRegistrationTests
{
    [DatasetFact("donations.csv")]
    public void Registered_fitter_uses_the_configured_options()
    {
        using var provider = new ServiceCollection()
            .AddCustomerLifecycleClv(o => o.MaxIterations = 2)
            .BuildServiceProvider();
        var fit = provider.GetRequiredService<DiscreteModelFitter>().FitBgBb(DiscreteTestData.Donations());
        Assert.False(fit.Converged); // two iterations cannot reach the optimum: the configured options were used
        Assert.Equal(2, provider.GetRequiredService<IOptions<ClvFitOptions>>().Value.MaxIterations);
    }

    [Fact]
    public void Default_registration_fits_the_published_cohort()
    {
        using var provider = new ServiceCollection().AddCustomerLifecycleClv().BuildServiceProvider();
        var fit = provider.GetRequiredService<DiscreteModelFitter>().FitSbg([new CohortSurvivors(DiscreteTestData.Regular)]);
        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(0.704, fit["alpha"], 5e-4);
    }

    [Fact]
    public void Invalid_options_fail_validation_with_the_property_name()
    {
        using var provider = new ServiceCollection()
            .AddCustomerLifecycleClv(o => o.Tolerance = double.NaN)
            .BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ClvFitOptions>>().Value);
        Assert.Contains("Tolerance", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("options", () => new DiscreteModelFitter(new ClvFitOptions { Starts = 0 }));
    }

    [Fact]
    public void Registering_twice_is_harmless_and_an_earlier_fitter_wins()
    {
        var mine = new DiscreteModelFitter(new ClvFitOptions { MaxIterations = 7 });
        var services = new ServiceCollection().AddSingleton(mine).AddCustomerLifecycleClv().AddCustomerLifecycleClv();
        Assert.Single(services, d => d.ServiceType == typeof(DiscreteModelFitter));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<ClvFitOptions>));
        using var provider = services.BuildServiceProvider();
        Assert.Same(mine, provider.GetRequiredService<DiscreteModelFitter>());
        Assert.Throws<ArgumentNullException>("services", () => ClvServiceCollectionExtensions.AddCustomerLifecycleClv(null!));
    }
}

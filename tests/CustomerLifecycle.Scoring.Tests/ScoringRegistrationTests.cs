using CustomerLifecycle.DependencyInjection;
using CustomerLifecycle.Scoring.Nps;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomerLifecycle.Scoring.Tests;

public class ScoringRegistrationTests
{
    [Fact]
    public void Registered_calculator_uses_the_configured_options()
    {
        using var provider = new ServiceCollection()
            .AddCustomerLifecycleScoring(o => o.ConfidenceLevel = 0.9)
            .BuildServiceProvider();
        Assert.Equal(0.9, provider.GetRequiredService<NpsCalculator>().Options.ConfidenceLevel);
    }

    [Fact]
    public void Invalid_options_fail_validation_with_the_property_name()
    {
        using var provider = new ServiceCollection()
            .AddCustomerLifecycleScoring(o => o.ConfidenceLevel = 1.5)
            .BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<NpsOptions>>().Value);
        Assert.Contains("ConfidenceLevel", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_twice_is_harmless()
    {
        var services = new ServiceCollection().AddCustomerLifecycleScoring().AddCustomerLifecycleScoring();
        Assert.Single(services, d => d.ServiceType == typeof(NpsCalculator));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<NpsOptions>));
    }
}

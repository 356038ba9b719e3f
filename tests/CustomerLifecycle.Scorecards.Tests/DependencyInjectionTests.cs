using CustomerLifecycle.DependencyInjection;
using CustomerLifecycle.Scorecards.Funnel;
using CustomerLifecycle.Scorecards.Lifecycle;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CustomerLifecycle.Scorecards.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public void Services_are_registered_with_configured_options()
    {
        var services = new ServiceCollection().AddCustomerLifecycleScorecards().AddCustomerLifecycleScorecards();
        services.Configure<LifecycleHealthOptions>(o => o.FlywheelMinimumExcellent = 4);
        using var provider = services.BuildServiceProvider();
        Assert.Equal(LifecycleDiagnosis.Flywheel, provider.GetRequiredService<LifecycleHealthAssessor>().Diagnose(4));
        Assert.Equal(66, provider.GetRequiredService<FunnelAnalyzer>().Project(10_000, FunnelRates.ServiceCentreExample).CoreCustomers);
    }

    [Fact]
    public void Invalid_options_fail_validation()
    {
        var services = new ServiceCollection().AddCustomerLifecycleScorecards();
        services.Configure<FunnelOptions>(o => o.NewCustomersPerReferrer = -1);
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<FunnelOptions>>().Value);
        Assert.Contains("NewCustomersPerReferrer", ex.Message, StringComparison.Ordinal);
    }
}

using CustomerLifecycle.DependencyInjection;
using CustomerLifecycle.Followups.Compliance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CustomerLifecycle.Followups.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public void The_planner_is_registered_with_the_configured_cadence()
    {
        using var sp = new ServiceCollection()
            .AddCustomerLifecycleFollowups(o => o.Steps = [.. Cadences.PostService()])
            .AddCustomerLifecycleFollowups()
            .BuildServiceProvider();
        Assert.Equal(Cadences.PostService().Count, sp.GetRequiredService<FollowupPlanner>().Steps.Count);
    }

    [Fact]
    public void Invalid_options_fail_when_resolved()
    {
        using var sp = new ServiceCollection().AddCustomerLifecycleFollowups(o => o.MaxNonMandatoryContacts = -5).BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<FollowupPlanner>());
        Assert.Contains("CadenceOptions.MaxNonMandatoryContacts", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_compliance_evaluator_is_registered_with_the_configured_sla_options()
    {
        var services = new ServiceCollection().AddCustomerLifecycleFollowups().AddCustomerLifecycleFollowups();
        services.Configure<SlaComplianceOptions>(o => o.GracePeriod = Duration.FromMinutes(15));
        using var sp = services.BuildServiceProvider();
        Assert.Equal(Duration.FromMinutes(15), sp.GetRequiredService<SlaComplianceEvaluator>().Options.GracePeriod);
        Assert.Single(services, d => d.ServiceType == typeof(SlaComplianceEvaluator));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<SlaComplianceOptions>));
    }

    [Fact]
    public void Invalid_sla_options_fail_when_the_evaluator_is_resolved()
    {
        var services = new ServiceCollection().AddCustomerLifecycleFollowups();
        services.Configure<SlaComplianceOptions>(o => o.GracePeriod = Duration.FromHours(-1));
        using var sp = services.BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<SlaComplianceEvaluator>());
        Assert.Contains("SlaComplianceOptions.GracePeriod", e.Message, StringComparison.Ordinal);
    }
}

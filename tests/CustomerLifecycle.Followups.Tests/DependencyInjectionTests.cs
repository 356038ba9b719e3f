using CustomerLifecycle.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
}

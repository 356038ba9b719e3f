using System.Reflection;
using CustomerLifecycle.DependencyInjection;
using CustomerLifecycle.Followups;
using CustomerLifecycle.Followups.Compliance;
using CustomerLifecycle.Scorecards.Activation;
using CustomerLifecycle.Scorecards.Experience;
using CustomerLifecycle.Scorecards.Flywheel;
using CustomerLifecycle.Scorecards.Funnel;
using CustomerLifecycle.Scorecards.Lifecycle;
using CustomerLifecycle.Scorecards.Quality;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Nps;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CustomerLifecycle.Scorecards.Tests.Hosting;

/// <summary>
/// The library as a host sees it: every service registered by the <c>AddCustomerLifecycle…</c> extensions, its options bound
/// from <c>appsettings.json</c> with the host's <c>Configure&lt;T&gt;(section)</c> and validated when the host starts.
/// </summary>
public sealed class GenericHostTests
{
    public static TheoryData<string> DomainServices() => [.. HostedServiceCases.Domain.Keys];

    public static TheoryData<string> ClvServices() => [.. HostedServiceCases.Clv.Keys];

    [Theory]
    [MemberData(nameof(DomainServices))]
    public async Task A_domain_service_resolves_from_the_host_with_options_from_appsettings_and_runs(string service) =>
        await RunAsync(HostedServiceCases.Domain[service]);

    [Theory]
    [MemberData(nameof(ClvServices))]
    public async Task A_clv_service_resolves_from_the_host_with_options_from_appsettings_and_runs(string service) =>
        await RunAsync(HostedServiceCases.Clv[service]);

    [Fact]
    public void Every_options_configured_library_type_has_a_host_case()
    {
        var covered = HostedServiceCases.Domain.Keys.Concat(HostedServiceCases.Clv.Keys).ToHashSet(StringComparer.Ordinal);
        var awaiting = HostedServiceCases.ClvAwaitingRegistration.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var configured = new[] { typeof(NpsCalculator), typeof(FollowupPlanner), typeof(ActivationDashboard) }
            .Select(t => t.Assembly)
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetConstructors().Any(TakesOnlyOptions))
            .Select(t => t.Name)
            .ToList();
        Assert.NotEmpty(configured);
        Assert.All(configured, name => Assert.True(covered.Contains(name) || awaiting.Contains(name), $"{name} has no case in HostedServiceCases."));
    }

    [Fact]
    public async Task Clv_types_awaiting_registration_are_not_registered_yet()
    {
        using var host = Build();
        await host.StartAsync();
        Assert.All(HostedServiceCases.ClvAwaitingRegistration, t => Assert.Null(host.Services.GetService(t)));
        await host.StopAsync();
    }

    [Fact]
    public async Task A_bad_value_in_the_json_fails_at_start_with_the_validators_message()
    {
        using var host = Build(c => c.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "Hosting", "appsettings.invalid.json"), optional: false));
        var expected = new FunnelOptionsValidator().Validate(new FunnelOptions { NewCustomersPerReferrer = -1 }).Errors.Single().ErrorMessage;
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains($"FunnelOptions.NewCustomersPerReferrer: {expected}", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nps:ConfidenceLevel", "1.5", "NpsOptions.ConfidenceLevel")]
    [InlineData("Cadence:MaxNonMandatoryContacts", "-1", "CadenceOptions.MaxNonMandatoryContacts")]
    [InlineData("SlaCompliance:GracePeriod", "-0:01:00:00", "SlaComplianceOptions.GracePeriod")]
    [InlineData("ActivationDashboard:Window", "0:00:00:00", "ActivationDashboardOptions.Window")]
    [InlineData("LifecycleHealth:WeakMinimumExcellent", "9", "LifecycleHealthOptions")]
    [InlineData("Funnel:NewCustomersPerReferrer", "NaN", "FunnelOptions.NewCustomersPerReferrer")]
    [InlineData("Flywheel:ReferralRate", "-0.5", "FlywheelOptions.ReferralRate")]
    [InlineData("QualitySignal:MinimumSupport", "0", "QualitySignalOptions.MinimumSupport")]
    [InlineData("PeakEnd:PeakWeight", "2", "PeakEndOptions.PeakWeight")]
    [InlineData("ClvFit:MaxIterations", "0", "ClvFitOptions.MaxIterations")]
    public async Task A_bad_value_for_any_options_type_fails_at_start(string key, string value, string named)
    {
        using var host = Build(c => c.AddInMemoryCollection([new($"CustomerLifecycle:{key}", value)]));
        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    private static async Task RunAsync(Action<IServiceProvider> run)
    {
        using var host = Build();
        await host.StartAsync();
        run(host.Services);
        await host.StopAsync();
    }

    private static bool TakesOnlyOptions(ConstructorInfo c) =>
        c.GetParameters() is [var p] && p.ParameterType.Name.EndsWith("Options", StringComparison.Ordinal);

    /// <summary>The host an application would build: json configuration, the library's extensions, one section per options type.</summary>
    private static IHost Build(Action<IConfigurationBuilder>? overlay = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "Hosting", "appsettings.json"), optional: false);
        overlay?.Invoke(builder.Configuration);
        var section = builder.Configuration.GetSection("CustomerLifecycle");
        builder.Services
            .AddCustomerLifecycleScoring()
            .AddCustomerLifecycleClv()
            .AddCustomerLifecycleFollowups()
            .AddCustomerLifecycleScorecards()
            .Configure<NpsOptions>(section.GetSection("Nps"))
            .Configure<ClvFitOptions>(section.GetSection("ClvFit"))
            .Configure<CadenceOptions>(section.GetSection("Cadence"))
            .Configure<SlaComplianceOptions>(section.GetSection("SlaCompliance"))
            .Configure<ActivationDashboardOptions>(section.GetSection("ActivationDashboard"))
            .Configure<LifecycleHealthOptions>(section.GetSection("LifecycleHealth"))
            .Configure<FunnelOptions>(section.GetSection("Funnel"))
            .Configure<FlywheelOptions>(section.GetSection("Flywheel"))
            .Configure<QualitySignalOptions>(section.GetSection("QualitySignal"))
            .Configure<PeakEndOptions>(section.GetSection("PeakEnd"));
        return builder.Build();
    }
}

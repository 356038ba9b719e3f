using System.Diagnostics.CodeAnalysis;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CustomerLifecycle.DependencyInjection;

/// <summary>
/// The one registration every <c>AddCustomerLifecycle…</c> extension makes per service: its options (validated by their
/// FluentValidation validator when the host starts), the service as a singleton built from the options in force, and no
/// duplicate when called twice; a service the caller registered beforehand wins.
/// </summary>
/// <remarks>Linked as source into each package (src/Shared); internal everywhere.</remarks>
internal static class ServiceRegistration
{
    public static void AddValidated<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TOptions, TValidator, TService>(IServiceCollection services, Action<TOptions>? configure, Func<TOptions, TService> create)
        where TOptions : class
        where TValidator : IValidator<TOptions>, new()
        where TService : class
    {
        var options = services.AddOptions<TOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, FluentOptionsValidator<TOptions, TValidator>>());
        services.TryAddSingleton(sp => create(sp.GetRequiredService<IOptions<TOptions>>().Value));
    }
}

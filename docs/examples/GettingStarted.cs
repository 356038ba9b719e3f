using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.DependencyInjection;
using CustomerLifecycle.Scoring.Nps;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerLifecycle.Docs.Examples;

/// <summary>The code of docs/getting-started.md; compiled and run by tests/CustomerLifecycle.Docs.Tests.</summary>
public static class GettingStarted
{
    /// <summary>NPS with its interval, and a comparison of two fortnights.</summary>
    public static (NpsEstimate Estimate, NpsComparison Comparison) Run()
    {
        // <example:nps>
        var responses = new[] { 10, 9, 9, 8, 7, 10, 3, 9, 6, 10 }
            .Select(s => new SurveyResponse(LikelihoodScore.From(s)));
        var tally = NpsTally.Of(responses);          // mergeable counts
        var calculator = new NpsCalculator();        // 95 %, adjusted Wald
        var estimate = calculator.Estimate(tally);
        Console.WriteLine($"NPS {estimate.Nps:0.0}, 95 % interval [{estimate.Interval?.Low:0.0}, {estimate.Interval?.High:0.0}]");

        var control = NpsTally.FromCounts(promoters: 152, passives: 32, detractors: 16);
        var treatment = NpsTally.FromCounts(promoters: 160, passives: 30, detractors: 10);
        var comparison = calculator.Compare(control, treatment);
        Console.WriteLine($"+{comparison.Difference:0.0} points, p = {comparison.PValue:0.000}");
        // </example:nps>
        return (estimate, comparison);
    }

    /// <summary>Registering the calculator in a container.</summary>
    public static NpsCalculator Register()
    {
        // <example:di>
        var services = new ServiceCollection();
        services.AddCustomerLifecycleScoring(options => options.ConfidenceLevel = 0.90);
        using var provider = services.BuildServiceProvider();
        var calculator = provider.GetRequiredService<NpsCalculator>(); // options validated at start
        // </example:di>
        return calculator;
    }
}

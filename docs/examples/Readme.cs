using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Docs.Examples;

/// <summary>The ten lines of the repository README; compiled and run by tests/CustomerLifecycle.Docs.Tests.</summary>
public static class Readme
{
    /// <summary>Runs the README sample.</summary>
    public static (NpsEstimate Estimate, NpsComparison Comparison) Run()
    {
        // <example:readme>
        var responses = new[] { 10, 9, 9, 8, 7, 10, 3, 9, 6, 10 }.Select(s => new SurveyResponse(LikelihoodScore.From(s)));
        var calculator = new NpsCalculator();                                 // 95 %, adjusted Wald (Rocks 2016)
        var estimate = calculator.Estimate(NpsTally.Of(responses));
        Console.WriteLine($"NPS {estimate.Nps:0.0} [{estimate.Interval?.Low:0.0}, {estimate.Interval?.High:0.0}]"); // NPS 40.0 [-12.6, 74.1]
        var ab = calculator.Compare(NpsTally.FromCounts(152, 32, 16), NpsTally.FromCounts(160, 30, 10));
        Console.WriteLine($"+{ab.Difference:0.0} points, p = {ab.PValue:0.000}");                                   // +7.0 points, p = 0.235
        // </example:readme>
        return (estimate, ab);
    }
}

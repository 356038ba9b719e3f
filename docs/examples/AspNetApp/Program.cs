using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.DependencyInjection;
using CustomerLifecycle.Scoring.Nps;

// <example:setup>
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddCustomerLifecycleScoring(options => options.ConfidenceLevel = 0.95); // validated when the host starts
var app = builder.Build();
// </example:setup>

// <example:endpoints>
// POST /nps with [10, 9, 3, …]: the NPS of the answers with its 95 % interval (adjusted Wald).
app.MapPost("/nps", (int[] scores, NpsCalculator calculator) =>
{
    if (scores.Length == 0 || scores.Any(s => s is < 0 or > 10))
    {
        return Results.ValidationProblem(new Dictionary<string, string[]> { ["scores"] = ["Give at least one score, each from 0 to 10."] });
    }

    var estimate = calculator.Estimate(NpsTally.Of(scores.Select(s => new SurveyResponse(LikelihoodScore.From(s)))));
    return Results.Ok(new NpsResult(estimate.Tally.Total, estimate.Nps, estimate.Interval?.Low, estimate.Interval?.High));
});

// POST /nps/compare with {"before": {…counts}, "after": {…counts}}: is the change real?
app.MapPost("/nps/compare", (CompareRequest request, NpsCalculator calculator) =>
{
    var comparison = calculator.Compare(request.Before.ToTally(), request.After.ToTally());
    return Results.Ok(new CompareResult(comparison.Difference, comparison.Interval?.Low, comparison.Interval?.High, comparison.PValue, comparison.IsSignificant));
});
// </example:endpoints>

app.Run();

/// <summary>The NPS of the posted answers.</summary>
public sealed record NpsResult(long Responses, double? Nps, double? Low, double? High);

/// <summary>Counts of promoters, passives and detractors.</summary>
public sealed record Counts(long Promoters, long Passives, long Detractors)
{
    /// <summary>The tally of the counts.</summary>
    public NpsTally ToTally() => NpsTally.FromCounts(Promoters, Passives, Detractors);
}

/// <summary>Two samples to compare.</summary>
public sealed record CompareRequest(Counts Before, Counts After);

/// <summary>The change from before to after, its interval, p-value and verdict.</summary>
public sealed record CompareResult(double? Difference, double? Low, double? High, double? PValue, bool Significant);

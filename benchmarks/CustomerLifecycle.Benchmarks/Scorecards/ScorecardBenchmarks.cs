using System.Globalization;
using BenchmarkDotNet.Attributes;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scorecards;
using CustomerLifecycle.Scorecards.Activation;
using CustomerLifecycle.Scorecards.Experience;
using CustomerLifecycle.Scorecards.Funnel;
using NodaTime;

namespace CustomerLifecycle.Benchmarks.Scorecards;

/// <summary>The activation dashboard and the AARRR funnel computed from the raw events of many customers (fixed seed):
/// each customer has a first visit, a first-visit survey response, 0–3 surprise moments and, for about 70 %, a return visit.</summary>
[MemoryDiagnoser]
public class ScorecardBenchmarks
{
    private static readonly Instant Start = Instant.FromUtc(2025, 1, 1, 0, 0);
    private readonly ActivationDashboard _dashboard = new();
    private readonly FunnelAnalyzer _funnel = new();
    private ServiceVisit[] _visits = [];
    private SurveyResponse[] _responses = [];
    private ExperienceMoment[] _moments = [];
    private CustomerId[] _buyers = [];
    private CustomerId[] _referrers = [];
    private double[] _values = [];

    [Params(1_000_000)]
    public int Customers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var visits = new List<ServiceVisit>(Customers * 2);
        var responses = new List<SurveyResponse>(Customers);
        var moments = new List<ExperienceMoment>(Customers * 2);
        var buyers = new List<CustomerId>();
        var referrers = new List<CustomerId>();
        for (var i = 0; i < Customers; i++)
        {
            var id = CustomerId.From("c" + i.ToString(CultureInfo.InvariantCulture));
            var first = Start + Duration.FromMinutes(random.Next(0, 365 * 24 * 60));
            visits.Add(new ServiceVisit(id, first, first + Duration.FromHours(2), isFirstVisit: true));
            if (random.NextDouble() < 0.7)
            {
                var back = first + Duration.FromDays(random.Next(10, 200));
                visits.Add(new ServiceVisit(id, back, back + Duration.FromHours(1)));
            }

            var u = random.Next(100);
            var score = u < 60 ? 9 + (u % 2) : u < 80 ? 7 + (u % 2) : u % 7;
            responses.Add(new SurveyResponse(LikelihoodScore.From(score), id, first + Duration.FromHours(4), isFirstVisit: true));
            for (var s = random.Next(0, 4); s > 0; s--)
            {
                moments.Add(new ExperienceMoment(id, first + Duration.FromMinutes(s * 20), 90, isSurprise: true));
            }

            if (random.NextDouble() < 0.3)
            {
                buyers.Add(id);
            }

            if (random.NextDouble() < 0.1)
            {
                referrers.Add(id);
            }
        }

        _visits = [.. visits];
        _responses = [.. responses];
        _moments = [.. moments];
        _buyers = [.. buyers];
        _referrers = [.. referrers];
        _values = [.. Enumerable.Range(0, Customers).Select(_ => random.NextDouble())];
    }

    [Benchmark]
    public Scorecard ActivationFromEvents() =>
        _dashboard.Evaluate(_dashboard.Compute(_visits, _responses, _moments, Start + Duration.FromDays(500), Fraction.From(0.95), Customers));

    [Benchmark]
    public FunnelReport FunnelFromEvents() =>
        _funnel.FromTally(FunnelTally.FromEvents(Customers * 3L, new Interval(Start, Start + Duration.FromDays(366)), _visits, _responses, _buyers, _referrers));

    [Benchmark]
    public int ClassifyValues()
    {
        var scale = ScorecardBands.LifecycleYearlyRetention;
        var best = 0;
        foreach (var v in _values)
        {
            best += scale.Classify(v).Rank == 0 ? 1 : 0;
        }

        return best;
    }
}

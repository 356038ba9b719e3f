using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using NodaTime;

namespace CustomerLifecycle.Cli.Demo;

/// <summary>
/// One after-sales network's "coffee experiment" as sample data: a control fortnight and a treatment fortnight (free coffee in the
/// waiting area) at a Shanghai service centre. Generated from fixed counts, so every run prints the same numbers.
/// </summary>
internal static class NpsDemoData
{
    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>Control: 200 answers, 152 promoters / 32 passives / 16 detractors (NPS 68), from 2026-03-02.</summary>
    public static IReadOnlyList<SurveyResponse> Control { get; } = Generate(new LocalDate(2026, 3, 2), promoters: 152, passives: 32, detractors: 16, idPrefix: "A");

    /// <summary>Treatment: 200 answers, 160 / 30 / 10 (NPS 75: the practice's +7), from 2026-03-16.</summary>
    public static IReadOnlyList<SurveyResponse> Treatment { get; } = Generate(new LocalDate(2026, 3, 16), promoters: 160, passives: 30, detractors: 10, idPrefix: "B");

    /// <summary>Waiting-area ratings out of 10: one after-sales network's 7.2 before and 8.9 after, 40 each.</summary>
    public static IReadOnlyList<double> WaitingAreaBefore { get; } = Ratings(7.2, 40);

    /// <summary>The waiting-area ratings after the change.</summary>
    public static IReadOnlyList<double> WaitingAreaAfter { get; } = Ratings(8.9, 40);

    private static SurveyResponse[] Generate(LocalDate start, int promoters, int passives, int detractors, string idPrefix)
    {
        // Scores in a fixed interleaved order: each category's scores cycle through its range.
        var scores = new List<int>();
        for (var i = 0; i < promoters; i++)
        {
            scores.Add(i % 5 < 2 ? 10 : 9);
        }

        for (var i = 0; i < passives; i++)
        {
            scores.Add(i % 2 == 0 ? 8 : 7);
        }

        for (var i = 0; i < detractors; i++)
        {
            scores.Add(6 - (i % 5));
        }

        var n = scores.Count;
        var responses = new SurveyResponse[n];
        for (var i = 0; i < n; i++)
        {
            // Spread answers over 14 days, 09:00–19:59 local; a stride co-prime with n mixes the categories in time.
            var score = scores[(int)((i * 37L) % n)];
            var day = start.PlusDays(i * 14 / n);
            var local = day.At(new LocalTime(9 + (i % 11), (i * 7) % 60));
            var touchpoint = (i % 3) switch { 0 => "app-survey", 1 => "advisor-callback", _ => "waiting-area" };
            responses[i] = new SurveyResponse(
                LikelihoodScore.From(score),
                CustomerId.From($"{idPrefix}{i + 1:000}"),
                Zone.AtLeniently(local).ToInstant(),
                touchpoint,
                isFirstVisit: i % 4 == 0);
        }

        return responses;
    }

    private static double[] Ratings(double mean, int count)
    {
        // Symmetric offsets around the mean, clipped to the 0–10 scale.
        double[] offsets = [-1.0, -0.5, 0.0, 0.5, 1.0];
        return Enumerable.Range(0, count).Select(i => Math.Clamp(mean + offsets[i % offsets.Length], 0d, 10d)).ToArray();
    }
}

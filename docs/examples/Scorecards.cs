using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Scorecards;
using CustomerLifecycle.Scorecards.Lifecycle;

namespace CustomerLifecycle.Docs.Examples;

/// <summary>The code of docs/scorecards.md; compiled by tests/CustomerLifecycle.Docs.Tests.</summary>
public static class Scorecards
{
    /// <summary>A user's own band table, and the lifecycle health assessment in Chinese.</summary>
    public static (string Band, LifecycleDiagnosis Diagnosis) Run()
    {
        // <example:bands>
        // A user's own table, overriding the practice's activation NPS bands (lower bound inclusive):
        var nps = BandScale.HigherIsBetter(-100, 100, [BandKeys.Danger, BandKeys.Pass, BandKeys.Excellent], 70, 80);
        var band = nps.Classify(80).Key; // "excellent"

        var assessment = new LifecycleHealthAssessor().Evaluate(
            new LifecycleHealthInput(Fraction.From(0.35), 78, Fraction.From(0.60), Fraction.From(0.30), Fraction.From(0.15)),
            CultureInfo.GetCultureInfo("zh-CN"));
        foreach (var m in assessment.Scorecard.Metrics)
        {
            Console.WriteLine($"{m.Label}: {m.Value} → {m.BandName}: {m.Advice}");
        }

        Console.WriteLine(assessment.Scorecard.Verdict!.Text); // 1-2个优秀:存在明显短板,需要系统性改善。
        // </example:bands>
        return (band, assessment.Diagnosis);
    }
}

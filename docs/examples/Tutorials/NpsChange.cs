using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Docs.Examples.Tutorials;

/// <summary>The tutorial "Is the NPS change real?"; compiled and run by tests/CustomerLifecycle.Docs.Tests.</summary>
public static class NpsChange
{
    /// <summary>Compares the two fortnights of the free-coffee experiment.</summary>
    public static NpsComparison Compare()
    {
        // <example:compare>
        #region compare
        var control = NpsTally.FromCounts(152, 32, 16);      // promoters, passives, detractors without coffee
        var coffee = NpsTally.FromCounts(160, 30, 10);       // the fortnight with free coffee
        var comparison = new NpsCalculator().Compare(control, coffee);
        Console.WriteLine($"{comparison.Baseline.Nps:0} → {comparison.Treatment.Nps:0}: {comparison.Difference:+0.0} points");
        Console.WriteLine($"95 % interval [{comparison.Interval?.Low:0.0}, {comparison.Interval?.High:0.0}], p = {comparison.PValue:0.000}");
        Console.WriteLine(comparison.IsSignificant ? "a real change" : "cannot tell from noise");
        #endregion
        // </example:compare>
        return comparison;
    }

    /// <summary>How many responses per fortnight would tell +7 points from noise.</summary>
    public static int Plan()
    {
        // <example:plan>
        #region plan
        var perGroup = NpsSampleSize.PerGroup(
            baselinePromoterShare: 0.76, baselineDetractorShare: 0.08,
            treatmentPromoterShare: 0.80, treatmentDetractorShare: 0.05,
            difference: 7);                                  // NPS points; 95 % confidence, 80 % power
        Console.WriteLine($"{perGroup} responses per group");
        #endregion
        // </example:plan>
        return perGroup;
    }
}

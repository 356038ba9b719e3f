namespace CustomerLifecycle.Scorecards;

/// <summary>Checks shared by the options validators: a scale's domain must fit the metric's unit.</summary>
internal static class ScaleRules
{
    public const string RateMessage = "must be a scale whose domain lies within [0, 1] (rates are fractions: 0.3 for 30 %)";
    public const string NpsMessage = "must be a scale whose domain lies within [−100, 100]";
    public const string CountMessage = "must be a scale whose domain starts at 0 or above";

    public static bool FitsRates(BandScale? scale) => scale is null || (scale.Minimum >= 0d && scale.Maximum <= 1d);

    public static bool FitsNps(BandScale? scale) => scale is null || (scale.Minimum >= -100d && scale.Maximum <= 100d);

    public static bool FitsCounts(BandScale? scale) => scale is null || scale.Minimum >= 0d;
}

using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// <c>clv predict --interval</c> for the discrete models, from the asymptotic normal of the log-parameters: bg-bb adds
/// <c>expected_purchases</c>, <c>p_alive</c> (and with <c>--discount</c> <c>dert</c>) <c>_low</c>/<c>_high</c> per row;
/// sbg adds <c>survival</c>, <c>retention</c> (and with <c>--discount</c> <c>derl</c>) <c>_low</c>/<c>_high</c> per period.
/// </summary>
internal static class ClvPredictDiscreteIntervals
{
    /// <summary>The interval columns of a bg-bb prediction, in order (none without <c>--interval</c>).</summary>
    public static string[] BgBbColumns(this ClvPredictExtras extras, double? discount) =>
        extras.Interval is null ? [] : [.. ClvPredictExtras.Ends(["expected_purchases", "p_alive", .. discount is null ? Array.Empty<string>() : ["dert"]])];

    /// <summary>The interval columns of an sbg prediction, in order (none without <c>--interval</c>).</summary>
    public static string[] SbgColumns(this ClvPredictExtras extras, double? discount) =>
        extras.Interval is null ? [] : [.. ClvPredictExtras.Ends(["survival", "retention", .. discount is null ? Array.Empty<string>() : ["derl"]])];

    /// <summary>Adds the bg-bb interval ends to each row; returns how they were made, or null without <c>--interval</c>.</summary>
    public static ClvIntervalJson? ApplyBgBb(this ClvPredictExtras extras, IReadOnlyList<DiscreteSummary> accepted, IReadOnlyList<object> rows, ClvModelFit fit, bool saved, int horizon, double? discount)
    {
        if (extras.Interval is not { } options)
        {
            return null;
        }

        extras.CheckCovariance(fit, saved);
        var set = ClvPredictExtras.Guarded(() => new ClvDiscreteIntervalPredictor().PredictBgBb(fit, accepted, horizon, discount, options));
        for (var i = 0; i < rows.Count; i++)
        {
            var (extra, interval) = (((DiscretePredictionJson)rows[i]).Extra, set.Intervals[i]);
            ClvPredictExtras.Put(extra, "expected_purchases", interval.ExpectedTransactions);
            ClvPredictExtras.Put(extra, "p_alive", interval.ProbabilityAlive);
            if (discount is not null)
            {
                ClvPredictExtras.Put(extra, "dert", interval.DiscountedResidualTransactions);
            }
        }

        return ClvIntervalJson.Of(set.Method, ClvIntervalMethod.AsymptoticNormal, set.Level, set.Draws, set.Seed, 0);
    }

    /// <summary>Adds the sbg interval ends to each period's row; returns how they were made, or null without <c>--interval</c>.</summary>
    public static ClvIntervalJson? ApplySbg(this ClvPredictExtras extras, IReadOnlyList<object> rows, ClvModelFit fit, bool saved, double? discount)
    {
        if (extras.Interval is not { } options)
        {
            return null;
        }

        extras.CheckCovariance(fit, saved);
        var set = ClvPredictExtras.Guarded(() => new ClvDiscreteIntervalPredictor().PredictSbg(fit, rows.Count - 1, discount, options));
        for (var t = 0; t < rows.Count; t++)
        {
            var (extra, interval) = (((CohortPredictionJson)rows[t]).Extra, set.Intervals[t]);
            ClvPredictExtras.Put(extra, "survival", interval.Survival);
            ClvPredictExtras.Put(extra, "retention", interval.Retention);
            if (discount is not null)
            {
                ClvPredictExtras.Put(extra, "derl", interval.ResidualLifetime);
            }
        }

        return ClvIntervalJson.Of(set.Method, ClvIntervalMethod.AsymptoticNormal, set.Level, set.Draws, set.Seed, 0);
    }
}

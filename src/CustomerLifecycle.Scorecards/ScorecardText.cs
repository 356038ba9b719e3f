using System.Globalization;
using System.Resources;

namespace CustomerLifecycle.Scorecards;

/// <summary>The localised labels, band names, advice and verdicts of the scorecards (resource files, en and zh-CN).</summary>
/// <remarks>
/// The caller chooses the culture; nothing reads the thread's current culture. Null or the invariant culture gives English;
/// zh-CN, zh-Hans and zh-SG give Simplified Chinese (zh-CN falls back to zh-Hans); other cultures fall back to English.
/// Keys: <c>band.{key}</c>, <c>metric.{metricId}</c>, <c>advice.{metricId}.{bandKey}</c>, <c>advice.{bandKey}</c>,
/// <c>verdict.{key}</c>, <c>scorecard.{id}</c>.
/// </remarks>
public static class ScorecardText
{
    private static readonly ResourceManager Resources = new("CustomerLifecycle.Scorecards.Resources.ScorecardText", typeof(ScorecardText).Assembly);

    /// <summary>The text of a key, or null when no resource has it.</summary>
    /// <param name="key">The key, e.g. <c>band.excellent</c>.</param>
    /// <param name="culture">The culture; null means invariant (English).</param>
    /// <returns>The text, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static string? TryGet(string key, CultureInfo? culture)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Resources.GetString(key, culture ?? CultureInfo.InvariantCulture);
    }

    /// <summary>The text of a key, or the key itself when no resource has it (so user-defined keys still show).</summary>
    /// <param name="key">The key, e.g. <c>band.excellent</c>.</param>
    /// <param name="culture">The culture; null means invariant (English).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static string Get(string key, CultureInfo? culture) => TryGet(key, culture) ?? key;

    /// <summary>The name of a band key, e.g. "Excellent" / "优秀"; a user-defined key without a resource is returned as is.</summary>
    /// <param name="bandKey">The band key, e.g. <see cref="BandKeys.Excellent"/>.</param>
    /// <param name="culture">The culture; null means invariant (English).</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bandKey"/> is null.</exception>
    public static string BandName(string bandKey, CultureInfo? culture)
    {
        ArgumentNullException.ThrowIfNull(bandKey);
        return TryGet("band." + bandKey, culture) ?? bandKey;
    }

    /// <summary>Makes a verdict from its key.</summary>
    /// <param name="key">The verdict key, e.g. <c>lifecycle.flywheel</c>; looked up as <c>verdict.{key}</c>.</param>
    /// <param name="culture">The culture; null means invariant (English).</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public static Verdict Verdict(string key, CultureInfo? culture)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new Verdict(key, Get("verdict." + key, culture));
    }
}

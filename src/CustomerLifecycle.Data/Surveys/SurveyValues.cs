using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using NodaTime;

namespace CustomerLifecycle.Data.Surveys;

/// <summary>The values of one accepted survey row, before (or instead of) a <see cref="SurveyResponse"/> object.</summary>
/// <param name="Score">The score, 0–10.</param>
/// <param name="Customer">The customer, when asked for and present.</param>
/// <param name="RespondedAt">When the answer was given, or null.</param>
/// <param name="Touchpoint">The touchpoint (a shared string), or null.</param>
/// <param name="IsFirstVisit">Whether the answer followed a first visit.</param>
/// <param name="Weight">The survey weight.</param>
/// <param name="Response">The response the importer made of a row that was not plain, or null for a plain row.</param>
internal readonly record struct SurveyValues(int Score, CustomerId? Customer, Instant? RespondedAt, string? Touchpoint, bool IsFirstVisit, double Weight, SurveyResponse? Response)
{
    /// <summary>The values of a response the importer accepted (kept whole, so nothing is lost).</summary>
    public static SurveyValues Of(SurveyResponse response) =>
        new(response.Score.Value, response.Customer, response.RespondedAt, response.Touchpoint, response.IsFirstVisit, response.Weight, response);
}

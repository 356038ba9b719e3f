namespace CustomerLifecycle.Core.Import;

/// <summary>A survey answer as it arrives from outside (a CSV row, a form post): every field still text.</summary>
/// <param name="Line">The 1-based line number in the source, used in rejection reports.</param>
/// <param name="Score">The 0–10 answer; required. A whole number, also written "9.0"; "9.5" is rejected.</param>
/// <param name="CustomerId">The customer id, or null/blank.</param>
/// <param name="RespondedAt">An ISO-8601 time stamp (see <see cref="IsoTime"/>), or null/blank.</param>
/// <param name="Touchpoint">The journey step, or null/blank.</param>
/// <param name="FirstVisit">"true"/"false", "1"/"0", "yes"/"no", "y"/"n" (any case) or "是"/"否", or null/blank for false.</param>
/// <param name="Weight">A finite, non-negative number, or null/blank for 1.</param>
public sealed record SurveyResponseRecord(
    int Line,
    string? Score,
    string? CustomerId = null,
    string? RespondedAt = null,
    string? Touchpoint = null,
    string? FirstVisit = null,
    string? Weight = null);

using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Followups.Memory;

/// <summary>A survey answer as the brief shows it.</summary>
/// <param name="At">When the customer answered.</param>
/// <param name="Score">The 0–10 answer.</param>
/// <param name="Comment">The customer's comment, or null.</param>
public sealed record SurveyAnswer(Instant At, LikelihoodScore Score, string? Comment);

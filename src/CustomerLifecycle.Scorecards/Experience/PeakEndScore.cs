namespace CustomerLifecycle.Scorecards.Experience;

/// <summary>The peak-end score of one visit.</summary>
/// <param name="Peak">The most intense moment (farthest from neutral, good or bad; the earliest on ties).</param>
/// <param name="End">The final moment (the latest; the last given on ties).</param>
/// <param name="Remembered">The remembered experience, 0–100: weight × peak + (1 − weight) × end.</param>
/// <param name="Average">The plain average of all moments, 0–100, for contrast: memory does not follow it.</param>
/// <param name="Moments">How many moments were scored.</param>
public sealed record PeakEndScore(ExperienceMoment Peak, ExperienceMoment End, double Remembered, double Average, int Moments);

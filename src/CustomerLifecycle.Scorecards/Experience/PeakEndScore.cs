namespace CustomerLifecycle.Scorecards.Experience;

/// <summary>The peak-end score of one visit.</summary>
public sealed record PeakEndScore
{
    internal PeakEndScore(ExperienceMoment peak, ExperienceMoment end, double remembered, double average, int moments)
    {
        Peak = peak;
        End = end;
        Remembered = remembered;
        Average = average;
        Moments = moments;
    }

    /// <summary>The most intense moment (farthest from neutral, good or bad; the earliest on ties).</summary>
    public ExperienceMoment Peak { get; }

    /// <summary>The final moment (the latest; the last given on ties).</summary>
    public ExperienceMoment End { get; }

    /// <summary>The remembered experience, 0–100: weight × peak + (1 − weight) × end.</summary>
    public double Remembered { get; }

    /// <summary>The plain average of all moments, 0–100, for contrast: memory does not follow it.</summary>
    public double Average { get; }

    /// <summary>How many moments were scored.</summary>
    public int Moments { get; }
}

namespace CustomerLifecycle.Scorecards.Experience;

/// <summary>Options of <see cref="PeakEndScorer"/>.</summary>
public sealed record PeakEndOptions
{
    /// <summary>The weight of the peak moment in the remembered score; the end moment gets 1 − weight. In [0, 1].</summary>
    /// <value>0.5: peak and end count equally (Kahneman's peak-end rule, one after-sales network's practice).</value>
    public double PeakWeight { get; set; } = 0.5;

    /// <summary>The neutral feeling on the 0–100 scale; the peak is the moment farthest from it, good or bad.</summary>
    /// <value>50.</value>
    public double Neutral { get; set; } = 50;
}

namespace CustomerLifecycle.Scorecards;

/// <summary>The overall judgement of a <see cref="Scorecard"/>: a stable key and its localised text.</summary>
/// <param name="Key">The stable key users match on, e.g. <c>lifecycle.flywheel</c>.</param>
/// <param name="Text">The verdict in the culture the scorecard was made for.</param>
public sealed record Verdict(string Key, string Text);

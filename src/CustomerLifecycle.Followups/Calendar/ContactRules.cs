namespace CustomerLifecycle.Followups.Calendar;

/// <summary>Which contact rules of a <see cref="ContactCalendar"/> a contact must keep: the channel, and whether quiet
/// hours and business hours apply.</summary>
/// <param name="Channel">The channel (selects the quiet hours and whether holidays are quiet).</param>
/// <param name="QuietHours">Whether the channel's quiet hours apply (and, for channels that keep holidays, holidays).</param>
/// <param name="BusinessHours">Whether the advisor's business hours apply (holidays are closed, make-up days open).</param>
public readonly record struct ContactRules(ContactChannel Channel, bool QuietHours, bool BusinessHours)
{
    /// <summary>The rules of a step.</summary>
    /// <param name="step">The step.</param>
    /// <returns>Its channel and flags.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="step"/> is null.</exception>
    public static ContactRules Of(FollowupStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new(step.Channel, step.QuietHours, step.BusinessHours);
    }
}

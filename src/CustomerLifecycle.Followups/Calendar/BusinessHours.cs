using NodaTime;

namespace CustomerLifecycle.Followups.Calendar;

/// <summary>The advisor's working hours per weekday, and the hours kept on a make-up working day.</summary>
/// <remarks>
/// Immutable; change with <see cref="With"/>. Public holidays of the <see cref="HolidayCalendar"/> close the whole day; a
/// make-up working day (调休) opens with <see cref="MakeUpDayHours"/> even on a weekend.
/// </remarks>
public sealed class BusinessHours
{
    private readonly DailyHours?[] _days; // index: IsoDayOfWeek 1–7 at 0–6

    private BusinessHours(DailyHours?[] days, DailyHours makeUp)
    {
        _days = days;
        MakeUpDayHours = makeUp;
    }

    /// <summary>Monday to Friday 09:00–18:00, closed at weekends; make-up working days 09:00–18:00.</summary>
    public static BusinessHours Default { get; } = Weekdays(DailyHours.From(new LocalTime(9, 0), new LocalTime(18, 0)));

    /// <summary>The hours kept on a make-up working day.</summary>
    public DailyHours MakeUpDayHours { get; }

    /// <summary>The same hours Monday to Friday, closed at weekends; make-up days keep them too.</summary>
    /// <param name="hours">The daily hours.</param>
    /// <returns>The business hours.</returns>
    /// <exception cref="ArgumentException"><paramref name="hours"/> is the empty default.</exception>
    public static BusinessHours Weekdays(DailyHours hours)
    {
        NotEmpty(hours, nameof(hours));
        return new([hours, hours, hours, hours, hours, null, null], hours);
    }

    /// <summary>The same hours every day of the week (a service centre open at weekends); make-up days keep them too.</summary>
    /// <param name="hours">The daily hours.</param>
    /// <returns>The business hours.</returns>
    /// <exception cref="ArgumentException"><paramref name="hours"/> is the empty default.</exception>
    public static BusinessHours EveryDay(DailyHours hours)
    {
        NotEmpty(hours, nameof(hours));
        return new([hours, hours, hours, hours, hours, hours, hours], hours);
    }

    /// <summary>The hours on a weekday, or null when closed.</summary>
    /// <param name="day">The weekday.</param>
    /// <returns>The hours, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    public DailyHours? On(IsoDayOfWeek day) => _days[Index(day)];

    /// <summary>A copy with other hours on one weekday.</summary>
    /// <param name="day">The weekday.</param>
    /// <param name="hours">The hours, or null for closed.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is <see cref="IsoDayOfWeek.None"/> or undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="hours"/> is the empty default.</exception>
    public BusinessHours With(IsoDayOfWeek day, DailyHours? hours)
    {
        var i = Index(day);
        if (hours is { } h)
        {
            NotEmpty(h, nameof(hours));
        }

        var days = (DailyHours?[])_days.Clone();
        days[i] = hours;
        return new(days, MakeUpDayHours);
    }

    /// <summary>A copy with other hours on make-up working days.</summary>
    /// <param name="hours">The hours.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="hours"/> is the empty default.</exception>
    public BusinessHours WithMakeUpDayHours(DailyHours hours)
    {
        NotEmpty(hours, nameof(hours));
        return new(_days, hours);
    }

    /// <summary>The hours as text, e.g. "Mon 09:00–18:00, …, Sun closed; make-up days 09:00–18:00".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Join(", ", Enumerable.Range(1, 7).Select(d => $"{(IsoDayOfWeek)d} {(_days[d - 1]?.ToString() ?? "closed")}"))
        + $"; make-up days {MakeUpDayHours}";

    private static int Index(IsoDayOfWeek day) => day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday
        ? (int)day - 1
        : throw new ArgumentOutOfRangeException(nameof(day), day, "Monday to Sunday only.");

    private static void NotEmpty(DailyHours hours, string paramName)
    {
        if (hours.IsEmpty)
        {
            throw new ArgumentException("Daily hours must be made with DailyHours.From (the default value is empty).", paramName);
        }
    }
}

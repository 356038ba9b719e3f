using CustomerLifecycle.Followups.Calendar;

namespace CustomerLifecycle.Data.Followups;

/// <summary>Reads a holiday calendar file (holidays and make-up workdays, in the text form <see cref="HolidayCalendar.Parse"/> reads).</summary>
public static class HolidayCalendarFile
{
    /// <summary>Reads a calendar file.</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="InvalidDataException">The file is missing, unreadable, or not a holiday calendar (the message names the file and the fault).</exception>
    public static HolidayCalendar ReadFile(string path)
    {
        using var stream = new MemoryStream(SourceFiles.ReadAllBytes(path));
        return Read(stream, path);
    }

    /// <summary>Reads a calendar from a stream (UTF-8, or as its byte-order mark says).</summary>
    /// <param name="stream">The text.</param>
    /// <param name="source">The name of the source in messages.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The text is not a holiday calendar.</exception>
    public static HolidayCalendar Read(Stream stream, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, leaveOpen: true);
        try
        {
            return HolidayCalendar.Parse(reader.ReadToEnd());
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"{source ?? "input"}: {ex.Message}", ex);
        }
    }
}

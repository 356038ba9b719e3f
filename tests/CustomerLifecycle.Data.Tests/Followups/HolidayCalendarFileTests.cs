using System.Text;
using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Followups.Calendar;

namespace CustomerLifecycle.Data.Tests.Followups;

public class HolidayCalendarFileTests
{
    [Fact]
    public void The_sample_calendar_text_reads_back_as_the_sample()
    {
        var text = HolidayCalendar.ChinaMainland2026Text();
        var calendar = HolidayCalendarFile.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "cal.txt");
        var sample = HolidayCalendar.ChinaMainland2026();
        Assert.Equal(sample.Holidays, calendar.Holidays);
    }

    [Fact]
    public void A_bad_calendar_and_a_missing_file_are_named()
    {
        var ex = Assert.Throws<InvalidDataException>(() => HolidayCalendarFile.Read(new MemoryStream(Encoding.UTF8.GetBytes("holiday: someday\n")), "cal.txt"));
        Assert.StartsWith("cal.txt: ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(": no such file", Assert.Throws<InvalidDataException>(() => HolidayCalendarFile.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-cal.txt"))).Message, StringComparison.Ordinal);
    }
}

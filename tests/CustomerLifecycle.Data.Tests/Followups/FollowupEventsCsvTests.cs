using System.Text;
using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Followups;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Followups;

public class FollowupEventsCsvTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 3, 9, 12, 0);

    internal static MemoryStream Utf8(string text, bool bom = false) =>
        new([.. (bom ? Encoding.UTF8.GetPreamble() : []), .. new UTF8Encoding(false).GetBytes(text)]);

    [Fact]
    public void Events_are_read_in_file_order_with_local_times_in_the_rows_zone()
    {
        var result = FollowupEventsCsv.Read(
            Utf8("customer_id,event,at,appointment_id,scheduled_for,zone\nc1,booked,2026-03-01T10:00,a1,2026-03-05T09:00,Europe/London\nc2,VISIT,2026-03-02T08:00:00Z,,,\n"),
            Now,
            new TextTableOptions { Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"] });
        Assert.True(result.IsClean);
        Assert.Equal(2, result.Accepted.Count);
        Assert.Equal(Instant.FromUtc(2026, 3, 1, 10, 0), result.Accepted[0].At);
        Assert.Equal(FollowupEventKind.Visit, result.Accepted[1].Kind);
    }

    [Theory]
    [InlineData("是", true)]
    [InlineData("否", false)]
    [InlineData("Y", true)]
    [InlineData("", false)]
    public void First_visit_flags_are_read_as_people_write_yes_and_no(string flag, bool expected)
    {
        var result = FollowupEventsCsv.Read(Utf8($"customer_id,event,at,first_visit\nc1,service_completed,2026-03-01T10:00:00Z,{flag}\n"), Now);
        Assert.True(result.IsClean);
        Assert.Equal(expected, Assert.Single(result.Accepted).IsFirstVisit);
    }

    [Theory]
    [InlineData("Service Completed")]
    [InlineData("service-completed")]
    [InlineData("ServiceCompleted")]
    [InlineData(" SERVICE_COMPLETED ")]
    public void Event_names_are_read_with_case_spaces_and_separators_ignored(string name)
    {
        var result = FollowupEventsCsv.Read(Utf8($"Customer ID,Event,At\nc1,{name},2026-03-01T10:00:00Z\n"), Now);
        Assert.True(result.IsClean);
        Assert.Equal(FollowupEventKind.ServiceCompleted, Assert.Single(result.Accepted).Kind);
    }

    [Theory]
    [InlineData("service completed!")]
    [InlineData("service2completed")]
    [InlineData("servicecompletedservicecompleted")]
    [InlineData("")]
    public void Event_names_with_other_characters_or_letters_are_unknown(string name)
    {
        var result = FollowupEventsCsv.Read(Utf8($"customer_id,event,at\nc1,{name},2026-03-01T10:00:00Z\n"), Now);
        Assert.Empty(result.Accepted);
        Assert.Equal("event.unknown", Assert.Single(result.Rejected).Code);
    }

    [Fact]
    public void Every_kind_of_bad_row_is_rejected_with_its_line_column_and_code()
    {
        var text = "customer_id,event,at,appointment_id,scheduled_for,score,first_visit,zone\n"
            + ",visit,2026-03-01T00:00:00Z,,,,,\n"
            + "c1,visit,2026-03-01T00:00:00Z,,,,,Mars/Base\n"
            + "c1,visit,yesterday,,,,,\n"
            + "c1,visit,2026-03-10T00:00:00Z,,,,,\n"
            + "c1,visit,2026-03-01T00:00:00Z,,soon,,,\n"
            + "c1,visit,2026-03-01T00:00:00Z,,,,maybe,\n"
            + "c1,party,2026-03-01T00:00:00Z,,,,,\n"
            + "c1,booked,2026-03-01T00:00:00Z,,2026-03-05T00:00:00Z,,,\n"
            + "c1,booked,2026-03-01T00:00:00Z,a1,,,,\n"
            + "c1,survey,2026-03-01T00:00:00Z,,,,,\n"
            + "c1,survey,2026-03-01T00:00:00Z,,,11,,\n";
        var result = FollowupEventsCsv.Read(Utf8(text), Now);
        Assert.Empty(result.Accepted);
        Assert.Equal(
            [
                (2, "customer_id", "customer_id.invalid"), (3, "zone", "zone.unknown"), (4, "at", "at.invalid"), (5, "at", "at.after_now"),
                (6, "scheduled_for", "scheduled_for.invalid"), (7, "first_visit", "first_visit.invalid"), (8, "event", "event.unknown"),
                (9, "appointment_id", "appointment_id.missing"), (10, "scheduled_for", "scheduled_for.missing"), (11, "score", "score.missing"),
                (12, "score", "score.out_of_range"),
            ],
            result.Rejected.Select(r => (r.Line, r.Column, r.Code)));
    }

    [Fact]
    public void A_rule_of_the_event_itself_is_rejected_without_the_parameter_name()
    {
        var result = FollowupEventsCsv.Read(Utf8("customer_id,event,at,appointment_id,scheduled_for\nc1,booked,2026-03-05T00:00:00Z,a1,2026-03-01T00:00:00Z\n"), Now);
        var row = Assert.Single(result.Rejected);
        Assert.Equal("event.invalid", row.Code);
        Assert.DoesNotContain("(Parameter", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_field_with_line_breaks_keeps_the_physical_line_of_later_rows()
    {
        var result = FollowupEventsCsv.Read(Utf8("customer_id,event,at\n\"c\n1\",visit,2026-03-01T00:00:00Z\nc2,nope,2026-03-01T00:00:00Z\n"), Now);
        Assert.Equal(4, Assert.Single(result.Rejected).Line);
    }

    [Fact]
    public void Byte_order_marks_select_utf8_and_utf16()
    {
        const string text = "customer_id,event,at\nc1,visit,2026-03-01T00:00:00Z\n";
        Assert.Single(FollowupEventsCsv.Read(Utf8(text, bom: true), Now).Accepted);
        Assert.Single(FollowupEventsCsv.Read(new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]), Now).Accepted);
    }

    [Fact]
    public void A_missing_required_column_makes_the_file_unusable()
    {
        var ex = Assert.Throws<TextTableException>(() => FollowupEventsCsv.Read(Utf8("customer_id,at\nc1,2026-03-01T00:00:00Z\n"), Now, source: "e.csv"));
        Assert.Contains("e.csv: no 'event' column", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_throws_on_the_first_rejected_row()
    {
        var ex = Assert.Throws<ImportRejectedException>(() => FollowupEventsCsv.Read(Utf8("customer_id,event,at\nc1,visit,2026-03-01T00:00:00Z\nc1,visit,never\n"), Now, new TextTableOptions { Strict = true }));
        Assert.Equal(3, Assert.Single(ex.Rejected).Line);
        Assert.Equal(2, ex.RowCount);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var ex = Assert.Throws<TextTableException>(() => FollowupEventsCsv.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-events.csv"), Now));
        Assert.EndsWith("no-such-events.csv: no such file", ex.Message, StringComparison.Ordinal);
    }
}

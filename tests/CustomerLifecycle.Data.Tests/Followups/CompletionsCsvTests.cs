using System.Text;
using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Data.Text;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Followups;

public class CompletionsCsvTests
{
    private static MemoryStream Utf8(string text) => FollowupEventsCsvTests.Utf8(text);

    [Fact]
    public void A_row_may_name_its_task_by_key_or_by_customer_and_step()
    {
        var result = CompletionsCsv.Read(Utf8("key,customer_id,step,completed_at,channel,by\nk1,,,2026-03-01T10:00,phone,ann\n,c1,callback,2026-03-01T11:00:00Z,,\n"), new TextTableOptions { Zone = DateTimeZoneProviders.Tzdb["Asia/Shanghai"] });
        Assert.True(result.IsClean);
        Assert.Equal([2, 3], result.Accepted.Select(c => c.Line));
        Assert.Equal("k1", result.Accepted[0].Completion.TaskKey);
        Assert.Equal(Instant.FromUtc(2026, 3, 1, 2, 0), result.Accepted[0].Completion.CompletedAt);
        Assert.Equal("ann", result.Accepted[0].Completion.CompletedBy);
        Assert.Equal("callback", result.Accepted[1].Completion.Step);
    }

    [Fact]
    public void Bad_rows_are_rejected_with_line_and_code()
    {
        var longName = new string('x', CompletionsCsv.MaxCompletedByLength + 1);
        var result = CompletionsCsv.Read(Utf8($"key,customer_id,step,completed_at,completed_by\nk1,,,soon,\nk2,,,2026-03-01T00:00:00Z,{longName}\n,c1,,2026-03-01T00:00:00Z,\n\"k\n4\",,,2026-03-01T00:00:00Z,\n,,,x,\n"));
        Assert.Equal([(2, "completed_at.invalid"), (3, "text.too_long"), (4, "task.unidentified"), (7, "completed_at.invalid")], result.Rejected.Select(r => (r.Line, r.Code)));
        Assert.Equal(5, Assert.Single(result.Accepted).Line);
        Assert.Equal("completed_at", result.Rejected[0].Column);
    }

    [Fact]
    public void A_file_without_a_key_or_customer_and_step_is_unusable()
    {
        var ex = Assert.Throws<TextTableException>(() => CompletionsCsv.Read(Utf8("customer_id,completed_at\nc1,2026-03-01T00:00:00Z\n"), source: "d.csv"));
        Assert.StartsWith("d.csv: needs a 'key' column or both 'customer_id' and 'step'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<TextTableException>(() => CompletionsCsv.Read(Utf8("key\nk1\n")));
    }

    [Fact]
    public void A_utf16_file_is_read()
    {
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("key,completed_at\r\nk1,2026-03-01T00:00:00Z\r\n")).ToArray();
        Assert.Equal("k1", Assert.Single(CompletionsCsv.Read(new MemoryStream(bytes)).Accepted).Completion.TaskKey);
    }
}

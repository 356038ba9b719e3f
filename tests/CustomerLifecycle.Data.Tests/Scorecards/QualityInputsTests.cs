using System.Text;
using CustomerLifecycle.Data.Scorecards;
using CustomerLifecycle.Data.Text;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Scorecards;

public class QualityInputsTests
{
    private static TextTable Table(string text, Encoding? encoding = null)
    {
        encoding ??= new UTF8Encoding(false);
        return TextTable.Open(new MemoryStream([.. encoding.GetPreamble(), .. encoding.GetBytes(text)]), null, "t.csv");
    }

    [Fact]
    public void Fault_records_keep_their_non_blank_attributes()
    {
        var result = FaultRecordsCsv.Read(Table("record_id,fault_code,reported_at,batch,bms\nr1,F1,2026-01-05,b1,\nr2,F1,2026-01-06T08:00:00+08:00,b1,v2\n"));
        Assert.True(result.IsClean);
        Assert.Equal(Instant.FromUtc(2026, 1, 5, 0, 0), result.Accepted[0].ReportedAt);
        Assert.Equal(["batch"], result.Accepted[0].Attributes.Keys);
        Assert.Equal("v2", result.Accepted[1].Attributes["bms"]);
    }

    [Fact]
    public void Bad_fault_records_are_rejected_with_line_column_and_code()
    {
        var result = FaultRecordsCsv.Read(Table("id,fault,date,batch\n,F1,2026-01-05,b1\nr1,,2026-01-05,b1\nr1,F1,someday,b1\n\"r\n1\",F1,2026-01-05,b1\nr2,F1,2026-01-05,b1\nr2,F1,2026-01-06,b1\n"));
        Assert.Equal(
            [(2, "id", "record_id.missing"), (3, "fault", "fault_code.missing"), (4, "date", "reported_at.invalid"), (8, "id", "record_id.duplicate")],
            result.Rejected.Select(r => (r.Line, r.Column, r.Code)));
        Assert.Equal(2, result.Accepted.Count);
    }

    [Fact]
    public void A_fault_file_without_a_time_column_is_unusable() =>
        Assert.Contains("no 'reported_at' or 'date' or 'instant' column", Assert.Throws<TextTableException>(() => FaultRecordsCsv.Read(Table("record_id,fault_code\nr1,F1\n"))).Message, StringComparison.Ordinal);

    [Fact]
    public void Fleet_rows_count_one_unit_or_their_units_and_bad_counts_are_rejected()
    {
        var result = FleetCsv.Read(Table("batch\tunits\tbms\nb1\t10\tv1\nb2\t\t\nb3\t-1\tv1\nb4\t2.5\tv1\nb5\t3\t\n", Encoding.Unicode));
        Assert.Equal([3, 4, 5], result.Rejected.Select(r => r.Line));
        Assert.All(result.Rejected, r => Assert.Equal(("units", "units.invalid"), (r.Column, r.Code)));
        Assert.Equal([10L, 3L], result.Accepted.Select(u => u.Units));
        Assert.Equal(["batch"], result.Accepted[1].Attributes.Keys);
        var noCounts = FleetCsv.Read(Table("batch\nb1\nb2\n"));
        Assert.All(noCounts.Accepted, u => Assert.Equal(1L, u.Units));
    }
}

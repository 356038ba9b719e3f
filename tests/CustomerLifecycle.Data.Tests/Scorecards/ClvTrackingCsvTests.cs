using System.Text;
using CustomerLifecycle.Data.Scorecards;
using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Data.Tests.Scorecards;

public class ClvTrackingCsvTests
{
    private static TextTable Table(string text) => TextTable.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), null, "clv.csv");

    [Fact]
    public void Periods_are_read_with_their_hold_out_mark()
    {
        var result = ClvTrackingCsv.Read(Table("week,actual_cumulative,expected_cumulative,holdout\nw1,1,1.5,\nw2,3,2.5e0,yes\n"));
        Assert.True(result.IsClean);
        Assert.Equal([("w1", 1d, 1.5, false), ("w2", 3d, 2.5, true)], result.Accepted.Select(p => (p.Period, p.Actual, p.Expected, p.Holdout)));
    }

    [Fact]
    public void Bad_periods_are_rejected_with_their_physical_line()
    {
        var result = ClvTrackingCsv.Read(Table("period,actual,expected\nw1,1,2\nw2,NaN,3\n\"w\n3\",-1,4\nw4,5,x\n,6,6\nw6,\"1,5\",7\n"));
        Assert.Equal([(3, "actual.invalid"), (4, "actual.invalid"), (6, "expected.invalid"), (7, "period.missing"), (8, "actual.invalid")], result.Rejected.Select(r => (r.Line, r.Code)));
        Assert.Equal("actual", result.Rejected[0].Column);
    }

    [Fact]
    public void A_file_without_expected_values_is_unusable() =>
        Assert.Throws<TextTableException>(() => ClvTrackingCsv.Read(Table("period,actual\nw1,1\n")));

    [Fact]
    public void Strict_mode_refuses_a_rejected_period() =>
        Assert.Throws<ImportRejectedException>(() => ClvTrackingCsv.Read(TextTable.Open(new MemoryStream(Encoding.UTF8.GetBytes("period,actual,expected\nw1,x,1\n")), new TextTableOptions { Strict = true })));
}

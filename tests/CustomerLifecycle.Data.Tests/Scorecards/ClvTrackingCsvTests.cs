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
    public void Hold_out_marks_are_read_as_people_write_yes_and_no()
    {
        var result = ClvTrackingCsv.Read(Table("period,actual,expected,holdout\nw1,1,1,N\nw2,2,2,否\nw3,3,3,Y\nw4,4,4,是\nw5,5,5,TRUE\n"));
        Assert.True(result.IsClean);
        Assert.Equal([false, false, true, true, true], result.Accepted.Select(p => p.Holdout));
    }

    [Fact]
    public void A_hold_out_mark_that_is_not_yes_or_no_is_rejected_not_read_as_no()
    {
        var result = ClvTrackingCsv.Read(Table("period,actual,expected,holdout\nw1,1,1,no\nw2,2,2,maybe\n"));
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal((3, "holdout.invalid", "holdout"), (rejected.Line, rejected.Code, rejected.Column));
        Assert.Equal("holdout 'maybe' is not true/false, 1/0, yes/no or 是/否", rejected.Reason);
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

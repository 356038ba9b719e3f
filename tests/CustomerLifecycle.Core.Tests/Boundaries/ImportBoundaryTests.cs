using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Core.Tests.Boundaries;

public class ImportBoundaryTests
{
    [Fact]
    public void Builder_counts_what_it_collects_and_keeps_the_order()
    {
        var b = new ImportResultBuilder<string>();
        b.Accept("x");
        b.Accept("y");
        b.Reject(3, "a.code", "first");
        b.Reject(4, "amount", "b.code", "second");
        b.Reject(new RejectedRow(9, "c.code", "third"));
        Assert.Equal(2, b.AcceptedCount);
        Assert.Equal(3, b.RejectedCount);
        var r = b.Build();
        Assert.Equal(["x", "y"], r.Accepted);
        Assert.Equal([3, 4, 9], r.Rejected.Select(x => x.Line));
        Assert.Equal(["a.code", "b.code", "c.code"], r.Rejected.Select(x => x.Code));
        Assert.Equal(["first", "second", "third"], r.Rejected.Select(x => x.Reason));
        Assert.Equal([null, "amount", null], r.Rejected.Select(x => x.Column));
    }

    [Fact]
    public void Built_result_does_not_change_when_the_builder_goes_on()
    {
        var b = new ImportResultBuilder<int>();
        b.Accept(1);
        var first = b.Build();
        b.Accept(2);
        b.Reject(2, "c", "r");
        Assert.Single(first.Accepted);
        Assert.Empty(first.Rejected);
    }

    [Theory]
    [InlineData(0, "c", "r", "line")]
    [InlineData(-1, "c", "r", "line")]
    [InlineData(1, " ", "r", "code")]
    [InlineData(1, "c", "", "reason")]
    public void Builder_refuses_a_rejection_without_a_line_code_or_reason(int line, string code, string reason, string param)
    {
        var b = new ImportResultBuilder<int>();
        Assert.Equal(param, Assert.ThrowsAny<ArgumentException>(() => b.Reject(line, code, reason)).ParamName);
        Assert.Equal(param, Assert.ThrowsAny<ArgumentException>(() => b.Reject(line, "col", code, reason)).ParamName);
        Assert.Equal(0, b.RejectedCount);
    }

    [Fact]
    public void Builder_refuses_a_null_rejected_row() =>
        Assert.Throws<ArgumentNullException>("row", () => new ImportResultBuilder<int>().Reject(null!));

    [Fact]
    public void Result_counts_rows_and_the_rejected_share()
    {
        var r = new ImportResult<int>([1, 2, 3], [new RejectedRow(5, "c", "r")]);
        Assert.False(r.IsClean);
        Assert.Equal(4, r.RowCount);
        Assert.Equal(0.25, r.RejectedFraction);
        Assert.Equal("1 of 4 rows rejected (25.0 %)", r.DescribeRejections());
    }

    [Fact]
    public void Empty_result_is_clean_with_no_rejected_share()
    {
        var r = new ImportResult<int>([], []);
        Assert.True(r.IsClean);
        Assert.Equal(0, r.RowCount);
        Assert.Equal(0d, r.RejectedFraction);
        Assert.Equal("0 of 0 rows rejected (0.0 %)", r.DescribeRejections());
    }

    [Theory]
    [InlineData(1, 1, "1 of 1 row rejected (100.0 %)")]
    [InlineData(0, 1, "0 of 1 row rejected (0.0 %)")]
    [InlineData(1, 3, "1 of 3 rows rejected (33.3 %)")]
    [InlineData(2, 2, "2 of 2 rows rejected (100.0 %)")]
    public void Rejection_total_reads_as_a_sentence(int rejected, int rows, string expected) =>
        Assert.Equal(expected, RejectionTotal.Describe(rejected, rows));

    [Fact]
    public void Rejection_total_refuses_impossible_counts()
    {
        Assert.Throws<ArgumentOutOfRangeException>("rejected", () => RejectionTotal.Describe(-1, 3));
        Assert.Throws<ArgumentOutOfRangeException>("rejected", () => RejectionTotal.Describe(4, 3));
    }
}

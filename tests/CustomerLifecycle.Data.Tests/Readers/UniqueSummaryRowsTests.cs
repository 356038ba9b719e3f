using System.Text;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv;

namespace CustomerLifecycle.Data.Tests.Readers;

/// <summary>
/// The unique rows of a summary file are a read-only list whose rows are made as they are read: every way of reading
/// it gives the same rows, in the same order, and it cannot be changed.
/// </summary>
public sealed class UniqueSummaryRowsTests
{
    private static IReadOnlyList<CustomerSummary> Rows(string text)
    {
        using var table = TextTable.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        return CustomerSummaryReader.ReadUnique(table).Rows;
    }

    private static readonly string Text = "frequency,recency,T,weight\n2,3,10,1.5\n0,0,5,2\n2,3,10,1\n1,0.5,5,1\n";

    [Fact]
    public void Indexing_enumerating_and_copying_give_the_same_rows_in_order()
    {
        var rows = Rows(Text);
        CustomerSummary[] expected = [new(0, 0, 5, weight: 2), new(1, 0.5, 5, weight: 1), new(2, 3, 10, weight: 2.5)];

        var copied = new CustomerSummary[5];
        ((ICollection<CustomerSummary>)rows).CopyTo(copied, 1);

        Assert.Equal(3, rows.Count);
        Assert.Equal(expected, rows);
        Assert.Equal(expected, Enumerable.Range(0, rows.Count).Select(i => rows[i]));
        Assert.Null(copied[0]);
        Assert.Null(copied[4]);
        Assert.Equal(expected, copied[1..4]);
        Assert.Equal(expected, rows.ToArray());
    }

    [Fact]
    public void Reading_a_row_twice_gives_equal_rows()
    {
        var rows = Rows(Text);

        Assert.Equal(rows[2], rows[2]);
        Assert.True(((ICollection<CustomerSummary>)rows).Contains(new CustomerSummary(2, 3, 10, weight: 2.5)));
        Assert.False(((ICollection<CustomerSummary>)rows).Contains(new CustomerSummary(2, 3, 10, weight: 1)));
        Assert.False(((ICollection<CustomerSummary>)rows).Contains(null!));
    }

    [Fact]
    public void The_list_cannot_be_changed_or_copied_out_of_range()
    {
        var rows = (ICollection<CustomerSummary>)Rows(Text);

        Assert.True(rows.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => rows.Add(new CustomerSummary(1, 1, 2)));
        Assert.Throws<NotSupportedException>(() => rows.Remove(new CustomerSummary(0, 0, 5, weight: 2)));
        Assert.Throws<NotSupportedException>(rows.Clear);
        Assert.Throws<ArgumentOutOfRangeException>(() => rows.CopyTo(new CustomerSummary[3], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => rows.CopyTo(new CustomerSummary[3], -1));
        Assert.Throws<ArgumentNullException>(() => rows.CopyTo(null!, 0));
        Assert.Throws<IndexOutOfRangeException>(() => ((IReadOnlyList<CustomerSummary>)rows)[3]);
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public void A_weight_sum_that_overflows_fails_when_the_file_is_read_not_when_its_rows_are()
    {
        var text = "frequency,recency,T,weight\n1,1,2,1e308\n1,1,2,1e308\n";

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Rows(text));

        Assert.Equal("weight", error.ParamName);
    }

    [Fact]
    public void A_file_without_rows_has_an_empty_list()
    {
        var rows = Rows("frequency,recency,T\n");

        Assert.Empty(rows);
        Assert.Empty(Enumerable.Range(0, rows.Count));
    }
}

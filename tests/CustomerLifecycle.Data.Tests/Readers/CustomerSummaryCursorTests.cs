using System.Text;
using CustomerLifecycle.Core;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Data.Tests.Readers;

/// <summary>The cursor accepts, rejects and numbers every row as <see cref="CustomerSummaryReader.Read(TextTable)"/> does, without an object per row.</summary>
public class CustomerSummaryCursorTests
{
    private static readonly string[] Numbers = ["0", "1", "2.0", " 3 ", "1.5", "-1", "", "x", "NaN", "Infinity", "-0", "1e3", "1e400", "12,5", "0.25", "40", "\"39.5\"", "007"];
    private static readonly string[] Ids = ["", "a", "b", " a ", "\"a\"", "\"c,d\"", new string('i', 201), new string('j', 200), "c"];
    private static readonly string[] Amounts = ["", "12.50", "0", "-3", "$4.00", "\"1,234.5\"", "12,50", "(2.00)", "abc", "99999999999999999999999999999999", "7", " 7 ", ".5", "5."];
    private static readonly string[] Ends = ["\n", "\r\n", "\r", "\n\n", "\n \n"];

    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>What the cursor reads from a text: the accepted rows (as summaries, with lines), the rejected rows and the count.</summary>
    private static (List<(int Line, CustomerSummary Row)> Accepted, List<(int, string, string)> Rejected, int RowCount) ReadWithCursor(string text, TextTableOptions? options = null)
    {
        using var table = TextTable.Open(Bytes(text), options);
        var cursor = new CustomerSummaryCursor(table);
        var accepted = new List<(int, CustomerSummary)>();
        while (cursor.MoveNext())
        {
            accepted.Add((cursor.Current.Line, cursor.Current.ToSummary()));
        }

        return (accepted, cursor.Rejected.Select(r => (r.Line, r.Code, r.Reason)).ToList(), cursor.RowCount);
    }

    [Property(MaxTest = 300)]
    public Property Every_row_is_accepted_or_rejected_as_the_reader_decides_it_on_the_same_physical_line()
    {
        var row = from id in Gen.Elements(Ids)
                  from x in Gen.Elements(Numbers)
                  from tx in Gen.Elements(Numbers)
                  from t in Gen.Elements(Numbers)
                  from m in Gen.Elements(Amounts)
                  from w in Gen.Elements(Numbers)
                  from end in Gen.Elements(Ends)
                  select $"{id},{x},{tx},{t},{m},{w}{end}";
        var file = from n in Gen.Choose(0, 25) from rows in Gen.ArrayOf(row, n) select "customer_id,frequency,recency,T,monetary_value,weight\n" + string.Concat(rows);
        var convention = Gen.Elements(NumberConvention.Unspecified, NumberConvention.WithDecimalSeparator('.'), NumberConvention.WithDecimalSeparator(','));
        return Prop.ForAll((from f in file from c in convention select (f, c)).ToArbitrary(), pair =>
        {
            var options = new TextTableOptions { Numbers = pair.c };
            var expected = CustomerSummaryReader.Read(Bytes(pair.f), options);
            var (accepted, rejected, rowCount) = ReadWithCursor(pair.f, options);
            return accepted.Select(a => a.Row).SequenceEqual(expected.Import.Accepted)
                && accepted.Select(a => a.Line).SequenceEqual(expected.AcceptedLines)
                && rejected.SequenceEqual(expected.Import.Rejected.Select(r => (r.Line, r.Code, r.Reason)))
                && rowCount == expected.Import.RowCount;
        });
    }

    [Fact]
    public void A_plain_row_gives_its_numbers_its_trimmed_id_and_its_physical_line()
    {
        const string text = "\uFEFF\r\ncustomer_id;frequency;recency;T;monetary_value\r\n  a1 ;2;30.5;40;12,50\r\n\r\nb;0;0;40;\r\n";
        using var table = TextTable.Open(Bytes(text), new TextTableOptions { Numbers = NumberConvention.WithDecimalSeparator(',') });
        var cursor = new CustomerSummaryCursor(table);
        Assert.True(cursor.HasCustomerIds && cursor.HasMonetaryValues && !cursor.HasWeights);

        Assert.True(cursor.MoveNext());
        var first = cursor.Current;
        Assert.Equal((3, 2d, 30.5, 40d, 12.50m, 1d, "a1"), (first.Line, first.Frequency, first.Recency, first.Age, first.MonetaryValue, first.Weight, first.Customer.ToString()));

        Assert.True(cursor.MoveNext());
        var second = cursor.Current;
        Assert.Equal((5, 0d, null, "b"), (second.Line, second.Recency, second.MonetaryValue, second.Customer.ToString()));
        Assert.Equal(new CustomerSummary(0, 0, 40, CustomerId.From("b")), second.ToSummary());

        Assert.False(cursor.MoveNext());
        Assert.Equal(2, cursor.RowCount);
        Assert.Empty(cursor.Rejected);
    }

    [Fact]
    public void A_repeated_id_is_rejected_naming_the_line_it_first_appeared_on()
    {
        const string text = "ID,x,t_x,T\nA,1,1,2\n\"a\",1,1,2\n\n A ,0,0,3\nA,0,0,3\n";
        var (accepted, rejected, rowCount) = ReadWithCursor(text);
        Assert.Equal([2, 3], accepted.Select(a => a.Line));
        Assert.Equal(
            [(5, "customer_id.duplicate", "customer_id \"A\" already appeared on line 2"), (6, "customer_id.duplicate", "customer_id \"A\" already appeared on line 2")],
            rejected);
        Assert.Equal(4, rowCount);
    }

    [Theory]
    [InlineData("NaN", "frequency.not_a_number")]
    [InlineData("Infinity", "frequency.not_a_number")]
    [InlineData("-1", "frequency.negative")]
    [InlineData("1.5", "frequency.not_whole")]
    [InlineData("", "frequency.missing")]
    public void A_bad_frequency_is_rejected_with_the_readers_code(string frequency, string code)
    {
        var (accepted, rejected, _) = ReadWithCursor($"frequency,recency,T\n{frequency},0,5\n1,2,5\n");
        Assert.Equal(3, Assert.Single(accepted).Line);
        Assert.Equal((2, code), (rejected[0].Item1, rejected[0].Item2));
    }

    [Theory]
    [InlineData("0,3,5", "recency.without_repeat")]
    [InlineData("2,6,5", "recency.after_age")]
    [InlineData("2,-1,5", "recency.negative")]
    [InlineData("2,1,0", "age.not_positive")]
    [InlineData("2,1,-Infinity", "age.not_a_number")]
    public void A_history_that_cannot_be_is_rejected_with_the_readers_code(string row, string code)
    {
        var (accepted, rejected, rowCount) = ReadWithCursor($"frequency,recency,T\n{row}\n");
        Assert.Empty(accepted);
        Assert.Equal((2, code), (rejected[0].Item1, rejected[0].Item2));
        Assert.Equal(1, rowCount);
    }

    [Fact]
    public void Strict_options_visit_every_row_then_throw_what_the_reader_throws()
    {
        const string text = "frequency,recency,T\n1,1,2\n0,3,5\n2,1,4\n";
        var strict = new TextTableOptions { Strict = true };
        var expected = Assert.Throws<ImportRejectedException>(() => CustomerSummaryReader.Read(Bytes(text), strict));
        using var table = TextTable.Open(Bytes(text), strict);
        var cursor = new CustomerSummaryCursor(table);
        var lines = new List<int>();
        var thrown = Assert.Throws<ImportRejectedException>(() =>
        {
            while (cursor.MoveNext())
            {
                lines.Add(cursor.Current.Line);
            }
        });
        Assert.Equal([2, 4], lines);
        Assert.Equal(expected.Message, thrown.Message);
        Assert.Equal(expected.Rejected, thrown.Rejected);
        Assert.False(cursor.MoveNext());
    }

    [Fact]
    public void Current_off_a_row_is_an_error_and_the_end_stays_the_end()
    {
        using var table = TextTable.Open(Bytes("frequency,recency,T\n1,1,2\n"));
        var cursor = new CustomerSummaryCursor(table);
        Assert.Throws<InvalidOperationException>(() => cursor.Current.Line);
        Assert.True(cursor.MoveNext());
        Assert.False(cursor.MoveNext());
        Assert.Throws<InvalidOperationException>(() => cursor.Current.Line);
        Assert.False(cursor.MoveNext());
    }

    [Fact]
    public void A_table_without_a_required_column_or_a_null_table_is_refused()
    {
        using var table = TextTable.Open(Bytes("frequency,T\n1,2\n"));
        Assert.Throws<TextTableException>(() => new CustomerSummaryCursor(table));
        Assert.Throws<ArgumentNullException>(() => new CustomerSummaryCursor(null!));
    }

    [Fact]
    public void The_default_row_is_not_a_summary()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => default(CustomerSummaryRow).ToSummary());
    }

    [Fact]
    public void Plain_rows_allocate_nothing_once_the_buffers_are_grown()
    {
        static long Allocated(int rows)
        {
            var text = new StringBuilder("frequency,recency,T,monetary_value\n");
            for (var i = 0; i < rows; i++)
            {
                text.Append($"{i % 7},{i % 7},{(i % 7) + 3}.5,12.25\n");
            }

            using var table = TextTable.Open(Bytes(text.ToString()));
            var before = GC.GetAllocatedBytesForCurrentThread();
            var cursor = new CustomerSummaryCursor(table);
            var total = 0d;
            while (cursor.MoveNext())
            {
                total += cursor.Current.Frequency + (double)cursor.Current.MonetaryValue!.Value;
            }

            Assert.Equal(rows, cursor.RowCount);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        // The runtime may allocate on this thread while it recompiles the loop (tiering, on-stack replacement), so the
        // smallest of a few differences is the one that tells: twice the rows, the same bytes.
        Allocated(1_000);
        var extra = Enumerable.Range(0, 4).Min(_ => Math.Abs(Allocated(40_000) - Allocated(20_000)));
        Assert.InRange(extra, 0, 512);
    }

    [Property(MaxTest = 100)]
    public Property The_id_set_finds_every_repeat_and_the_line_it_first_appeared_on(string[] ids)
    {
        var set = new CustomerIdSet();
        var reference = new Dictionary<string, int>(StringComparer.Ordinal);
        var line = 0;
        foreach (var id in (ids ?? []).Where(i => !string.IsNullOrEmpty(i)).Select(i => i.Length > 200 ? i[..200] : i).SelectMany(i => new[] { i, i + "x", i }))
        {
            line++;
            var isNew = set.TryAdd(id, line, out var first);
            if (isNew != reference.TryAdd(id, line) || (!isNew && first != reference[id]))
            {
                return false.Label($"{id} on line {line}");
            }
        }

        return (set.Count == reference.Count).ToProperty();
    }

    [Fact]
    public void The_id_set_keeps_ids_across_its_arena_chunks_and_table_growth()
    {
        var set = new CustomerIdSet();
        var ids = Enumerable.Range(0, 5_000).Select(i => $"{i}{new string('z', 150)}").ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            Assert.True(set.TryAdd(ids[i], i + 1, out _));
        }

        for (var i = ids.Length - 1; i >= 0; i--)
        {
            Assert.False(set.TryAdd(ids[i], 99_999, out var first));
            Assert.Equal(i + 1, first);
        }

        Assert.Equal(5_000, set.Count);
    }
}

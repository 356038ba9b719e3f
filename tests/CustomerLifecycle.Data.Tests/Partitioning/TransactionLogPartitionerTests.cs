using System.Text;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.Data.Transactions.Partitioning;
using CustomerLifecycle.Data.Writers;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Partitioning;

/// <summary>A log summarised by partitions by customer gives the in-memory fold's summary and CSV bytes, whatever the number of partitions.</summary>
public sealed class TransactionLogPartitionerTests : IDisposable
{
    private static readonly TransactionColumns Columns = new("customer", "date", "amount");
    private static readonly string[] Customers = ["a", "b", " c ", "d", "B", "é", "a1", "", new string('x', 201)];
    private static readonly string[] Dates = ["2025-01-03", "2025-01-04", "2025-01-06", "2025-02-10", "2025-03-31", "20250115", "2025-02-30", "2025-04-01T10:00:00Z", "1899-12-31", "", "soon"];
    private static readonly string[] Amounts = ["12.50", "3", "", "-4", "$5.00", "€5.00", "1,234.5", "12,50", "x", "0.10", "7.125"];
    private readonly string _folder = Directory.CreateTempSubdirectory("partition-tests-").FullName;
    private readonly string _path;

    public TransactionLogPartitionerTests() => _path = Path.Combine(_folder, "log.csv");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Temp => Directory.CreateDirectory(Path.Combine(_folder, "tmp")).FullName;

    private static TransactionSummaryOptions Options(LocalDate end, LocalDate? calibration, PeriodUnit grouping) =>
        new() { Unit = PeriodUnit.Week, ObservationEnd = end, CalibrationEnd = calibration, Zone = DateTimeZone.Utc, PurchaseGrouping = grouping };

    private TransactionLogPartitioner Partitioner(int partitions) => new(new TransactionPartitionOptions { Partitions = partitions, TemporaryDirectory = Temp });

    private static string Csv(TransactionSummary summary)
    {
        var writer = new StringWriter();
        SummaryCsvWriter.Write(writer, summary, hasAmounts: true);
        return writer.ToString();
    }

    private static string Csv(PartitionedTransactionSummary summary)
    {
        var writer = new StringWriter();
        summary.WriteCsv(writer, hasAmounts: true);
        return writer.ToString();
    }

    private static bool Same(TransactionLogSummary actual, TransactionLogSummary expected) =>
        actual.RowCount == expected.RowCount
        && actual.Currency == expected.Currency
        && actual.Summary.Customers.SequenceEqual(expected.Summary.Customers)
        && (actual.Summary.Holdout ?? []).SequenceEqual(expected.Summary.Holdout ?? [])
        && (actual.Summary.Holdout is null) == (expected.Summary.Holdout is null)
        && actual.Summary.HoldoutLength == expected.Summary.HoldoutLength
        && actual.Summary.Excluded.SequenceEqual(expected.Summary.Excluded)
        && Rows(actual.Summary.Rejected).SequenceEqual(Rows(expected.Summary.Rejected))
        && Rows(actual.Summary.UnknownValues).SequenceEqual(Rows(expected.Summary.UnknownValues));

    private static IEnumerable<(int, string, string, string?)> Rows(IEnumerable<RejectedRow> rows) => rows.Select(r => (r.Line, r.Code, r.Reason, r.Column));

    private TransactionLogSummary InMemory(TransactionFold fold, Func<LocalDate?, TransactionSummaryOptions> options) =>
        TransactionLogReader.FoldFile(_path, Columns, TextTableOptions.Default, fold, options);

    [Property(MaxTest = 200)]
    public Property Any_log_cut_into_any_number_of_partitions_summarises_as_the_in_memory_fold()
    {
        // A row may end in blank fields (a trailing comma) or carry an unquoted extra field, which is rejected.
        var row = from c in Gen.Elements(Customers)
                  from d in Gen.Elements(Dates)
                  from a in Gen.Elements(Amounts)
                  from extra in Gen.Elements("", "", ",", ", ", ",50")
                  select $"{c},{d},\"{a}\"{extra}\n";
        var log = from n in Gen.Choose(0, 40) from rows in Gen.ArrayOf(row, n) select "customer,date,amount\n" + string.Concat(rows);
        var window = from calibration in Gen.Elements<LocalDate?>(null, new LocalDate(2025, 1, 5), new LocalDate(2025, 2, 1))
                     from end in Gen.Elements<LocalDate?>(null, new LocalDate(2025, 3, 31))
                     from grouping in Gen.Elements(PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Month)
                     from k in Gen.Choose(1, 7)
                     select (calibration, end, grouping, k);
        return Prop.ForAll((from l in log from w in window select (l, w)).ToArbitrary(), pair =>
        {
            var (calibration, end, grouping, k) = pair.w;
            File.WriteAllText(_path, pair.l);
            TransactionSummaryOptions Chosen(LocalDate? latest) => Options(LocalDate.Max(end ?? latest ?? new LocalDate(2025, 4, 30), calibration?.PlusDays(1) ?? new LocalDate(2025, 1, 1)), calibration, grouping);
            TransactionFold NewFold() => new(DateTimeZone.Utc, grouping, calibration, end);
            var expected = InMemory(NewFold(), Chosen);
            using var actual = Partitioner(k).SummarizeFile(_path, Columns, TextTableOptions.Default, NewFold, Chosen);
            return Same(actual.ToLogSummary(), expected) && Csv(actual) == Csv(expected.Summary) && actual.Partitions == k;
        });
    }

    [Fact]
    public void Customers_out_of_date_order_in_several_partitions_are_summarised_exactly()
    {
        // Every customer's rows are shuffled out of date order; each partition is folded a second time.
        var rows = Enumerable.Range(0, 300).Select(i => $"c{i % 37},2025-0{1 + (i * 7 % 3)}-{1 + (i * 13 % 28):00},{i % 11}.5").Reverse();
        File.WriteAllText(_path, "customer,date,amount\n" + string.Join('\n', rows) + "\n");
        var options = Options(new LocalDate(2025, 3, 31), new LocalDate(2025, 2, 15), PeriodUnit.Day);
        TransactionFold NewFold() => new(DateTimeZone.Utc, PeriodUnit.Day, new LocalDate(2025, 2, 15), null);

        using var actual = Partitioner(5).SummarizeFile(_path, Columns, null, NewFold, _ => options);

        var expected = InMemory(NewFold(), _ => options);
        Assert.True(Same(actual.ToLogSummary(), expected));
        Assert.Equal(37, actual.CustomerCount);
        Assert.Equal(Csv(expected.Summary), Csv(actual));
    }

    [Fact]
    public void Customers_come_back_in_ordinal_id_order_across_partitions()
    {
        File.WriteAllText(_path, "customer,date,amount\nz,2025-01-01,1\nB,2025-01-02,1\na,2025-01-03,1\nä,2025-01-04,1\nA,2025-01-05,1\nb,2025-01-06,1\n");

        using var summary = Partitioner(4).SummarizeFile(_path, Columns, null, () => new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null), l => Options(l!.Value.PlusDays(1), null, PeriodUnit.Day));

        Assert.Equal(["A", "B", "a", "b", "z", "ä"], summary.ReadCustomers().Select(c => c.Summary.Customer!.Value.Value));
    }

    [Fact]
    public void Bad_rows_keep_their_physical_lines_and_reasons()
    {
        // Line 3 has no customer, 4 an unreadable date, 5 a refund, 6 an amount in a second currency, 7 a quoted field over
        // two lines, 10 an amount with an unquoted decimal comma (an extra field).
        File.WriteAllText(_path, "customer,date,amount\na,2025-01-01,$1\n,2025-01-02,1\nb,soon,1\nc,2025-01-03,-2\nd,2025-01-04,€3\n\"e\nf\",2025-01-05,x\ng,2025-01-06,4\nh,2025-01-07,1,50\n");
        TransactionFold NewFold() => new(DateTimeZone.Utc, PeriodUnit.Day, null, null);

        using var summary = Partitioner(3).SummarizeFile(_path, Columns, null, NewFold, l => Options(l!.Value, null, PeriodUnit.Day));

        Assert.Equal([(3, "customer_id.missing"), (4, "date.invalid"), (5, "amount.negative"), (10, "row.extra_fields")], summary.Rejected.Select(r => (r.Line, r.Code)));
        Assert.Equal("the row has 4 fields where the header has 3: a value holding a comma must be quoted, else the fields after it are not under their columns", summary.Rejected[^1].Reason);
        Assert.Equal([(6, "amount.other_currency"), (7, "amount.not_a_number")], summary.UnknownValues.Select(r => (r.Line, r.Code)));
        Assert.Equal("$", summary.Currency);
        Assert.Equal(8, summary.RowCount);
        Assert.True(Same(summary.ToLogSummary(), InMemory(NewFold(), l => Options(l!.Value, null, PeriodUnit.Day))));
    }

    [Fact]
    public void A_pipe_is_read_once_and_summarised_as_a_file()
    {
        var text = "customer,date,amount\nb,2025-01-20,4\na,2025-01-01,1\nb,2025-01-06,2\na,2025-01-10,3\n";
        File.WriteAllText(_path, text);
        using var pipe = new OneWayStream(Encoding.UTF8.GetBytes(text));
        using var table = TextTable.Open(pipe, null, _path);
        TransactionFold NewFold() => new(DateTimeZone.Utc, PeriodUnit.Day, null, null);
        var partitioner = new TransactionLogPartitioner(new TransactionPartitionOptions { TemporaryDirectory = Temp });

        using var summary = partitioner.Summarize(table, Columns, NewFold, l => Options(l!.Value, null, PeriodUnit.Day));

        Assert.Equal(128, summary.Partitions);
        Assert.True(Same(summary.ToLogSummary(), InMemory(NewFold(), l => Options(l!.Value, null, PeriodUnit.Day))));
    }

    [Fact]
    public void The_temporary_files_are_deleted_when_the_summary_is_disposed()
    {
        File.WriteAllText(_path, "customer,date,amount\na,2025-01-01,1\nb,2025-01-02,1\n");

        var summary = Partitioner(3).SummarizeFile(_path, Columns, null, () => new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null), l => Options(l!.Value.PlusDays(1), null, PeriodUnit.Day));
        var during = Directory.GetFiles(Temp, "*", SearchOption.AllDirectories);
        summary.Dispose();

        Assert.Equal(3, during.Length);
        Assert.Empty(Directory.GetFileSystemEntries(Temp));
        Assert.Throws<ObjectDisposedException>(() => summary.ReadCustomers());
    }

    [Fact]
    public void A_strict_refusal_deletes_the_temporary_files()
    {
        File.WriteAllText(_path, "customer,date,amount\na,2025-01-01,1\n,2025-01-10,3\n");

        var e = Assert.Throws<ImportRejectedException>(() => Partitioner(2).SummarizeFile(
            _path, Columns, TextTableOptions.Default with { Strict = true }, () => new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null), l => Options(l!.Value, null, PeriodUnit.Day)));

        Assert.Equal(3, Assert.Single(e.Rejected).Line);
        Assert.Empty(Directory.GetFileSystemEntries(Temp));
    }

    [Fact]
    public void Cancellation_while_cutting_deletes_the_temporary_files()
    {
        File.WriteAllText(_path, "customer,date,amount\n" + string.Concat(Enumerable.Range(0, 70_000).Select(i => $"c{i % 1000},2025-01-01,1\n")));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => Partitioner(4).SummarizeFile(
            _path, Columns, null, () => new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null), l => Options(l!.Value, null, PeriodUnit.Day), cancel.Token));

        Assert.Empty(Directory.GetFileSystemEntries(Temp));
    }

    [Fact]
    public void Cancellation_while_writing_stops_the_csv_and_disposing_deletes_the_files()
    {
        File.WriteAllText(_path, "customer,date,amount\n" + string.Concat(Enumerable.Range(0, 70_000).Select(i => $"c{i},2025-01-01,1\n")));
        using var cancel = new CancellationTokenSource();
        var summary = Partitioner(3).SummarizeFile(_path, Columns, null, () => new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null), l => Options(l!.Value.PlusDays(1), null, PeriodUnit.Day));
        cancel.Cancel();
        var writer = new StringWriter();

        Assert.ThrowsAny<OperationCanceledException>(() => summary.WriteCsv(writer, hasAmounts: true, cancel.Token));
        summary.Dispose();

        Assert.InRange(writer.ToString().Count(c => c == '\n'), 60_000, 65_537);
        Assert.Empty(Directory.GetFileSystemEntries(Temp));
    }

    [Fact]
    public void Options_that_disagree_with_the_folds_are_refused_and_the_files_deleted()
    {
        File.WriteAllText(_path, "customer,date,amount\na,2025-01-01,1\na,2025-01-10,3\n");

        Assert.Throws<ArgumentException>(() => Partitioner(2).SummarizeFile(_path, Columns, null, () => new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null), _ => Options(new LocalDate(2025, 1, 5), null, PeriodUnit.Day)));
        Assert.Empty(Directory.GetFileSystemEntries(Temp));
    }

    [Fact]
    public void A_missing_log_or_temporary_folder_is_named()
    {
        TransactionFold NewFold() => new(DateTimeZone.Utc, PeriodUnit.Day, null, null);
        var missing = Path.Combine(_folder, "nowhere");
        File.WriteAllText(_path, "customer,date\na,2025-01-01\n");

        var log = Assert.Throws<TextTableException>(() => Partitioner(2).SummarizeFile(missing, Columns, null, NewFold, l => Options(l!.Value, null, PeriodUnit.Day)));
        var folder = Assert.Throws<DirectoryNotFoundException>(() => new TransactionLogPartitioner(new TransactionPartitionOptions { TemporaryDirectory = missing })
            .SummarizeFile(_path, new TransactionColumns("customer", "date"), null, NewFold, l => Options(l!.Value, null, PeriodUnit.Day)));

        Assert.Equal($"{missing}: no such file", log.Message);
        Assert.Contains(missing, folder.Message, StringComparison.Ordinal);
    }

    /// <summary>A stream that can only be read forward, as a pipe.</summary>
    private sealed class OneWayStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Position { get => base.Position; set => throw new NotSupportedException(); }

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();
    }
}

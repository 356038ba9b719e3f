using System.Text;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Readers;

/// <summary>The fold of a log file (memory by customers, a second pass when out of order) equals the summary that keeps every purchase.</summary>
public sealed class TransactionFoldFileTests : IDisposable
{
    private static readonly TransactionColumns Columns = new("customer", "date", "amount");
    private static readonly string[] Customers = ["a", "b", " c ", "d", "", new string('x', 201)];
    private static readonly string[] Dates = ["2025-01-03", "2025-01-04", "2025-01-06", "2025-02-10", "2025-03-31", "20250115", "2025-02-30", "2025-04-01T10:00:00Z", "1899-12-31", "", "soon"];
    private static readonly string[] Amounts = ["12.50", "3", "", "-4", "$5.00", "1,234.5", "12,50", "x", "0.10", "7.125"];
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"fold-{Guid.NewGuid():N}.csv");

    public void Dispose() => File.Delete(_path);

    private static TransactionSummaryOptions Options(LocalDate end, LocalDate? calibration, PeriodUnit grouping) =>
        new() { Unit = PeriodUnit.Week, ObservationEnd = end, CalibrationEnd = calibration, Zone = DateTimeZone.Utc, PurchaseGrouping = grouping };

    private TransactionLogSummary Expected(string text, Func<LocalDate?, TransactionSummaryOptions> options)
    {
        using var table = TextTable.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), TextTableOptions.Default, _path);
        return TransactionLogReader.ReadAndSummarize(table, Columns, options);
    }

    private static bool Same(TransactionLogSummary actual, TransactionLogSummary expected) =>
        actual.RowCount == expected.RowCount
        && actual.Currency == expected.Currency
        && actual.Summary.Customers.SequenceEqual(expected.Summary.Customers)
        && (actual.Summary.Holdout ?? []).SequenceEqual(expected.Summary.Holdout ?? [])
        && actual.Summary.HoldoutLength == expected.Summary.HoldoutLength
        && actual.Summary.Excluded.SequenceEqual(expected.Summary.Excluded)
        && Rows(actual.Summary.Rejected).SequenceEqual(Rows(expected.Summary.Rejected))
        && Rows(actual.Summary.UnknownValues).SequenceEqual(Rows(expected.Summary.UnknownValues));

    private static IEnumerable<(int, string, string)> Rows(IEnumerable<RejectedRow> rows) => rows.Select(r => (r.Line, r.Code, r.Reason));

    [Property(MaxTest = 300)]
    public Property Folding_a_file_summarises_as_keeping_every_purchase()
    {
        var row = from c in Gen.Elements(Customers) from d in Gen.Elements(Dates) from a in Gen.Elements(Amounts) select $"{c},{d},\"{a}\"\n";
        var log = from n in Gen.Choose(0, 30) from rows in Gen.ArrayOf(row, n) select "customer,date,amount\n" + string.Concat(rows);
        var window = from calibration in Gen.Elements<LocalDate?>(null, new LocalDate(2025, 1, 5), new LocalDate(2025, 2, 1))
                     from end in Gen.Elements<LocalDate?>(null, new LocalDate(2025, 3, 31))
                     from grouping in Gen.Elements(PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Month)
                     select (calibration, end, grouping);
        return Prop.ForAll((from l in log from w in window select (l, w)).ToArbitrary(), pair =>
        {
            var (calibration, end, grouping) = pair.w;
            File.WriteAllText(_path, pair.l);
            TransactionSummaryOptions Chosen(LocalDate? latest) => Options(LocalDate.Max(end ?? latest ?? new LocalDate(2025, 4, 30), calibration?.PlusDays(1) ?? new LocalDate(2025, 1, 1)), calibration, grouping);
            var fold = new TransactionFold(DateTimeZone.Utc, grouping, calibration, end);
            var actual = TransactionLogReader.FoldFile(_path, Columns, TextTableOptions.Default, fold, Chosen);
            return Same(actual, Expected(pair.l, Chosen));
        });
    }

    [Fact]
    public void A_customer_out_of_date_order_is_read_twice_and_summarised_exactly()
    {
        // b's second row is dated before its first: a second pass refolds b from its purchases sorted by date.
        const string text = "customer,date,amount\nb,2025-01-20,4\na,2025-01-01,1\nb,2025-01-06,2\na,2025-01-10,3\nb,2025-01-06,5\n";
        File.WriteAllText(_path, text);
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, new LocalDate(2025, 1, 31));
        var options = Options(new LocalDate(2025, 1, 31), null, PeriodUnit.Day);

        var summary = TransactionLogReader.FoldFile(_path, Columns, null, fold, _ => options).Summary;

        var b = summary.Customers.Single(c => c.Customer!.Value.Value == "b");
        Assert.Equal((1d, 2d, 25d / 7, 4m), (b.Frequency, b.Recency, b.Age, b.MonetaryValue!.Value));
        Assert.True(Same(TransactionLogReader.FoldFile(_path, Columns, null, new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, new LocalDate(2025, 1, 31)), _ => options), Expected(text, _ => options)));
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null);

        var e = Assert.Throws<TextTableException>(() => TransactionLogReader.FoldFile(_path, Columns, null, fold, l => Options(l!.Value, null, PeriodUnit.Day)));

        Assert.Equal($"{_path}: no such file", e.Message);
    }

    [Fact]
    public void Options_that_disagree_with_the_fold_are_refused()
    {
        File.WriteAllText(_path, "customer,date,amount\na,2025-01-01,1\na,2025-01-10,3\n");
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null);

        Assert.Throws<ArgumentException>(() => TransactionLogReader.FoldFile(_path, Columns, null, fold, _ => Options(new LocalDate(2025, 1, 5), null, PeriodUnit.Day)));
    }

    [Fact]
    public void Strict_reading_refuses_a_rejected_row_after_folding()
    {
        File.WriteAllText(_path, "customer,date,amount\na,2025-01-01,1\n,2025-01-10,3\n");
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null);

        var e = Assert.Throws<ImportRejectedException>(() => TransactionLogReader.FoldFile(_path, Columns, TextTableOptions.Default with { Strict = true }, fold, l => Options(l!.Value, null, PeriodUnit.Day)));

        Assert.Equal(3, Assert.Single(e.Rejected).Line);
    }
}

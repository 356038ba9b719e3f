using System.Globalization;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Clv.Data;

/// <summary>Rows folded a batch at a time (ids hashed and prefetched ahead) summarise as the same rows added one by one, to the bit.</summary>
public class PurchaseBatchTests
{
    private static readonly LocalDate Start = new(2025, 1, 1);
    private static readonly string[] Customers = ["a", "b", "c12345678", "customer-with-a-long-id", "é", "\u0163", "abcdefgh", "x\0"];
    private static readonly decimal?[] Amounts = [null, 0m, 0.00m, 3m, 12.50m, 0.10m, 7.125m, 100m];
    private static readonly string[] Dates = ["2025-01-03", "soon", "", "2025-02-30"];

    /// <summary>A row: a purchase read already (Date null), or a text row that goes through the text rules.</summary>
    private sealed record Row(int Line, string Customer, int Day, decimal? Amount, string? Date);

    private static void OneByOne(TransactionFold fold, IEnumerable<Row> rows)
    {
        foreach (var r in rows)
        {
            if (r.Date is null)
            {
                fold.Add(r.Line, r.Customer, Start.PlusDays(r.Day), r.Amount);
            }
            else
            {
                fold.Add(new TransactionRecord(r.Line, r.Customer, r.Date, r.Amount?.ToString(CultureInfo.InvariantCulture)));
            }
        }
    }

    private static void Batched(TransactionFold fold, IEnumerable<Row> rows)
    {
        var batch = new PurchaseBatch(fold);
        foreach (var r in rows)
        {
            if (r.Date is null)
            {
                batch.Add(r.Line, r.Customer, Start.PlusDays(r.Day).ToDateOnly().DayNumber, r.Amount);
            }
            else
            {
                batch.Flush();
                fold.Add(new TransactionRecord(r.Line, r.Customer, r.Date, r.Amount?.ToString(CultureInfo.InvariantCulture)));
            }
        }

        batch.Flush();
    }

    /// <summary>Every value of a summary, decimals with their scale, and the customers in their numbering order.</summary>
    private static string Summarize(Action<TransactionFold, IEnumerable<Row>> add, Row[] rows, LocalDate? calibration, LocalDate? end, PeriodUnit grouping)
    {
        var fold = new TransactionFold(DateTimeZone.Utc, grouping, calibration, end);
        add(fold, rows);
        var customers = fold.CustomerCount;
        if (fold.NeedsSecondPass)
        {
            fold.BeginSecondPass();
            add(fold, rows);
        }

        var latest = fold.LatestDate;
        var observationEnd = end ?? LocalDate.Max(latest ?? Start, calibration?.PlusDays(1) ?? Start);
        var summary = fold.Summarize(new() { Unit = PeriodUnit.Week, ObservationEnd = observationEnd, CalibrationEnd = calibration, PurchaseGrouping = grouping });
        return string.Join('\n', summary.Customers.Select(c => FormattableString.Invariant($"{c.Customer} {c.Frequency:R} {c.Recency:R} {c.Age:R} {c.MonetaryValue}"))
            .Concat((summary.Holdout ?? []).Select(h => FormattableString.Invariant($"holdout {h.Frequency} {h.MonetaryValue}")))
            .Concat(summary.Excluded.Select(e => $"excluded {e}"))
            .Concat(summary.Rejected.Concat(summary.UnknownValues).Select(r => $"{r.Line} {r.Code} {r.Reason}"))
            .Append(FormattableString.Invariant($"{customers} customers, latest {latest}")));
    }

    [Property(MaxTest = 200)]
    public Property Batched_rows_fold_to_the_summary_of_rows_added_one_by_one()
    {
        var row = from customer in Gen.Elements(Customers)
                  from day in Gen.Choose(0, 120)
                  from amount in Gen.Elements(Amounts)
                  from text in Gen.Frequency((6, Gen.Constant<string?>(null)), (1, Gen.Elements(Dates).Select(d => (string?)d)))
                  select (customer, day, amount, text);
        var log = from n in Gen.Choose(0, 80)
                  from rows in Gen.ArrayOf(row, n)
                  from calibration in Gen.Elements<LocalDate?>(null, Start.PlusDays(40))
                  from end in Gen.Elements<LocalDate?>(null, Start.PlusDays(100))
                  from grouping in Gen.Elements(PeriodUnit.Day, PeriodUnit.Week, PeriodUnit.Month)
                  select (Rows: rows.Select((r, i) => new Row(i + 2, r.customer, r.day, r.amount, r.text)).ToArray(), calibration, end, grouping);
        return Prop.ForAll(log.ToArbitrary(), c =>
            Summarize(OneByOne, c.Rows, c.calibration, c.end, c.grouping) == Summarize(Batched, c.Rows, c.calibration, c.end, c.grouping));
    }

    [Fact]
    public void Batched_rows_of_many_customers_number_them_in_the_order_they_first_appear()
    {
        // 30,000 customers (the id table grows six times while batches are pending), ids short, long and wide, in and out of date order.
        var rows = Enumerable.Range(0, 90_000)
            .Select(i => new Row(i + 2, Id((i * 7919) % 30_000), (i % 3) == 2 ? 1 : i / 1000, i % 5 == 0 ? null : i % 100 / 4m, null))
            .ToArray();

        Assert.Equal(Summarize(OneByOne, rows, null, null, PeriodUnit.Day), Summarize(Batched, rows, null, null, PeriodUnit.Day));

        static string Id(int n) => (n % 3) switch
        {
            0 => n.ToString("D8", CultureInfo.InvariantCulture),
            1 => "customer-" + n.ToString(CultureInfo.InvariantCulture),
            _ => "é" + n.ToString(CultureInfo.InvariantCulture),
        };
    }

    [Theory]
    [InlineData(23)]
    [InlineData(0)]
    public void A_table_found_again_after_growing_whether_slots_are_placed_from_their_tags_or_from_their_ids(int placedFromTag)
    {
        var ids = Enumerable.Range(0, 20_000).Select(i => (i % 4) switch
        {
            0 => i.ToString(CultureInfo.InvariantCulture),
            1 => "c" + i.ToString("D7", CultureInfo.InvariantCulture),
            2 => "\u0163" + i.ToString(CultureInfo.InvariantCulture),
            _ => "a-longer-customer-id-" + i.ToString(CultureInfo.InvariantCulture),
        }).ToArray();
        var table = new CustomerIdTable(placedFromTag);

        var numbers = ids.Select(id => table.IndexOf(id, CustomerIdTable.KeyOf(id))).ToArray();

        Assert.Equal(Enumerable.Range(0, ids.Length), numbers);
        Assert.Equal(numbers, ids.Select(id => table.IndexOf(id)));
        Assert.All(numbers, n => Assert.Equal(ids[n], table.Span(n).ToString()));
    }

    [Fact]
    public void An_empty_batch_folds_nothing()
    {
        var fold = new TransactionFold(DateTimeZone.Utc, PeriodUnit.Day, null, null);
        var batch = new PurchaseBatch(fold);

        batch.Flush();

        Assert.Equal(0, batch.Count);
        Assert.Equal(0, fold.CustomerCount);
        Assert.Null(fold.LatestDate);
    }
}

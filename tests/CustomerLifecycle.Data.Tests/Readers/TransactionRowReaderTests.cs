using System.Text;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Readers;

/// <summary>The one-pass summary of a log read from spans equals the summary of the same log read as text records.</summary>
public class TransactionRowReaderTests
{
    private static readonly TransactionColumns Columns = new("customer", "date", "amount");
    private static readonly string[] Customers = ["a", "b", " c ", "d", "", new string('x', 201)];
    private static readonly string[] Dates = ["2025-01-03", "2025-01-03", "2025-02-10", "2025-03-31", "20250115", "2025-02-30", "2025-04-01T10:00:00Z", "1899-12-31", "", "soon"];
    private static readonly string[] Amounts = ["12.50", "3", "", "-4", "$5.00", "1,234.5", "12,50", "x", "0.10"];

    private static TextTable Open(string text, TextTableOptions options) => TextTable.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), options, "log.csv");

    private static TransactionSummaryOptions Options(LocalDate end, LocalDate? calibration) =>
        new() { Unit = PeriodUnit.Week, ObservationEnd = end, CalibrationEnd = calibration, Zone = DateTimeZone.Utc };

    [Property(MaxTest = 300)]
    public Property Reading_in_one_pass_summarises_as_reading_records_first()
    {
        // A row may end in blank fields (a trailing comma) or carry an unquoted extra field, which is rejected.
        var row = from c in Gen.Elements(Customers)
                  from d in Gen.Elements(Dates)
                  from a in Gen.Elements(Amounts)
                  from extra in Gen.Elements("", "", ",", ", ", ",50")
                  select $"{c},{d},\"{a}\"{extra}\n";
        var log = from n in Gen.Choose(0, 30) from rows in Gen.ArrayOf(row, n) select "customer,date,amount\n" + string.Concat(rows);
        var calibration = Gen.Elements<LocalDate?>(null, new LocalDate(2025, 2, 1));
        return Prop.ForAll((from l in log from c in calibration select (l, c)).ToArbitrary(), pair =>
        {
            var options = TextTableOptions.Default;
            var records = TransactionLogReader.Read(Open(pair.l, options), Columns);
            var end = new LocalDate(2025, 3, 31);
            var expected = TransactionLogReader.Summarize(records, Options(end, pair.c));
            LocalDate? latest = null;
            var actual = TransactionLogReader.ReadAndSummarize(Open(pair.l, options), Columns, l => { latest = l; return Options(end, pair.c); });
            return latest == records.LatestDate(DateTimeZone.Utc)
                && actual.RowCount == expected.RowCount
                && actual.Currency == records.Currency
                && actual.Summary.Customers.SequenceEqual(expected.Summary.Customers)
                && (actual.Summary.Holdout ?? []).SequenceEqual(expected.Summary.Holdout ?? [])
                && actual.Summary.Excluded.SequenceEqual(expected.Summary.Excluded)
                && actual.Summary.Rejected.Select(r => (r.Line, r.Code, r.Reason)).SequenceEqual(expected.Summary.Rejected.Select(r => (r.Line, r.Code, r.Reason)))
                && actual.Summary.UnknownValues.Select(r => (r.Line, r.Code, r.Reason)).SequenceEqual(expected.Summary.UnknownValues.Select(r => (r.Line, r.Code, r.Reason)));
        });
    }

    [Fact]
    public void The_observation_end_can_be_the_latest_purchase_date_found_in_the_one_pass()
    {
        const string text = "customer,date,amount\na,2025-01-01,10\nb,2025-01-05,4\na,2025-01-08,6\n";
        var result = TransactionLogReader.ReadAndSummarize(Open(text, TextTableOptions.Default), Columns, latest => Options(latest!.Value, null));
        Assert.Equal(3, result.RowCount);
        var a = result.Summary.Customers[0];
        Assert.Equal((1d, 1d, 1d, 6m), (a.Frequency, a.Recency, a.Age, a.MonetaryValue));
    }

    [Fact]
    public void A_refund_and_a_purchase_after_the_end_are_rejected_in_line_order()
    {
        const string text = "customer,date,amount\na,2025-05-01,10\na,2025-01-01,-3\na,2025-01-02,4\n";
        var result = TransactionLogReader.ReadAndSummarize(Open(text, TextTableOptions.Default), Columns, _ => Options(new LocalDate(2025, 3, 1), null));
        Assert.Equal([(2, "date.after_observation_end"), (3, "amount.negative")], result.Summary.Rejected.Select(r => (r.Line, r.Code)));
    }
}

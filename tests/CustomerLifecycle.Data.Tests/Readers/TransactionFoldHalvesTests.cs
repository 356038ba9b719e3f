using System.Text;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Readers;

/// <summary>
/// A transaction log file of 4 MB or more folded on two cores (each half of the file by its own thread) gives what
/// folding it on one core gives, to the bit: customers and their values, holdout, exclusions, the row count, the currency,
/// and every rejection and unknown amount with its line, code and reason. A file whose halves could differ is read on
/// one core, or its second half read again row by row.
/// </summary>
public sealed class TransactionFoldHalvesTests : IDisposable
{
    private static readonly TransactionColumns Columns = new("customer", "date", "amount");
    private static readonly string[] Bad = ["", "  ", ",2025-01-05,3", "c1,,3", "c1,soon,3", "c1,2025-02-30,3", "c1,2025-01-05,-4", "c1,2025-01-05,x", "c1,2025-01-05,", "c1,20250105,1,234.5", "c1,2099-12-31,1", "c1,2025-01-05T10:00:00Z,7"];
    private readonly string _folder = Directory.CreateTempSubdirectory("fold-halves").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>About 5 MB of purchases of 20,000 customers over a year, bad rows of every kind in both halves, <paramref name="late"/> rows near the end.</summary>
    private static string Log(string breakText, bool shuffled, Func<int, string> amount, string late = "")
    {
        var random = new Random(7);
        var text = new StringBuilder("customer,date,amount").Append(breakText);
        const int rows = 220_000;
        for (var i = 0; i < rows; i++)
        {
            if (i == rows - 1000)
            {
                text.Append(late);
            }

            var day = shuffled ? random.Next(0, 365) : i * 365 / rows;
            var line = i % 1999 == 7 ? Bad[i / 1999 % Bad.Length]
                : FormattableString.Invariant($"c{random.Next(0, 20_000):D5},{new LocalDate(2025, 1, 1).PlusDays(day):yyyy-MM-dd},{amount(i)}");
            text.Append(line).Append(breakText);
        }

        return text.ToString();
    }

    private static string Plain(int i) => FormattableString.Invariant($"{(i % 50) + (i % 7 / 4m):0.##}");

    private string Write(string text, bool bom = false)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, [.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text)]);
        return path;
    }

    private static TransactionFold NewFold(LocalDate? calibration) => new(DateTimeZone.Utc, PeriodUnit.Week, calibration, null);

    private static TransactionSummaryOptions Options(LocalDate? latest, LocalDate? calibration) =>
        new() { Unit = PeriodUnit.Week, ObservationEnd = latest!.Value, CalibrationEnd = calibration, Zone = DateTimeZone.Utc, PurchaseGrouping = PeriodUnit.Week };

    private static string Describe(TransactionLogSummary log) =>
        string.Join('\n', log.Summary.Customers.Select(c => FormattableString.Invariant($"{c.Customer} {c.Frequency:R} {c.Recency:R} {c.Age:R} {c.MonetaryValue}"))
            .Concat((log.Summary.Holdout ?? []).Select(h => FormattableString.Invariant($"holdout {h.Frequency} {h.MonetaryValue}")))
            .Concat(log.Summary.Excluded.Select(e => $"excluded {e}"))
            .Concat(Rows(log.Summary.Rejected)).Concat(Rows(log.Summary.UnknownValues))
            .Append($"{log.RowCount} {log.Currency}"));

    private static IEnumerable<string> Rows(IEnumerable<RejectedRow> rows) => rows.Select(r => $"{r.Line} {r.Code} {r.Column} {r.Reason}");

    /// <summary>The one-core fold: a table over a stream is never split.</summary>
    private static string OneCore(string path, LocalDate? calibration, TextTableOptions? options = null) =>
        Describe(TransactionLogReader.FoldAndSummarize(() => TextTable.Open(File.OpenRead(path), options, path), Columns, NewFold(calibration), l => Options(l, calibration)));

    private static string TwoCores(string path, LocalDate? calibration, TextTableOptions? options = null) =>
        Describe(TransactionLogReader.FoldFile(path, Columns, options, NewFold(calibration), l => Options(l, calibration)));

    private static bool Splits(string path)
    {
        using var table = TextTable.OpenFile(path);
        using var rest = table.TrySplit(0.5);
        return rest is not null;
    }

    [Theory]
    [InlineData("\n", false, false)]
    [InlineData("\r\n", false, true)]
    [InlineData("\n", true, false)]
    [InlineData("\r\n", true, true)]
    public void A_log_folded_on_two_cores_gives_the_one_core_result_to_the_bit(string breakText, bool shuffled, bool bom)
    {
        var path = Write(Log(breakText, shuffled, Plain, $"c00001,\"2025-06-01\",\"1{breakText}\"{breakText}"), bom);
        Assert.True(Splits(path));

        Assert.Equal(OneCore(path, null), TwoCores(path, null));
        Assert.Equal(OneCore(path, new LocalDate(2025, 9, 30)), TwoCores(path, new LocalDate(2025, 9, 30)));
    }

    [Fact]
    public void Amounts_in_another_currency_in_the_second_half_are_read_again_on_one_core()
    {
        // The first half's amounts are in dollars; the second half's first marked amount is in euros: the euro amounts are
        // of unknown value, as on one core, not a currency of their own.
        var path = Write(Log("\n", false, i => i < 100_000 ? $"${Plain(i)}" : $"€{Plain(i)}"));
        Assert.True(Splits(path));

        var twoCores = TwoCores(path, null);

        Assert.Equal(OneCore(path, null), twoCores);
        Assert.Contains("amount.other_currency", twoCores, StringComparison.Ordinal);
        Assert.EndsWith(" $", twoCores, StringComparison.Ordinal);
    }

    [Fact]
    public void A_currency_first_seen_in_the_second_half_is_the_logs_currency()
    {
        var path = Write(Log("\n", false, i => i < 150_000 ? Plain(i) : $"€{Plain(i)}"));

        var twoCores = TwoCores(path, null);

        Assert.Equal(OneCore(path, null), twoCores);
        Assert.EndsWith(" €", twoCores, StringComparison.Ordinal);
    }

    [Fact]
    public void A_log_with_a_quote_before_its_middle_is_folded_on_one_core()
    {
        var path = Write(Log("\n", true, i => i == 10 ? "\"12.5\"" : Plain(i)));
        Assert.False(Splits(path));

        Assert.Equal(OneCore(path, null), TwoCores(path, null));
    }

    [Fact]
    public void Strict_reading_refuses_rejections_of_both_halves_in_line_order()
    {
        var path = Write(Log("\n", false, Plain));
        var strict = TextTableOptions.Default with { Strict = true };

        var twoCores = Assert.Throws<ImportRejectedException>(() => TransactionLogReader.FoldFile(path, Columns, strict, NewFold(null), l => Options(l, null)));
        var oneCore = Assert.Throws<ImportRejectedException>(() => OneCore(path, null, strict));

        Assert.Equal(Rows(oneCore.Rejected), Rows(twoCores.Rejected));
        Assert.Equal(oneCore.Message, twoCores.Message);
    }

    [Fact]
    public void An_unreadable_second_half_fails_as_on_one_core()
    {
        var path = Write(Log("\n", false, Plain, "c1,2025-06-01,\"12\n"));

        var twoCores = Assert.Throws<TextTableException>(() => TwoCores(path, null));
        var oneCore = Assert.Throws<TextTableException>(() => OneCore(path, null));

        Assert.Equal(oneCore.Message, twoCores.Message);
    }
}

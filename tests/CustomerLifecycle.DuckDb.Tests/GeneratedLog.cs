using System.Globalization;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.DuckDb.Tests;

/// <summary>
/// A deterministic transaction log with every case the summary rules distinguish: several purchases a day, month ends
/// (31 January plus a month), unknown amounts, refunds, purchases after the calibration and the observation end, and
/// customers whose first purchase is on or after the calibration end.
/// </summary>
internal sealed class GeneratedLog
{
    public static readonly LocalDate ObservationEnd = new(2020, 12, 15);
    public static readonly LocalDate CalibrationEnd = new(2020, 9, 30);
    private static readonly LocalDate First = new(2019, 10, 31);

    public GeneratedLog(int seed, int customers = 300)
    {
        var random = new Random(seed);
        var span = ObservationEnd.ToDateOnly().DayNumber - First.ToDateOnly().DayNumber + 20;
        for (var c = 0; c < customers; c++)
        {
            var id = "c" + c.ToString("D5", CultureInfo.InvariantCulture);
            var start = First.PlusDays(random.Next(span));
            if (random.Next(10) == 0)
            {
                start = new LocalDate(2020, 1 + random.Next(11), 1).PlusDays(-1); // a month end
            }

            var purchases = 1 + random.Next(random.Next(2) == 0 ? 3 : 15);
            var day = start;
            for (var p = 0; p < purchases; p++)
            {
                Rows.Add((id, day, Amount(random)));
                day = random.Next(4) == 0 ? day : day.PlusDays(random.Next(1, 60));
            }
        }

        // Any order: the summaries must not depend on it.
        var order = Rows.Select(_ => random.Next()).ToArray();
        var rows = Rows.ToArray();
        Array.Sort(order, rows);
        Rows = [.. rows];
    }

    /// <summary>customer id, date, amount text ("" unknown, negative a refund).</summary>
    public List<(string Customer, LocalDate Date, string Amount)> Rows { get; } = [];

    public IEnumerable<TransactionRecord> Records => Rows.Select((r, i) =>
        new TransactionRecord(i + 2, r.Customer, r.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), r.Amount));

    public IEnumerable<object?[]> SqlRows => Rows.Select(r => new object?[]
    {
        r.Customer, r.Date, r.Amount.Length == 0 ? null : decimal.Parse(r.Amount, CultureInfo.InvariantCulture),
    });

    public const string SqlColumns = "customer_id VARCHAR(40), purchase_date DATE, amount DECIMAL(18, 2)";

    /// <summary>The log as a CSV file (customer_id,date,amount) in a temp folder.</summary>
    public string WriteCsv(string folder)
    {
        var path = Path.Combine(folder, "transactions.csv");
        File.WriteAllLines(path, ["customer_id,date,amount", .. Rows.Select(r => $"{r.Customer},{r.Date:uuuu-MM-dd},{r.Amount}")]);
        return path;
    }

    public static TransactionSummaryOptions Options(PeriodUnit unit, PeriodUnit grouping, bool holdout) => new()
    {
        Unit = unit,
        ObservationEnd = ObservationEnd,
        CalibrationEnd = holdout ? CalibrationEnd : null,
        PurchaseGrouping = grouping,
    };

    private static string Amount(Random random) => random.Next(40) switch
    {
        0 => string.Empty,
        1 => "-" + (random.Next(100, 5000) / 100m).ToString(CultureInfo.InvariantCulture),
        _ => (random.Next(0, 50000) / 100m).ToString(CultureInfo.InvariantCulture),
    };
}

using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Diagnostics;
using CustomerLifecycle.Tests.Shared;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Clv.Diagnostics;

/// <summary>The CDNOW 1/10 sample's event log (btyd/cdnowElog.csv in the datasets folder) as text records, split at 1997-09-30, read once.</summary>
internal static class CdnowLog
{
    public const string File = "external/btyd/cdnowElog.csv";

    private static readonly Lazy<ClvHoldoutData> Weekly = new(() => ClvHoldoutData.FromTransactions(Records(), Options(PeriodUnit.Week)));

    public static ClvHoldoutData Data => Weekly.Value;

    public static TransactionSummaryOptions Options(PeriodUnit unit) => new()
    {
        Unit = unit,
        ObservationEnd = new LocalDate(1998, 6, 30),
        CalibrationEnd = new LocalDate(1997, 9, 30),
    };

    /// <summary>masterid,sampleid,date(YYYYMMDD),cds,sales → customer = sampleid, ISO date, amount = sales.</summary>
    public static IReadOnlyList<TransactionRecord> Records() =>
        System.IO.File.ReadLines(Datasets.File(File)).Skip(1).Where(l => l.Length > 0)
            .Select((l, i) =>
            {
                var f = l.Split(',');
                return new TransactionRecord(i + 2, f[1], $"{f[2][..4]}-{f[2][4..6]}-{f[2][6..]}", f[4]);
            })
            .ToArray();
}

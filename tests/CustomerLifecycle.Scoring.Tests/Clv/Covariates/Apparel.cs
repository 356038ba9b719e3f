using System.Globalization;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Tests.Shared;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Clv.Covariates;

/// <summary>
/// The apparel retailer's transactions and static covariates (Gender, Channel) from the datasets folder, summarised in
/// weeks with the calibration ending 2006-12-31 (same-day purchases merged; T from the first purchase to the end).
/// </summary>
internal static class Apparel
{
    public const string Transactions = "external/clvtools/apparelTrans.csv";
    public const string StaticCovariates = "external/clvtools/apparelStaticCov.csv";

    private static readonly Lazy<IReadOnlyList<CovariateCustomer>> Loaded = new(Load);

    public static IReadOnlyList<CovariateCustomer> Customers => Loaded.Value;

    private static List<CovariateCustomer> Load()
    {
        var records = File.ReadLines(Datasets.File(Transactions)).Skip(1).Select((l, i) =>
        {
            var f = l.Split(',');
            return new TransactionRecord(i + 2, f[0], f[1], f[2]);
        }).ToList();
        var summary = new TransactionSummarizer(new TransactionSummaryOptions
        {
            Unit = PeriodUnit.Week,
            CalibrationEnd = new LocalDate(2006, 12, 31),
            ObservationEnd = new LocalDate(2010, 12, 31),
        }).Summarize(records);
        var covariates = File.ReadLines(Datasets.File(StaticCovariates)).Skip(1).Select(l => l.Split(','))
            .ToDictionary(f => f[0], f => new[] { P(f[1]), P(f[2]) }, StringComparer.Ordinal);
        return summary.Customers.Select(c => new CovariateCustomer(c, covariates[c.Customer!.Value.ToString()])).ToList();

        static double P(string s) => double.Parse(s, CultureInfo.InvariantCulture);
    }
}

using System.Globalization;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

/// <summary>The CDNOW calibration summaries (cdnow_customers_summary_with_transactions.csv in the datasets folder, weeks), read once.</summary>
internal static class Cdnow
{
    private static readonly Lazy<IReadOnlyList<(double X, double Tx, double T, double Zbar)>> Rows = new(Load);

    public static IReadOnlyList<(double X, double Tx, double T, double Zbar)> Raw => Rows.Value;

    public static IReadOnlyList<CustomerSummary> Summaries { get; } =
        Raw.Select(r => new CustomerSummary(r.X, r.Tx, r.T, monetaryValue: (decimal)r.Zbar)).ToArray();

    private static List<(double X, double Tx, double T, double Zbar)> Load()
    {
        var path = Datasets.File("cdnow_customers_summary_with_transactions.csv");
        return File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l =>
        {
            var f = l.Split(',');
            return (P(f[1]), P(f[2]), P(f[3]), P(f[4]));
        }).ToList();

        static double P(string s) => double.Parse(s, CultureInfo.InvariantCulture);
    }
}

using System.Globalization;
using CustomerLifecycle.Scoring.Clv;

namespace CustomerLifecycle.Benchmarks.Clv;

/// <summary>The CDNOW summaries (Data/, weeks) and resamplings of them to any size.</summary>
internal static class ModelData
{
    public static CustomerSummary[] Cdnow() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Data", "cdnow_customers_summary_with_transactions.csv"))
            .Skip(1)
            .Where(l => l.Length > 0)
            .Select(l => l.Split(','))
            .Select(f => new CustomerSummary(P(f[1]), P(f[2]), P(f[3]), monetaryValue: decimal.Parse(f[4], CultureInfo.InvariantCulture)))
            .ToArray();

    /// <summary>CDNOW rows drawn with replacement (fixed seed).</summary>
    public static CustomerSummary[] Resampled(int count)
    {
        var source = Cdnow();
        var random = new Random(42);
        var result = new CustomerSummary[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = source[random.Next(source.Length)];
        }

        return result;
    }

    private static double P(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}

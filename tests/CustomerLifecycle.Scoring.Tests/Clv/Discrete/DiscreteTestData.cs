using System.Globalization;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerLifecycle.Scoring.Tests.Clv.Discrete;

/// <summary>Published data and generators for the discrete-time models.</summary>
public static class DiscreteTestData
{
    /// <summary>Fader, Hardie &amp; Shang (2010) donation data: 22 weighted (x, t_x, n = 6) rows, 11,104 donors.</summary>
    public static IReadOnlyList<DiscreteSummary> Donations() =>
        [.. File.ReadAllLines(Datasets.File("donations.csv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray())
            .Select(c => new DiscreteSummary(c[0], c[1], c[2], weight: c[3]))];

    // Fader & Hardie (2007), "How to Project Customer Retention", Table 1: survivors per 1,000 in years 0–7 (the
    // calibration years; the paper continues to year 12). The "high end" segment keeps 86.9 % after year 1.
    public static readonly double[] HighEnd = [1000, 869, 743, 653, 593, 551, 517, 491];

    public static readonly double[] Regular = [1000, 631, 468, 382, 326, 289, 262, 241];

    /// <summary>The published BG/BB estimates on the donation data.</summary>
    public static BgBbModel PublishedDonationModel() => new(1.204, 0.750, 0.657, 2.783);
}

/// <summary>FsCheck generators: model parameters over a wide range and valid (x, t_x, n) histories.</summary>
public static class DiscreteArbitraries
{
    private static Gen<double> Parameter() => Gen.Choose(1, 4000).Select(i => i / 400d); // 0.0025 .. 10

    public static Arbitrary<BgBbModel> BgBbModels() =>
        (from a in Parameter() from b in Parameter() from g in Parameter() from d in Parameter() select new BgBbModel(a, b, g, d))
        .ToArbitrary();

    public static Arbitrary<SbgModel> SbgModels() =>
        (from a in Parameter() from b in Parameter() select new SbgModel(a, b)).ToArbitrary();

    public static Arbitrary<DiscreteSummary> Histories() =>
        (from n in Gen.Choose(1, 60)
         from x in Gen.Choose(0, n)
         from tx in x == 0 ? Gen.Constant(0) : Gen.Choose(x, n)
         select new DiscreteSummary(x, tx, n)).ToArbitrary();
}

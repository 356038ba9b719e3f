using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Docs.Examples;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Docs.Tests;

public sealed class ClvModelsPageTests
{
    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void The_models_page_example_reproduces_the_published_CDNOW_predictions_for_customer_1()
    {
        var (purchases, alive, aliveInAYear, noPurchase, exactlyTwo, spend, value) = ClvModels.FitAndPredict(Cdnow());

        Assert.Equal(1.226, purchases, 0.002);       // Fader, Hardie & Lee (2005), customer 1, next 39 weeks
        Assert.Equal(24.65, spend, 0.02);            // Fader & Hardie's Gamma-Gamma note, customer 1
        Assert.InRange(alive, 0d, 1d);
        Assert.InRange(aliveInAYear, 0d, alive);     // still alive a year later is never likelier than alive now
        Assert.InRange(noPurchase, 0d, 1d);
        Assert.InRange(exactlyTwo, 0.01, alive);     // two more purchases need the customer alive now
        Assert.Equal(35.87, value, 0.05);            // 12 steps of 30 days (30/7 weeks) at 1 % a step
    }

    private static List<CustomerSummary> Cdnow()
    {
        var lines = File.ReadAllLines(Datasets.File("cdnow_customers_summary_with_transactions.csv"));
        var rows = new List<CustomerSummary>(lines.Length);
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = line.Split(',');
            double D(int i) => double.Parse(f[i], CultureInfo.InvariantCulture);
            var x = D(1);
            rows.Add(new CustomerSummary(x, D(2), D(3), CustomerId.From(f[0]), x > 0 ? decimal.Parse(f[4], CultureInfo.InvariantCulture) : null));
        }

        return rows;
    }
}

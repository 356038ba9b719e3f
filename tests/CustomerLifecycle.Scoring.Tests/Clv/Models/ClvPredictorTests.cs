using CustomerLifecycle.DependencyInjection;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

public sealed class ClvPredictorTests
{
    private static readonly BgNbdModel Transactions = new(0.243, 4.414, 0.793, 2.426);

    private static readonly GammaGammaModel Spend = new(6.25, 3.74, 15.44);

    [Fact]
    public void Every_fitter_and_the_predictor_resolve_from_the_service_collection_with_the_configured_options()
    {
        using var provider = new ServiceCollection().AddCustomerLifecycleClv(o => o.MaxIterations = 2).BuildServiceProvider();

        var fitter = provider.GetRequiredService<ContinuousModelFitter>();

        Assert.False(fitter.FitBgNbd(Cdnow.Summaries).Converged); // two iterations cannot reach the optimum
        Assert.False(fitter.FitParetoNbd(Cdnow.Summaries).Converged);
        Assert.NotNull(provider.GetRequiredService<DiscreteModelFitter>());
        Assert.NotNull(provider.GetRequiredService<ClvPredictor>());
    }

    [Fact]
    public void A_table_of_predictions_equals_the_model_customer_by_customer()
    {
        var customers = Cdnow.Summaries.Take(50).ToArray();

        var table = new ClvPredictor().Predict(Transactions, Spend, customers, 39, null);

        Assert.Equal(customers.Length, table.Count);
        for (var i = 0; i < customers.Length; i++)
        {
            var c = customers[i];
            var expected = Transactions.ConditionalExpectedTransactions(39, c.Frequency, c.Recency, c.Age);
            Assert.Equal(expected, table[i].ExpectedTransactions);
            Assert.Equal(Transactions.ProbabilityAlive(c.Frequency, c.Recency, c.Age), table[i].ProbabilityAlive);
            Assert.Equal(Spend.ExpectedSpend(c), table[i].ExpectedSpend);
            Assert.Equal(expected * table[i].ExpectedSpend!.Value, table[i].Value!.Value, 1e-12);
        }
    }

    [Fact]
    public void A_discounted_value_is_the_library_valuation_of_whole_periods()
    {
        var customer = new CustomerSummary(2, 30.43, 38.86, monetaryValue: 20m);

        var prediction = new ClvPredictor().Predict(Transactions, Spend, customer, 52, 0.002);

        Assert.Equal(ClvValuation.DiscountedValue(Transactions, Spend, customer, new ClvHorizon(52, 1d, 0.002)), prediction.Value);
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => new ClvPredictor().Predict(Transactions, Spend, customer, 2.5, 0.01));
    }

    [Fact]
    public void Without_a_spend_model_there_is_no_spend_or_value_and_a_zero_horizon_is_worth_nothing()
    {
        var customer = new CustomerSummary(2, 30.43, 38.86, monetaryValue: 20m);

        var purchasesOnly = new ClvPredictor().Predict(Transactions, null, customer, 39, null);
        var now = new ClvPredictor().Predict(Transactions, Spend, customer, 0, 0.01);

        Assert.Null(purchasesOnly.ExpectedSpend);
        Assert.Null(purchasesOnly.Value);
        Assert.Equal(1.226, purchasesOnly.ExpectedTransactions, 1e-3);
        Assert.Equal(0d, now.Value);
        Assert.Equal(0d, now.ExpectedTransactions);
    }
}

using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Docs.Examples;

/// <summary>The code of docs/clv-models.md; compiled and run by tests/CustomerLifecycle.Docs.Tests.</summary>
public static class ClvModels
{
    /// <summary>Fits BG/NBD and Gamma-Gamma to summaries (times in weeks) and predicts for the first customer.</summary>
    /// <param name="summaries">Per-customer summaries, the first one being the customer to predict for.</param>
    /// <returns>The expected purchases in the next 39 weeks, P(alive) now and a year later, P(X(39) = 0), the probability of exactly two purchases in the next 39 weeks, the expected spend per purchase and the discounted value.</returns>
    public static (double Purchases, double Alive, double AliveInAYear, double NoPurchase, double ExactlyTwo, double Spend, double Value) FitAndPredict(IReadOnlyList<CustomerSummary> summaries)
    {
        // <example:models>
        var fit = BgNbdModel.Fit(summaries);                 // ClvModelFit
        if (!fit.Converged)
        {
            throw new InvalidOperationException(fit.Message);
        }

        var model = BgNbdModel.FromFit(fit);                 // refuses a failed fit
        var spend = GammaGammaModel.FromFit(GammaGammaModel.Fit(summaries));
        var first = summaries[0];

        var purchases = model.ConditionalExpectedTransactions(39, first.Frequency, first.Recency, first.Age); // next 39 weeks
        var alive = model.ProbabilityAlive(first.Frequency, first.Recency, first.Age);                       // P(alive) now
        var aliveInAYear = model.ProbabilityAlive(first.Frequency, first.Recency, first.Age, future: 52);     // a year later
        var noPurchase = model.ProbabilityOfTransactions(n: 0, horizon: 39);                                 // P(X(39) = 0)
        var exactlyTwo = model.ConditionalProbabilityOfTransactions(2, 39, first.Frequency, first.Recency, first.Age); // P(2 in next 39 | history)
        var perPurchase = spend.ExpectedSpend(first);
        var value = ClvValuation.DiscountedValue(model, spend, first, new ClvHorizon(12, 30d / 7d, 0.01));    // 12 × 30-day months, 1 %/month
        // </example:models>
        return (purchases, alive, aliveInAYear, noPurchase, exactlyTwo, perPurchase, value);
    }
}

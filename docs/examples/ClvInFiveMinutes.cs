using CustomerLifecycle.DependencyInjection;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerLifecycle.Docs.Examples;

/// <summary>The code of docs/clv-in-5-minutes.md; compiled and run by tests/CustomerLifecycle.Docs.Tests.</summary>
public static class ClvInFiveMinutes
{
    /// <summary>CDNOW customer 1 (times in weeks) under the published BG/NBD and Gamma-Gamma parameters.</summary>
    public static (double Purchases, double PAlive, double Spend) Customer1()
    {
        // <example:predict>
        var bgNbd = new BgNbdModel(r: 0.243, alpha: 4.414, a: 0.793, b: 2.426); // fitted on CDNOW, in weeks
        var spend = new GammaGammaModel(p: 6.25, q: 3.74, v: 15.44);
        var customer = new CustomerSummary(frequency: 2, recency: 30.43, age: 38.86, monetaryValue: 22.35m);
        var purchases = bgNbd.ConditionalExpectedTransactions(39, customer.Frequency, customer.Recency, customer.Age); // next 39 WEEKS
        var alive = bgNbd.ProbabilityAlive(customer.Frequency, customer.Recency, customer.Age);
        var perPurchase = spend.ExpectedSpend(customer);
        Console.WriteLine($"{purchases:0.000} purchases, P(alive) {alive:0.00}, {perPurchase:0.00} per purchase");
        // </example:predict>
        return (purchases, alive, perPurchase);
    }

    /// <summary>A contractual cohort: fit sBG to survivors and value a customer.</summary>
    public static (ClvModelFit Fit, double Derl) Retention()
    {
        // <example:sbg>
        var cohort = new CohortSurvivors([1000, 631, 468, 382, 326, 289, 262, 241]); // survivors at the start of years 0–7
        var fit = SbgModel.Fit([cohort]);
        if (!fit.Converged)
        {
            throw new InvalidOperationException(fit.Message); // a failed fit says so; never use its numbers
        }

        var model = SbgModel.FromFit(fit);
        var derl = model.DiscountedExpectedResidualLifetime(discount: 0.10, renewals: 7); // in years, 10 % a year
        Console.WriteLine($"{fit}; a 7-year customer is worth {derl:0.00} discounted years of margin");
        // </example:sbg>
        return (fit, derl);
    }

    /// <summary>Registering the fitter with validated options.</summary>
    public static DiscreteModelFitter Register()
    {
        // <example:di>
        var services = new ServiceCollection();
        services.AddCustomerLifecycleClv(options => options.MaxIterations = 500); // validated when the host starts
        using var provider = services.BuildServiceProvider();
        var fitter = provider.GetRequiredService<DiscreteModelFitter>();
        // </example:di>
        return fitter;
    }
}

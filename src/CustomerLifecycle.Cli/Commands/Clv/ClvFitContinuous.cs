using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>The continuous-time models of <c>clv fit</c>/<c>clv predict</c> (BG/NBD, MBG/NBD, Pareto/NBD, Gamma-Gamma) over a summary CSV.</summary>
internal static class ClvFitContinuous
{
    public static bool IsTransactionModel(string model) => model is "bg-nbd" or "mbg-nbd" or "pareto-nbd";

    public static ClvModelFit Fit(string model, IReadOnlyList<CustomerSummary> customers, ClvFitOptions options)
    {
        try
        {
            return model switch
            {
                "bg-nbd" => BgNbdModel.Fit(customers, options),
                "mbg-nbd" => MbgNbdModel.Fit(customers, options),
                "pareto-nbd" => ParetoNbdModel.Fit(customers, options),
                "gamma-gamma" => GammaGammaModel.Fit(customers, options),
                _ => throw new UnusableInputException($"--model {model}: unknown model"),
            };
        }
        catch (ArgumentException ex) when (ex is not ArgumentNullException)
        {
            throw new UnusableInputException($"cannot fit {model}: {ex.Sentence()}", ex);
        }
    }

    public static IRepeatTransactionModel TransactionModel(ClvModelFit fit) => fit.Model switch
    {
        "bg-nbd" => BgNbdModel.FromFit(fit),
        "mbg-nbd" => MbgNbdModel.FromFit(fit),
        "pareto-nbd" => ParetoNbdModel.FromFit(fit),
        _ => throw new UnusableInputException($"--model {fit.Model}: predict needs bg-nbd, mbg-nbd, pareto-nbd, bg-bb or sbg (Gamma-Gamma is added when the file has monetary values)"),
    };

    /// <summary>
    /// CLV over <paramref name="horizon"/> periods: Σ_{k=1}^{⌈h⌉} (E[Y(k)] − E[Y(k−1)]) · spend / (1 + d)^k, the purchases of each
    /// period discounted at its end (the last period may be partial); without a discount rate, E[Y(h)] · spend.
    /// </summary>
    public static double Clv(IRepeatTransactionModel model, CustomerSummary c, double horizon, double? discount, double spend)
    {
        if (discount is not { } d)
        {
            return model.ConditionalExpectedTransactions(horizon, c.Frequency, c.Recency, c.Age) * spend;
        }

        var total = 0d;
        var previous = 0d;
        var steps = (int)Math.Ceiling(horizon);
        for (var k = 1; k <= steps; k++)
        {
            var current = model.ConditionalExpectedTransactions(Math.Min(k, horizon), c.Frequency, c.Recency, c.Age);
            total += (current - previous) * spend / Math.Pow(1d + d, k);
            previous = current;
        }

        return total;
    }
}

using System.CommandLine;
using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// <c>clv predict summary.csv --model pareto-nbd|bg-nbd --covariates cov.csv --horizon t</c>: fits the model with every
/// covariate column in both processes (read and joined as <c>clv fit --covariates</c> does) and predicts each customer from
/// the model of its own covariate values; customers without a covariate row are rejected with line and reason.
/// </summary>
internal sealed class ClvPredictCovariates
{
    private readonly Option<string?> _file = new("--covariates")
    {
        Description = "pareto-nbd, bg-nbd: covariate CSV (customer_id or Id and numeric columns); fits the model with every column in both processes and predicts each customer from its own covariates. Customers without a row are rejected with line and reason.",
    };

    /// <summary>Adds <c>--covariates</c> to the command.</summary>
    public void AddTo(Command command) => command.Options.Add(_file);

    /// <summary>The covariate file asked for, or null.</summary>
    public string? File(ParseResult parse) => parse.GetValue(_file);

    /// <summary>Fits with covariates and predicts every joined customer from its own model.</summary>
    public static ClvPredictJson Predict(string path, TextTableOptions text, string covariatePath, string model, bool savedFit, ClvConvergencePolicy policy, double horizon, double? discount, ClvPredictExtras extras)
    {
        Check(model, savedFit, horizon, discount, extras);
        var covariates = TextInput.Read(covariatePath, text, CovariateReader.Read);
        Rejections.Warn(covariatePath, covariates.Rejected);
        var options = new ClvCovariateOptions { Names = covariates.Names };
        if (new ClvCovariateOptionsValidator().Validate(options) is { IsValid: false } invalid)
        {
            throw new UnusableInputException($"--covariates: {string.Join("; ", invalid.Errors.Select(e => e.ErrorMessage))}");
        }

        var summary = SummaryCsv.Read(path, text);
        var (customers, rejected) = ClvFitCovariateJoin.Join(summary, covariates, covariatePath);
        if (customers.Count == 0)
        {
            Rejections.Warn(path, rejected);
            throw new UnusableInputException($"{path}: no customer has both a usable row and covariates in {covariatePath}");
        }

        Console.Error.WriteLine($"{path}: fitting {model} with covariates {string.Join(", ", covariates.Names)}…");
        var fitter = new ClvCovariateFitter();
        var fit = model == "pareto-nbd" ? fitter.FitParetoNbd(customers, options) : fitter.FitBgNbd(customers, options);
        var summaries = customers.Select(c => c.Summary).ToArray();
        var spend = summary.HasMonetaryValues ? ClvPredictSpend.Fit(path, summary, policy).Model : null;
        var rows = new ContinuousPredictionJson[customers.Count];
        var predictor = new ClvPredictor();

        // Customers with the same covariate values share one model: predict them together (DERT tabulates once per group).
        foreach (var group in Enumerable.Range(0, customers.Count).GroupBy(i => string.Join(',', customers[i].Values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)))))
        {
            var members = group.ToArray();
            var own = CustomerModel(fit, customers[members[0]].Values, policy);
            var predictions = predictor.Predict(own, spend, members.Select(i => summaries[i]), horizon, discount);
            var dert = new double[members.Length];
            if (extras.Dert is { } rate)
            {
                DiscountedResidualTransactions.Of(own, rate, members.Select(i => summaries[i].Frequency).ToArray(), members.Select(i => summaries[i].Recency).ToArray(), members.Select(i => summaries[i].Age).ToArray(), dert);
            }

            for (var k = 0; k < members.Length; k++)
            {
                var p = predictions[k];
                var row = new ContinuousPredictionJson(p.Customer?.Value, p.Frequency, p.Recency, p.Age, p.ExpectedTransactions, p.ProbabilityAlive, p.ExpectedSpend, p.Value);
                if (extras.Dert is not null)
                {
                    row.Extra["dert"] = dert[k];
                }

                rows[members[k]] = row;
            }
        }

        string[] columns = ["customer_id", "frequency", "recency", "T", "expected_purchases", "p_alive", .. spend is null ? Array.Empty<string>() : ["expected_spend", "clv"], .. extras.Columns(spend is not null)];
        var parameters = fit.Parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        return new ClvPredictJson(path, model, parameters, horizon, discount, null, Nps.RejectedJson.From(rejected), columns, rows, rejected);
    }

    private static void Check(string model, bool savedFit, double horizon, double? discount, ClvPredictExtras extras)
    {
        if (model is not ("pareto-nbd" or "bg-nbd"))
        {
            throw new UnusableInputException($"--covariates: predicts with pareto-nbd or bg-nbd fits, not {model}");
        }

        var conflict = savedFit ? "--params (the covariate fit is made in the same run)"
            : extras.Interval is not null ? "--interval"
            : extras.NewCustomer ? "--new-customer (a new customer's covariates are not known here; the library's NewCustomers takes them)"
            : null;
        if (conflict is not null)
        {
            throw new UnusableInputException($"--covariates: cannot be combined with {conflict}");
        }

        if (!double.IsFinite(horizon) || horizon < 0d || (discount is not null && Math.Floor(horizon) != horizon))
        {
            throw new UnusableInputException(string.Create(CultureInfo.InvariantCulture, $"--horizon: must be a finite number of periods ≥ 0, whole with --discount; got {horizon:R}"));
        }
    }

    private static IRepeatTransactionModel CustomerModel(ClvCovariateFit fit, IReadOnlyList<double> values, ClvConvergencePolicy policy)
    {
        try
        {
            return (IRepeatTransactionModel)fit.CustomerModel(values, policy);
        }
        catch (ArgumentException ex) when (ex is not ArgumentNullException)
        {
            throw new UnusableInputException($"--covariates: {ex.Sentence()} (--allow-unconverged predicts anyway)", ex);
        }
    }
}

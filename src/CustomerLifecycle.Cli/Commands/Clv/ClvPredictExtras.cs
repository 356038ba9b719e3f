using System.CommandLine;
using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// The optional predictions of <c>clv predict</c>: <c>--derl</c> (sbg), <c>--dert &lt;rate&gt;</c> (continuous models),
/// <c>--new-customer</c> and <c>--interval &lt;level&gt; [--interval-method normal|bootstrap] [--draws n] [--seed s]</c>;
/// every value checked before any work. <see cref="ClvPredictDiscreteIntervals"/> adds the intervals of bg-bb and sbg.
/// </summary>
internal sealed record ClvPredictExtras(bool Derl, double? Dert, bool NewCustomer, ClvIntervalOptions? Interval)
{
    /// <summary>The renewal decisions <c>--derl</c> reports.</summary>
    public const int DerlRenewals = 10;

    /// <summary>The options, added to the command; <see cref="Read"/> turns a parse into a checked request.</summary>
    internal sealed record Options(Option<bool> Derl, Option<double?> Dert, Option<bool> NewCustomer, Option<double?> Interval, Option<string?> Method, Option<int?> Draws, Option<int?> Seed)
    {
        public static Options AddTo(Command command)
        {
            var options = new Options(
                new Option<bool>("--derl") { Description = "sbg: add \"derl\", the discounted expected residual lifetime at renewal decisions 1–10 (needs --discount)." },
                new Option<double?>("--dert") { Description = "bg-nbd, mbg-nbd, pareto-nbd: add a dert column, the discounted expected residual purchases at this continuous rate per period (0.15/52 for 15 % a year over weeks)." },
                new Option<bool>("--new-customer") { Description = "Add \"new_customer\": the expected purchases over the horizon of a customer yet to be acquired (JSON and table)." },
                new Option<double?>("--interval") { Description = "Add <column>_low/<column>_high at this coverage in (0, 1), e.g. 0.9, from the uncertainty of the fitted parameters (every model; with --params the saved fit must carry its covariance, except for the bootstrap)." },
                new Option<string?>("--interval-method") { Description = "How --interval is made: normal (draws from the asymptotic normal of the log-parameters, the default) or bootstrap (parametric bootstrap: simulate, refit, predict; bg-nbd, mbg-nbd, pareto-nbd)." },
                new Option<int?>("--draws") { Description = "Parameter draws for --interval, 10–100,000 (default 2000), or bootstrap replicates, 10–10,000 (default 200: each one refits)." },
                new Option<int?>("--seed") { Description = "Seed of the --interval draws (default 1): the same seed gives the same intervals." });
            command.Options.Add(options.Derl);
            command.Options.Add(options.Dert);
            command.Options.Add(options.NewCustomer);
            command.Options.Add(options.Interval);
            command.Options.Add(options.Method);
            command.Options.Add(options.Draws);
            command.Options.Add(options.Seed);
            return options;
        }

        /// <summary>The checked request for a model; a bad or misplaced value is one line and exit 2.</summary>
        public ClvPredictExtras Read(ParseResult parse, string model, double? discount)
        {
            var continuous = ClvFitContinuous.IsTransactionModel(model);
            var derl = parse.GetValue(Derl);
            if (derl && model != "sbg")
            {
                throw new UnusableInputException($"--derl: only for --model sbg (contractual renewals); got {model}");
            }

            if (derl && discount is null)
            {
                throw new UnusableInputException("--derl: give the discount rate per period with --discount (0.1 for 10 %)");
            }

            var dert = parse.GetValue(Dert);
            if (dert is { } rate)
            {
                if (!continuous)
                {
                    throw new UnusableInputException(model == "bg-bb"
                        ? "--dert: bg-bb counts discrete opportunities; its DERT comes with --discount <rate per opportunity>"
                        : $"--dert: only for bg-nbd, mbg-nbd or pareto-nbd; got {model}");
                }

                if (!(double.IsFinite(rate) && rate > 0d && rate <= DiscountedResidualTransactions.MaxRate))
                {
                    throw new UnusableInputException($"--dert: must be a continuous discount rate in (0, {Num(DiscountedResidualTransactions.MaxRate)}] per period; got {Num(rate)}");
                }
            }

            var newCustomer = parse.GetValue(NewCustomer);
            if (newCustomer && model == "sbg")
            {
                throw new UnusableInputException("--new-customer: sbg models renewals, not purchases; use bg-nbd, mbg-nbd, pareto-nbd or bg-bb");
            }

            return new ClvPredictExtras(derl, dert, newCustomer, ReadInterval(parse, model, continuous));
        }

        private ClvIntervalOptions? ReadInterval(ParseResult parse, string model, bool continuous)
        {
            var level = parse.GetValue(Interval);
            var method = parse.GetValue(Method);
            var draws = parse.GetValue(Draws);
            var seed = parse.GetValue(Seed);
            if (level is null)
            {
                var stray = method is not null ? "interval-method" : draws is not null ? "draws" : seed is not null ? "seed" : null;
                return stray is not null ? throw new UnusableInputException($"--{stray}: only with --interval <level>") : null;
            }

            var kind = method switch
            {
                null or "normal" => ClvIntervalMethod.AsymptoticNormal,
                "bootstrap" => ClvIntervalMethod.ParametricBootstrap,
                _ => throw new UnusableInputException($"--interval-method: must be normal or bootstrap; got {method}"),
            };
            if (kind == ClvIntervalMethod.ParametricBootstrap && !continuous)
            {
                throw new UnusableInputException($"--interval-method bootstrap: available for bg-nbd, mbg-nbd and pareto-nbd; {model} intervals come from the asymptotic normal (leave out --interval-method)");
            }

            var defaults = new ClvIntervalOptions();
            var options = new ClvIntervalOptions
            {
                Level = level.Value,
                Method = kind,
                Draws = kind == ClvIntervalMethod.AsymptoticNormal ? draws ?? defaults.Draws : defaults.Draws,
                Replicates = kind == ClvIntervalMethod.ParametricBootstrap ? draws ?? defaults.Replicates : defaults.Replicates,
                Seed = seed ?? 1,
            };
            var problems = new ClvIntervalOptionsValidator().Validate(options);
            if (!problems.IsValid)
            {
                var first = problems.Errors[0];
                var option = first.PropertyName is nameof(ClvIntervalOptions.Draws) or nameof(ClvIntervalOptions.Replicates) ? "--draws" : "--interval";
                throw new UnusableInputException($"{option}: {first.ErrorMessage}");
            }

            return options;
        }
    }

    /// <summary>The extra per-customer columns (dert, then the interval ends) of a continuous-model prediction.</summary>
    public IReadOnlyList<string> Columns(bool spend) =>
    [
        .. Dert is null ? Array.Empty<string>() : ["dert"],
        .. Interval is null ? Array.Empty<string>() : Ends(Quantities(spend)),
    ];

    /// <summary>
    /// Adds DERT and the interval ends to each row (a value that is not finite is written as null and counted in one
    /// warning), and returns the interval method to report.
    /// </summary>
    public ClvIntervalJson? Apply(
        string path,
        IReadOnlyList<CustomerSummary> customers,
        IReadOnlyList<ContinuousPredictionJson> rows,
        IRepeatTransactionModel model,
        ClvModelFit transactionFit,
        bool saved,
        ClvModelFit? spendFit,
        double horizon,
        double? discount)
    {
        if (Dert is { } rate)
        {
            Console.Error.WriteLine($"{path}: computing DERT at the continuous rate {Num(rate)}…");
            var x = customers.Select(c => c.Frequency).ToArray();
            var values = new double[x.Length];
            DiscountedResidualTransactions.Of(model, rate, x, customers.Select(c => c.Recency).ToArray(), customers.Select(c => c.Age).ToArray(), values);
            for (var i = 0; i < rows.Count; i++)
            {
                rows[i].Extra["dert"] = values[i];
            }
        }

        if (Interval is null)
        {
            return null;
        }

        CheckCovariance(transactionFit, saved);
        if (Interval.Method == ClvIntervalMethod.ParametricBootstrap)
        {
            Console.Error.WriteLine($"{path}: {Interval.Replicates} bootstrap replicates (simulate and refit each)…");
        }

        var report = Guarded(() => new ClvIntervalPredictor().Predict(transactionFit, spendFit, customers, horizon, discount, Interval));

        var missing = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var interval = report.Intervals[i];
            missing += Put(rows[i].Extra, "expected_purchases", interval.ExpectedTransactions) + Put(rows[i].Extra, "p_alive", interval.ProbabilityAlive);
            if (spendFit is not null)
            {
                missing += Put(rows[i].Extra, "expected_spend", interval.ExpectedSpend) + Put(rows[i].Extra, "clv", interval.Value);
            }
        }

        if (missing > 0)
        {
            Console.Error.WriteLine($"{path}: {missing} interval end(s) left empty: some parameter draws of the spend model have an infinite mean spend (q ≤ 1)");
        }

        if (report.FailedReplicates > 0)
        {
            Console.Error.WriteLine($"{path}: {report.FailedReplicates} of {Interval.Replicates} bootstrap replicates left out (refit did not converge or its predictions could not be computed)");
        }

        return ClvIntervalJson.Of(report.Method, report.IntervalMethod, report.Level, report.Draws, report.Seed, report.FailedReplicates);
    }

    /// <summary>The asymptotic normal needs the fit's covariance; a saved fit without one gets a hint instead of the library's message.</summary>
    internal void CheckCovariance(ClvModelFit fit, bool saved)
    {
        if (saved && Interval is { Method: ClvIntervalMethod.AsymptoticNormal } && fit.LogParameterCovariance is null)
        {
            throw new UnusableInputException(
                "--interval: the saved fit (--params) carries no covariance of its parameters (saved before fits recorded it, or its Hessian was unusable); save it again with 'clv fit --json', leave out --params"
                + (ClvFitContinuous.IsTransactionModel(fit.Model) ? ", or use --interval-method bootstrap" : string.Empty));
        }
    }

    /// <summary>Runs a library interval call, turning its refusals (bad fit, too few converged replicates) into one line and exit 2.</summary>
    internal static T Guarded<T>(Func<T> predict)
    {
        try
        {
            return predict();
        }
        catch (Exception ex) when (ex is (ArgumentException and not ArgumentNullException) or InvalidOperationException)
        {
            throw new UnusableInputException($"--interval: {ex.Sentence()}", ex);
        }
    }

    private static IEnumerable<string> Quantities(bool spend) =>
        spend ? ["expected_purchases", "p_alive", "expected_spend", "clv"] : ["expected_purchases", "p_alive"];

    /// <summary>Writes an interval's ends as <c>&lt;column&gt;_low</c>/<c>_high</c> (null when absent or not finite); returns how many ends are null.</summary>
    internal static int Put(Dictionary<string, object?> extra, string column, ClvInterval? interval)
    {
        var low = interval is { } i && double.IsFinite(i.Low) ? i.Low : (double?)null;
        var high = interval is { } j && double.IsFinite(j.High) ? j.High : (double?)null;
        extra[column + "_low"] = low;
        extra[column + "_high"] = high;
        return (low is null ? 1 : 0) + (high is null ? 1 : 0);
    }

    /// <summary>The <c>_low</c>/<c>_high</c> column names of the quantities, in order.</summary>
    internal static IEnumerable<string> Ends(IEnumerable<string> quantities) => quantities.SelectMany(q => new[] { q + "_low", q + "_high" });

    private static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

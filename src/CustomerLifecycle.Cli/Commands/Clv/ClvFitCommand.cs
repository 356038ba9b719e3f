using System.CommandLine;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Models;
using NodaTime;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// <c>lifecycle clv fit &lt;summary.csv&gt; --model bg-nbd|mbg-nbd|pareto-nbd|gamma-gamma|bg-bb|sbg [--json]</c> (with
/// <c>--covariates</c>, see <see cref="ClvFitCovariates"/>): a
/// maximum-likelihood fit with standard errors. A fit that does not converge still exits 0, says
/// <c>"converged": false</c> with the reason, and warns on stderr: the parameters are then not to be used.
/// </summary>
internal static class ClvFitCommand
{
    /// <summary>Every model name the CLI knows, in the order of the help text.</summary>
    public static readonly string[] Models = ["bg-nbd", "mbg-nbd", "pareto-nbd", "gamma-gamma", "bg-bb", "sbg"];

    public static Command Create()
    {
        var file = new Argument<string>("summary")
        {
            Description = "Summary CSV: frequency/x, recency/t_x, T (bg-bb: frequency, recency, periods; sbg: period, alive), optional weight.",
        };
        var model = ModelOption(required: true);
        var json = CommonOptions.Json();
        var maxIterations = MaxIterationsOption();
        var command = new Command("fit", "Fit a buy-till-you-die model by maximum likelihood: parameters, standard errors, log-likelihood, convergence.");
        command.Arguments.Add(file);
        command.Options.Add(model);
        command.Options.Add(json);
        command.Options.Add(maxIterations);
        var covariates = new ClvFitCovariates();
        covariates.AddTo(command);
        var text = new TextInput();
        text.AddTo(command, strict: false);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var input = text.Resolve(parse, DateTimeZone.Utc);
            if (covariates.Requested(parse))
            {
                return covariates.Run(parse, path, parse.GetValue(model)!, FitOptions(parse.GetValue(maxIterations)), parse.GetValue(json), input);
            }

            var outcome = Run(path, parse.GetValue(model)!, FitOptions(parse.GetValue(maxIterations)), input);
            if (parse.GetValue(json))
            {
                Terminal.WriteRaw(CliJson.Serialize(ClvFitJson.From(path, outcome)));
            }
            else
            {
                WriteTable(path, outcome.Fit);
            }

            Warn(outcome, path);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static Option<string?> ModelOption(bool required) => new Option<string?>("--model", "-m")
    {
        Description = "The model: " + string.Join(", ", Models) + ".",
        Required = required,
    }.AcceptOnlyFromAmong(Models);

    internal static Option<int> MaxIterationsOption() => new("--max-iterations")
    {
        Description = "The most optimiser iterations per start (1000 by default).",
        DefaultValueFactory = _ => 1000,
    };

    internal static ClvFitOptions FitOptions(int maxIterations) => maxIterations >= 1
        ? new ClvFitOptions { MaxIterations = maxIterations }
        : throw new UnusableInputException($"--max-iterations: must be at least 1; got {maxIterations}");

    /// <summary>Reads the file in the layout the model needs and fits it, reporting progress on stderr.</summary>
    internal static ClvFitOutcome Run(string path, string model, ClvFitOptions options, TextTableOptions text)
    {
        Console.Error.WriteLine($"{path}: fitting {model}…");
        switch (model)
        {
            case "bg-bb":
                {
                    var import = ClvFitInputs.ReadDiscrete(path, text);
                    RequireRows(path, import.Accepted.Count, import.Rejected);
                    return new ClvFitOutcome(BgBbModel.Fit(import.Accepted, options), import.Rejected, import.RowCount);
                }

            case "sbg":
                {
                    var (cohort, rows, rejected) = ClvFitInputs.ReadCohort(path, text);
                    return new ClvFitOutcome(SbgModel.Fit([cohort], options), rejected, rows);
                }

            default:
                {
                    // A text summary goes straight to weighted unique rows; a Parquet one is read row by row (SummaryCsv.Read).
                    if (ClvFitContinuous.IsTransactionModel(model) && !ParquetFiles.IsParquet(path))
                    {
                        return ClvFitInputs.FitUnique(path, model, options, text);
                    }

                    var summary = SummaryCsv.Read(path, text);
                    RequireRows(path, summary.Import.Accepted.Count, summary.Import.Rejected);
                    if (model == "gamma-gamma")
                    {
                        if (!summary.HasMonetaryValues)
                        {
                            throw new UnusableInputException($"{path}: gamma-gamma needs a 'monetary_value' or 'zbar' column (the mean repeat spend)");
                        }

                        // The library decides eligibility; the command only adds each excluded customer's line.
                        var eligibility = GammaGammaModel.Eligibility(summary.Import.Accepted);
                        var refused = eligibility.Excluded.Select(e => new RejectedRow(summary.AcceptedLines[e.Index], e.Code, $"{e.Label()}: {e.Reason}; left out of the gamma-gamma fit"));
                        var rejected = summary.Import.Rejected.Concat(refused).OrderBy(r => r.Line).ToArray();
                        RequireRows(path, eligibility.Eligible.Count, rejected);
                        return new ClvFitOutcome(ClvFitContinuous.Fit(model, summary.Import.Accepted, options), rejected, summary.Import.RowCount);
                    }

                    return new ClvFitOutcome(ClvFitContinuous.Fit(model, summary.Import.Accepted, options), summary.Import.Rejected, summary.Import.RowCount);
                }
        }
    }

    /// <summary>Rejected rows and a non-converged fit on stderr (the run still exits 0).</summary>
    internal static void Warn(ClvFitOutcome outcome, string path)
    {
        Rejections.Warn(path, outcome.Rejected, outcome.InputRows);
        if (!outcome.Fit.Converged)
        {
            Console.Error.WriteLine($"lifecycle: warning: the {outcome.Fit.Model} fit did not converge ({outcome.Fit.Message}); do not use its parameters");
        }
    }

    internal static void RequireRows(string path, int accepted, IReadOnlyList<RejectedRow> rejected)
    {
        if (accepted == 0)
        {
            // Say why every row was refused before giving up.
            Rejections.Warn(path, rejected);
            throw new UnusableInputException($"{path}: no usable rows to fit");
        }
    }

    internal static void WriteTable(string path, ClvModelFit fit, string? extra = null)
    {
        var table = new Table().Title($"{fit.Model} fit of {Markup.Escape(path)}");
        table.AddColumn("parameter");
        table.AddColumn(new TableColumn("estimate").RightAligned());
        table.AddColumn(new TableColumn("std. error").RightAligned());
        foreach (var p in fit.Parameters)
        {
            table.AddRow(p.Name, Show(p.Value), p.StandardError is { } se ? Show(se) : "—");
        }

        var console = Terminal.Out;
        console.Profile.Width = Math.Max(console.Profile.Width, 120);
        console.Write(table);
        console.WriteLine($"log-likelihood {Show(fit.LogLikelihood)}{extra}; {fit.Rows} rows, {Show(fit.Customers)} customers; "
            + (fit.Converged ? $"converged in {fit.Iterations} iterations" : $"NOT converged: {fit.Message}"));
    }

    private static string Show(double value) => value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A fit and what the reader rejected on the way.</summary>
internal sealed record ClvFitOutcome(ClvModelFit Fit, IReadOnlyList<RejectedRow> Rejected, int InputRows);

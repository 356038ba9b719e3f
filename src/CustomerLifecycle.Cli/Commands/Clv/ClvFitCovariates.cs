using System.CommandLine;
using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// The covariate options of <c>clv fit</c>: <c>--covariates cov.csv [--life a,b] [--transaction a,b] [--constrain a]
/// [--l2 life=λ,transaction=λ] [--strict]</c> for pareto-nbd, bg-nbd and bg-bb (customers) and sbg (segments, see
/// <see cref="ClvFitSbgCovariates"/>). The rows' customer ids join the covariate file's <c>customer_id</c>/<c>Id</c>; a
/// customer without a covariate row is rejected with its line and reason (exit 0, listed), or makes the input unusable
/// under <c>--strict</c> (exit 2).
/// </summary>
internal sealed class ClvFitCovariates
{
    private readonly Option<string?> _file = new("--covariates") { Description = "Covariate CSV: customer_id (or Id) and numeric columns, one row per customer (pareto-nbd, bg-nbd, bg-bb); for sbg, segment and numeric columns, one row per segment." };
    private readonly Option<string?> _life = new("--life") { Description = "Covariate columns of the lifetime process, comma-separated (default: every column not constrained)." };
    private readonly Option<string?> _transaction = new("--transaction") { Description = "Covariate columns of the purchase process, comma-separated (default: every column not constrained)." };
    private readonly Option<string?> _constrain = new("--constrain") { Description = "Covariate columns with one coefficient shared by both processes, comma-separated." };
    private readonly Option<string?> _l2 = new("--l2") { Description = "L2 penalties per process, e.g. life=0.1,transaction=0.05 (default 0)." };
    private readonly Option<bool> _strict = new("--strict") { Description = "With --covariates: any rejected row (summary or covariates, or a customer without covariates) is unusable input (exit 2)." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _file, _life, _transaction, _constrain, _l2, _strict })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>Whether the command line asks for a covariate fit; a covariate option without <c>--covariates</c> is unusable input.</summary>
    public bool Requested(ParseResult parse)
    {
        if (parse.GetValue(_file) is not null)
        {
            return true;
        }

        var stray = new Option[] { _life, _transaction, _constrain, _l2 }.FirstOrDefault(o => parse.GetResult(o) is not null);
        return stray is null ? false : throw new UnusableInputException($"{stray.Name}: needs --covariates <file>");
    }

    /// <summary>Reads both files, joins them, fits and writes the report; returns the exit code.</summary>
    public int Run(ParseResult parse, string path, string model, ClvFitOptions fit, bool json, TextTableOptions text)
    {
        if (model is not ("pareto-nbd" or "bg-nbd" or "bg-bb" or "sbg"))
        {
            throw new UnusableInputException($"--covariates: fits pareto-nbd, bg-nbd, bg-bb or sbg, not {model}");
        }

        var strict = parse.GetValue(_strict);
        var covariatePath = parse.GetValue(_file)!;
        var table = text with { Strict = strict };
        var covariates = model == "sbg"
            ? ClvFitSbgCovariates.ReadSegments(covariatePath, table)
            : TextInput.Read(covariatePath, table, CovariateReader.Read);
        var options = Options(parse, covariates.Names, fit);
        if (model == "sbg")
        {
            ClvFitSbgCovariates.CheckOptions(options);
            options = options with { Transaction = [] };
        }

        if (new ClvCovariateOptionsValidator().Validate(options) is { IsValid: false } invalid)
        {
            throw new UnusableInputException($"--covariates: {string.Join("; ", invalid.Errors.Select(e => e.ErrorMessage))}");
        }

        var input = model switch
        {
            "bg-bb" => ClvFitDiscreteCovariates.Join(path, table, covariates, covariatePath),
            "sbg" => ClvFitSbgCovariates.Join(path, table, covariates, covariatePath),
            _ => JoinSummary(path, model, table, covariates, covariatePath),
        };
        if (strict && input.Rejected.Count > input.SourceRejected)
        {
            var first = input.Rejected.First(r => r.Code == ClvFitCovariateJoin.MissingCode);
            throw new UnusableInputException($"{path}: line {first.Line}: {first.Reason} (--strict)");
        }

        if (input.Members == 0)
        {
            Rejections.Warn(path, input.Rejected);
            throw new UnusableInputException($"{path}: no {(model == "sbg" ? "segment" : "customer")} has both usable rows and covariates in {covariatePath}");
        }

        Console.Error.WriteLine($"{path}: fitting {model} with covariates {string.Join(", ", covariates.Names)}…");
        ClvCovariateFit result;
        try
        {
            result = input.Fit(new ClvCovariateFitter(), options);
        }
        catch (ArgumentException ex) when (ex is not ArgumentNullException)
        {
            throw new UnusableInputException($"cannot fit {model} with covariates: {ex.Sentence()}", ex);
        }

        if (json)
        {
            Terminal.WriteRaw(CliJson.Serialize(ClvFitCovariatesJson.From(path, covariatePath, result, input.Rejected, covariates.Rejected)));
        }
        else
        {
            ClvFitCommand.WriteTable(path, result, string.Create(CultureInfo.InvariantCulture, $" (penalty {result.Penalty:G6}); AIC {result.Aic:G6}, BIC {result.Bic:G6}"));
        }

        Rejections.Warn(covariatePath, covariates.Rejected);
        ClvFitCommand.Warn(new ClvFitOutcome(result, input.Rejected, input.RowCount), path);
        return ExitCodes.Ok;
    }

    private static ClvCovariateInput JoinSummary(string path, string model, TextTableOptions table, CovariateFile covariates, string covariatePath)
    {
        var summary = SummaryCsv.Read(path, table);
        var (customers, rejected) = ClvFitCovariateJoin.Join(summary, covariates, covariatePath);
        return new ClvCovariateInput(
            customers.Count,
            rejected,
            summary.Import.Rejected.Count,
            summary.Import.RowCount,
            (fitter, options) => model == "pareto-nbd" ? fitter.FitParetoNbd(customers, options) : fitter.FitBgNbd(customers, options));
    }

    private ClvCovariateOptions Options(ParseResult parse, IReadOnlyList<string> names, ClvFitOptions fit)
    {
        var (life, transaction) = Penalties(parse.GetValue(_l2));
        return new ClvCovariateOptions
        {
            Names = names,
            Life = Columns(parse.GetValue(_life), "--life", names),
            Transaction = Columns(parse.GetValue(_transaction), "--transaction", names),
            Constrained = Columns(parse.GetValue(_constrain), "--constrain", names) ?? [],
            LifePenalty = life,
            TransactionPenalty = transaction,
            Fit = fit,
        };
    }

    /// <summary>A comma-separated list of covariate columns, each one the file has; null when the option is absent.</summary>
    internal static string[]? Columns(string? text, string option, IReadOnlyList<string> names)
    {
        if (text is null)
        {
            return null;
        }

        var list = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var column = list.FirstOrDefault(c => !names.Contains(c, StringComparer.Ordinal));
        return column is not null
            ? throw new UnusableInputException($"{option}: no covariate column '{column}' (columns: {string.Join(", ", names)})")
            : list.Distinct(StringComparer.Ordinal).Count() != list.Length
                ? throw new UnusableInputException($"{option}: a column is listed twice in '{text}'")
                : list;
    }

    /// <summary>Parses <c>life=λ,transaction=λ</c> (either or both, each finite and ≥ 0).</summary>
    internal static (double Life, double Transaction) Penalties(string? text)
    {
        double life = 0d, transaction = 0d;
        if (text is null)
        {
            return (life, transaction);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || pair[0] is not ("life" or "transaction") || !seen.Add(pair[0])
                || !NumberText.TryParseDouble(pair[1], NumberConvention.WithDecimalSeparator('.'), out var lambda, out _) || !double.IsFinite(lambda) || lambda < 0d)
            {
                throw new UnusableInputException($"--l2: expected life=<λ>,transaction=<λ> with each λ a number ≥ 0, each process once; got '{text}'");
            }

            if (pair[0] == "life")
            {
                life = lambda;
            }
            else
            {
                transaction = lambda;
            }
        }

        return (life, transaction);
    }
}

/// <summary>The joined input of a covariate fit: how many members, what was rejected, and the fit to run on them.</summary>
/// <param name="Members">Customers (or sBG segments) with both usable rows and covariates.</param>
/// <param name="Rejected">Every rejected row of the main file, the reader's and the join's, by line.</param>
/// <param name="SourceRejected">How many of <paramref name="Rejected"/> the reader rejected (the rest lack covariates).</param>
/// <param name="RowCount">The main file's data rows.</param>
/// <param name="Fit">Fits the model to the joined members.</param>
internal sealed record ClvCovariateInput(
    int Members,
    IReadOnlyList<RejectedRow> Rejected,
    int SourceRejected,
    int RowCount,
    Func<ClvCovariateFitter, ClvCovariateOptions, ClvCovariateFit> Fit);

/// <summary>The join of a summary file and a covariate file by customer id.</summary>
internal static class ClvFitCovariateJoin
{
    public const string MissingCode = "covariates.missing";

    public static (IReadOnlyList<CovariateCustomer> Customers, IReadOnlyList<RejectedRow> Rejected) Join(SummaryCsv summary, CovariateFile covariates, string covariatePath) =>
        Join(summary.Path, summary.Import.Accepted, summary.AcceptedLines, summary.Import.Rejected, s => s.Customer, covariates, covariatePath, (s, values) => new CovariateCustomer(s, values));

    /// <summary>Joins accepted rows (with their physical lines) to the covariate rows by customer id.</summary>
    public static (IReadOnlyList<TCustomer> Customers, IReadOnlyList<RejectedRow> Rejected) Join<TRow, TCustomer>(
        string path,
        IReadOnlyList<TRow> accepted,
        IReadOnlyList<int> lines,
        IReadOnlyList<RejectedRow> readerRejected,
        Func<TRow, CustomerId?> customer,
        CovariateFile covariates,
        string covariatePath,
        Func<TRow, IReadOnlyList<double>, TCustomer> make)
    {
        var customers = new List<TCustomer>(accepted.Count);
        var rejected = readerRejected.ToList();
        for (var i = 0; i < accepted.Count; i++)
        {
            if (customer(accepted[i]) is not { } id)
            {
                throw new UnusableInputException($"{path}: line {lines[i]} has no customer id; --covariates joins on a customer_id (or ID) column");
            }

            if (covariates.Find(id) is { } row)
            {
                customers.Add(make(accepted[i], row.Values));
            }
            else
            {
                rejected.Add(new RejectedRow(lines[i], MissingCode, $"customer {id} has no row in {covariatePath}; left out of the fit"));
            }
        }

        return (customers, rejected.OrderBy(r => r.Line).ToArray());
    }
}

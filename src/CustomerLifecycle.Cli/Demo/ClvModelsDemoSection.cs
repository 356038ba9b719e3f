using System.Globalization;
using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Models;
using MathNet.Numerics.Distributions;
using NodaTime;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Demo;

/// <summary>
/// Probabilistic CLV end to end: a transaction log simulated from known BG/NBD and Gamma-Gamma parameters (fixed seed),
/// its summary, the two fits with standard errors beside the known parameters, and the top customers by discounted CLV.
/// </summary>
internal sealed class ClvModelsDemoSection : IDemoSection
{
    /// <summary>The customers simulated: enough for the fits to recover their parameters, few enough to stay fast.</summary>
    internal const int Customers = 2_000;

    /// <summary>The customers shown in the top table.</summary>
    internal const int Shown = 10;

    /// <summary>Ten percent a year as a weekly rate: 1.1^(1/52) − 1.</summary>
    private static readonly double WeeklyDiscount = Math.Pow(1.1, 1d / 52) - 1d;

    private static readonly LocalDate Start = new(2025, 1, 6);
    private static readonly LocalDate End = Start.PlusWeeks(52);

    /// <summary>The parameters the log is simulated from, in weeks: BG/NBD r, α, a, b; Gamma-Gamma p, q, v (mean spend p·v/(q − 1) = ¥300).</summary>
    internal static readonly IReadOnlyDictionary<string, double> Known = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["r"] = 0.25,
        ["alpha"] = 4.0,
        ["a"] = 0.8,
        ["b"] = 2.5,
        ["p"] = 6.0,
        ["q"] = 4.0,
        ["v"] = 150.0,
    };

    public string Title => "Who will buy again? Probabilistic CLV from a transaction log";

    public string TryNext => "lifecycle clv summarize log.csv --customer customer_id --date date --amount amount --period week -o summary.csv, then lifecycle clv fit summary.csv --model bg-nbd and lifecycle clv predict summary.csv --model bg-nbd --horizon 52 --discount 0.0018";

    public void Render(IAnsiConsole console)
    {
        var log = Simulate();
        var summary = new TransactionSummarizer(new TransactionSummaryOptions { Unit = PeriodUnit.Week, ObservationEnd = End, Zone = DateTimeZone.Utc }).Summarize(log);
        var repeaters = summary.Customers.Count(c => c.Frequency > 0);
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{log.Count:N0} purchases of {Customers:N0} customers who first bought in the 12 weeks from {Start:uuuu-MM-dd}, observed for 52 weeks; simulated (fixed seed) from the known parameters below."));
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"summary (lifecycle clv summarize, weeks): {summary.Customers.Count:N0} customers, {repeaters:N0} bought again, mean repeat purchases {summary.Customers.Average(c => c.Frequency):0.00}."));

        var transactions = BgNbdModel.Fit(summary.Customers);
        var spend = GammaGammaModel.Fit(summary.Customers);
        var table = new Table().AddColumns("model", "parameter").AddColumns(Right("known"), Right("recovered"), Right("std. error"));
        foreach (var (name, fit) in new (string, ClvModelFit)[] { ("BG/NBD", transactions), ("Gamma-Gamma", spend) })
        {
            foreach (var parameter in fit.Parameters)
            {
                NpsCommand.AddRow(table, name, parameter.Name, Number(Known[parameter.Name]), Number(parameter.Value), parameter.StandardError is { } se ? Number(se) : "—");
            }
        }

        console.Write(table);
        var worst = transactions.Parameters.Concat(spend.Parameters)
            .Max(p => p.StandardError is { } se && se > 0 ? Math.Abs(p.Value - Known[p.Name]) / se : double.PositiveInfinity);
        console.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[grey]Every recovered value lies within {worst:0.0} standard errors of the value the log was simulated from (lifecycle clv fit prints the same table for your own summary).[/]"));

        var predictions = new ClvPredictor().Predict(transactions.ToModel(), spend.ToModel(), summary.Customers, 52, WeeklyDiscount);
        var top = predictions.OrderByDescending(p => p.Value).ThenBy(p => p.Customer?.Value, StringComparer.Ordinal).Take(Shown).ToArray();
        var ranking = new Table().AddColumn("customer").AddColumns(Right("x"), Right("t_x"), Right("T"), Right("P(alive)"), Right("purchases, next 52 wk"), Right("CLV, 10 %/yr"));
        foreach (var p in top)
        {
            NpsCommand.AddRow(
                ranking,
                p.Customer?.Value ?? string.Empty,
                p.Frequency.ToString(CultureInfo.InvariantCulture),
                p.Recency.ToString("0.0", CultureInfo.InvariantCulture),
                p.Age.ToString("0.0", CultureInfo.InvariantCulture),
                p.ProbabilityAlive.ToString("0.00", CultureInfo.InvariantCulture),
                p.ExpectedTransactions.ToString("0.00", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"¥{p.Value:N0}"));
        }

        console.Write(ranking);
        console.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"[grey]Showing the top {top.Length} of {predictions.Count:N0} customers by the discounted value of their next 52 weeks (x repeat purchases, t_x the last and T the first purchase's age, in weeks).[/]"));
    }

    /// <summary>The transaction log: BG/NBD purchases (rate λ ~ Gamma(r, α), drop-out p ~ Beta(a, b) after each purchase) with Gamma-Gamma amounts.</summary>
    internal static IReadOnlyList<Transaction> Simulate()
    {
        var random = new Random(20_260_305);
        var log = new List<Transaction>();
        var end = End.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        for (var i = 0; i < Customers; i++)
        {
            var customer = CustomerId.From(string.Create(CultureInfo.InvariantCulture, $"C{i + 1:0000}"));
            var birth = Start.PlusDays(random.Next(84)).At(new LocalTime(10, 0)).InUtc().ToInstant();
            var age = (end - birth).TotalDays / 7d;
            var lambda = Gamma.Sample(random, Known["r"], Known["alpha"]);
            var dropout = Beta.Sample(random, Known["a"], Known["b"]);
            var nu = Gamma.Sample(random, Known["q"], Known["v"]);
            log.Add(Purchase(customer, birth, random, nu));
            for (var t = Exponential.Sample(random, lambda); t <= age; t += Exponential.Sample(random, lambda))
            {
                log.Add(Purchase(customer, birth + Duration.FromMinutes(Math.Round(t * 7 * 24 * 60)), random, nu));
                if (random.NextDouble() < dropout)
                {
                    break;
                }
            }
        }

        return log;
    }

    private static Transaction Purchase(CustomerId customer, Instant at, Random random, double nu) =>
        new(customer, at, Money.From(Math.Round((decimal)Math.Max(Gamma.Sample(random, Known["p"], nu), 0.01), 2), "CNY"));

    private static TableColumn Right(string header) => new TableColumn(header).RightAligned();

    private static string Number(double value) => value.ToString(Math.Abs(value) >= 10 ? "0.0" : "0.000", CultureInfo.InvariantCulture);
}

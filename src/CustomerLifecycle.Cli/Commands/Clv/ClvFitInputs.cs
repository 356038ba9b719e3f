using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// The inputs of the discrete-time models read from CSV. BG/BB: <c>frequency</c>/<c>x</c>, <c>recency</c>/<c>t_x</c>,
/// <c>periods</c>/<c>n</c> (whole numbers), optional <c>weight</c>/<c>weights</c> and <c>customer_id</c>/<c>ID</c>. sBG:
/// <c>period</c> and <c>alive</c> (survivors at the start of each period, period 0 = cohort size).
/// </summary>
/// <remarks>
/// Bad rows are rejected with line, code and reason: <c>frequency.invalid</c>, <c>recency.invalid</c>, <c>periods.invalid</c>
/// (not a whole number in range, with the rule in the reason), <c>weight.invalid</c>, <c>customer_id.invalid</c>,
/// <c>customer_id.duplicate</c>, <c>period.invalid</c>, <c>period.duplicate</c>, <c>alive.invalid</c>. A cohort whose
/// accepted periods are not 0, 1, …, n or whose survivors increase cannot be fitted: that is unusable input (exit 2).
/// </remarks>
internal static class ClvFitInputs
{
    public static ImportResult<DiscreteSummary> ReadDiscrete(string path)
    {
        using var table = CsvTable.Open(path);
        var frequency = table.Require("frequency", "x");
        var recency = table.Require("recency", "t_x");
        var periods = table.Require("periods", "n");
        var weight = table.IndexOf("weight", "weights");
        var customer = table.IndexOf("customer_id", "ID");
        var builder = new ImportResultBuilder<DiscreteSummary>();
        var seen = new Dictionary<CustomerId, int>();
        while (table.Read())
        {
            if (table.IsBlankRow())
            {
                continue;
            }

            var line = table.Line;
            if (!TryWhole(table.Get(periods), out var n) || n < 1)
            {
                builder.Reject(line, "periods.invalid", $"periods \"{table.Get(periods)}\" is not a whole number ≥ 1");
            }
            else if (!TryWhole(table.Get(frequency), out var x) || x < 0 || x > n)
            {
                builder.Reject(line, "frequency.invalid", $"frequency \"{table.Get(frequency)}\" is not a whole number in [0, periods = {n}]");
            }
            else if (!TryWhole(table.Get(recency), out var tx) || (x == 0 ? tx != 0 : tx < x || tx > n))
            {
                builder.Reject(line, "recency.invalid", x == 0
                    ? $"recency \"{table.Get(recency)}\" must be 0 when frequency is 0"
                    : $"recency \"{table.Get(recency)}\" is not a whole number in [frequency = {x}, periods = {n}]");
            }
            else if (!TryWeight(table.Get(weight), out var w))
            {
                builder.Reject(line, "weight.invalid", $"weight \"{table.Get(weight)}\" is not a finite number > 0");
            }
            else if (!TryCustomer(table.Get(customer), out var id))
            {
                builder.Reject(line, "customer_id.invalid", $"customer_id is longer than {CustomerId.MaxLength} characters");
            }
            else if (id is { } c && !seen.TryAdd(c, line))
            {
                builder.Reject(line, "customer_id.duplicate", $"customer_id \"{c}\" already appeared on line {seen[c]}");
            }
            else
            {
                builder.Accept(new DiscreteSummary(x, tx, n, id, w));
            }
        }

        return builder.Build();
    }

    public static (CohortSurvivors Cohort, int Rows, IReadOnlyList<RejectedRow> Rejected) ReadCohort(string path)
    {
        using var table = CsvTable.Open(path);
        var period = table.Require("period");
        var alive = table.Require("alive");
        var rejected = new List<RejectedRow>();
        var counts = new SortedDictionary<int, (double Alive, int Line)>();
        var rows = 0;
        while (table.Read())
        {
            if (table.IsBlankRow())
            {
                continue;
            }

            rows++;
            var line = table.Line;
            if (!TryWhole(table.Get(period), out var t) || t < 0)
            {
                rejected.Add(new RejectedRow(line, "period.invalid", $"period \"{table.Get(period)}\" is not a whole number ≥ 0"));
            }
            else if (!TryNumber(table.Get(alive), out var a) || a < 0d)
            {
                rejected.Add(new RejectedRow(line, "alive.invalid", $"alive \"{table.Get(alive)}\" is not a finite number ≥ 0"));
            }
            else if (!counts.TryAdd(t, (a, line)))
            {
                rejected.Add(new RejectedRow(line, "period.duplicate", $"period {t} already appeared on line {counts[t].Line}"));
            }
        }

        var expected = 0;
        foreach (var (t, (a, line)) in counts)
        {
            if (t != expected)
            {
                throw new UnusableInputException($"{path}: period {expected} is missing (the periods must run 0, 1, …, n)");
            }

            if (t > 0 && a > counts[t - 1].Alive)
            {
                throw new UnusableInputException($"{path}: line {line}: survivors cannot increase (period {t} has {Format(a)} after {Format(counts[t - 1].Alive)})");
            }

            expected++;
        }

        if (counts.Count < 2 || counts[0].Alive <= 0d)
        {
            throw new UnusableInputException($"{path}: a cohort needs a size > 0 in period 0 and survivors for at least period 1");
        }

        return (new CohortSurvivors(counts.Values.Select(v => v.Alive)), rows, rejected);
    }

    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static bool TryNumber(string? text, out double value)
    {
        value = 0d;
        return !string.IsNullOrWhiteSpace(text)
            && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    private static bool TryWhole(string? text, out int value)
    {
        value = 0;
        if (!TryNumber(text, out var d) || Math.Floor(d) != d || Math.Abs(d) > int.MaxValue)
        {
            return false;
        }

        value = (int)d;
        return true;
    }

    private static bool TryWeight(string? text, out double weight)
    {
        weight = 1d;
        return string.IsNullOrWhiteSpace(text) || (TryNumber(text, out weight) && weight > 0d);
    }

    private static bool TryCustomer(string? text, out CustomerId? customer)
    {
        customer = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!CustomerId.TryFrom(text, out var id))
        {
            return false;
        }

        customer = id;
        return true;
    }
}

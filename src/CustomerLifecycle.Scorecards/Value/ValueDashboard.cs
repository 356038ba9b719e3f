using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Value;

/// <summary>The after-sales value dashboard (售后价值仪表盘, one after-sales network's practice): every cost figure next to the value it created.</summary>
public sealed record ValueDashboard
{
    /// <summary>Makes a dashboard.</summary>
    /// <param name="lines">The rows, in display order; all in one currency.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lines"/> or a row is null.</exception>
    /// <exception cref="ArgumentException">No rows, or rows in different currencies.</exception>
    public ValueDashboard(IEnumerable<ValueLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var list = lines.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A value dashboard needs at least one row.", nameof(lines));
        }

        var currency = list[0]?.ValueCreated.Currency;
        foreach (var line in list)
        {
            ArgumentNullException.ThrowIfNull(line, nameof(lines));
            if (!string.Equals(line.ValueCreated.Currency, currency, StringComparison.Ordinal))
            {
                throw new ArgumentException($"All rows must share one currency; got {currency} and {line.ValueCreated.Currency}.", nameof(lines));
            }
        }

        Lines = Array.AsReadOnly(list);
        TotalCost = list.Where(l => l.Cost is not null).Aggregate(Money.Zero(currency!), (sum, l) => sum + l.Cost!.Value);
        TotalValue = list.Aggregate(Money.Zero(currency!), (sum, l) => sum + l.ValueCreated);
    }

    /// <summary>One after-sales network's practice, in CNY: a quarterly loss of 800,000 on goodwill repairs against a
    /// 200,000,000 recall avoided; 2,000,000 a year of staff against 30,000,000 from 15 % more repurchases; free or cheap repairs
    /// against promoters worth 300,000 each; a 5,000,000 parts stock against 50,000,000 of lifetime value protected. A worked
    /// example for trying the dashboard, not a benchmark.</summary>
    public static ValueDashboard AfterSalesExample { get; } = new(
    [
        new("recall_avoided", Money.From(800_000m, "CNY"), Money.From(200_000_000m, "CNY")),
        new("repurchase", Money.From(2_000_000m, "CNY"), Money.From(30_000_000m, "CNY")),
        new("promoters", null, Money.From(300_000m, "CNY")),
        new("ltv_protected", Money.From(5_000_000m, "CNY"), Money.From(50_000_000m, "CNY")),
    ]);

    /// <summary>The rows.</summary>
    public IReadOnlyList<ValueLine> Lines { get; }

    /// <summary>The sum of the money costs.</summary>
    public Money TotalCost { get; }

    /// <summary>The sum of the values created.</summary>
    public Money TotalValue { get; }
}

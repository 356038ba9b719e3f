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

    /// <summary>One after-sales network's table: quarterly loss 80万 vs 2亿 recall avoided; staff 200万/year vs 3000万 from +15 % repurchase;
    /// free or cheap repairs vs NPS +65 with each promoter worth 30万; parts stock 500万 vs 5000万 of lifetime value protected.</summary>
    public static ValueDashboard Seed002 { get; } = new(
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

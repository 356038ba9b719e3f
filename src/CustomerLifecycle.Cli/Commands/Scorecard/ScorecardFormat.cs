using System.Globalization;
using CustomerLifecycle.Core;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary>How the scorecard kinds print figures on the console: invariant culture whatever <c>--culture</c> says.</summary>
internal static class ScorecardFormat
{
    /// <summary>An amount with thousands separators and its currency, e.g. "350,000 CNY".</summary>
    public static string Amount(Money m) => string.Create(CultureInfo.InvariantCulture, $"{m.Amount:#,##0.##} {m.Currency}");

    /// <summary>A count with thousands separators.</summary>
    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A relative change with its sign, e.g. "+98.0%", or "—" when undefined.</summary>
    public static string Change(double? change) => change is { } c ? c.ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture) : "—";
}

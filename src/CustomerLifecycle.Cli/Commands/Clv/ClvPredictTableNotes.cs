using System.Globalization;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>The lines under the <c>clv predict</c> table for what is not a per-row column: new-customer purchases, DERL, the interval method.</summary>
internal static class ClvPredictTableNotes
{
    public static void Write(IAnsiConsole console, ClvPredictJson report)
    {
        if (report.NewCustomer is { } newCustomer)
        {
            console.WriteLine($"new customer: {G(newCustomer.ExpectedPurchases)} expected repeat purchases over the horizon {G(report.Horizon)}");
        }

        if (report.Derl is { } derl)
        {
            console.WriteLine("DERL by renewal decision: " + string.Join(", ", derl.Select(v => $"{v.Renewal}: {G(v.Value)}")));
        }

        if (report.Interval is { } interval)
        {
            console.WriteLine($"intervals: {interval.Method}");
        }
    }

    private static string G(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}

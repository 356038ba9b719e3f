using System.Globalization;
using System.Text;
using CustomerLifecycle.Cli.Demo;
using NodaTime.Text;

namespace CustomerLifecycle.Cli.Tests.Report;

/// <summary>Writes report inputs from the demo's embedded data into a fresh temporary folder.</summary>
internal static class DemoInputs
{
    public static string Folder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "lifecycle-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var survey = new StringBuilder("customer_id,score,responded_at,touchpoint,first_visit\n");
        foreach (var r in NpsDemoData.Control.Concat(NpsDemoData.Treatment))
        {
            survey.Append(CultureInfo.InvariantCulture, $"{r.Customer},{r.Score.Value},{InstantPattern.ExtendedIso.Format(r.RespondedAt!.Value)},{r.Touchpoint},{(r.IsFirstVisit ? "true" : "false")}\n");
        }

        File.WriteAllText(Path.Combine(dir, "nps-survey.csv"), survey.ToString());

        // A synthetic tracking table (not a model fit): cumulative repeat transactions over 12 weeks, hold-out from week 7.
        var tracking = new StringBuilder("period,actual,expected,holdout\n");
        double actual = 0, expected = 0;
        for (var week = 1; week <= 12; week++)
        {
            expected += 40 + (3 * week);
            actual += 40 + (3 * week) + ((week % 3) - 1) * 6 - (week >= 7 ? 9 : 0); // the model over-forecasts the hold-out
            tracking.Append(CultureInfo.InvariantCulture, $"week {week},{actual},{expected},{(week >= 7 ? "true" : "false")}\n");
        }

        File.WriteAllText(Path.Combine(dir, "clv-tracking.csv"), tracking.ToString());
        // Seed 001 after the first-activation SOP, seed 003's stage rates, and the funnel with its what-if.
        File.WriteAllText(Path.Combine(dir, "activation.csv"), "metric,value\nfirst_visit_nps,87\nperfect_rate,45%\ncallback_rate_24h,0.96\nretention_90d,0.79\nsurprise_moments,2.4\n");
        File.WriteAllText(Path.Combine(dir, "lifecycle.json"), "{ \"yearly_visit_rate\": 0.35, \"first_visit_nps\": 72, \"yearly_retention\": 0.6, \"value_added_penetration\": 0.3, \"referral_rate\": 0.15 }\n");
        File.WriteAllText(Path.Combine(dir, "funnel.csv"), "metric,value\npopulation,10000\nacquisition,35%\nactivation,70%\nretention,60%\nrevenue,30%\nreferral,15%\nwhat_if_activation,80%\n");
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "not an input: ignored in a folder\n");
        return dir;
    }
}

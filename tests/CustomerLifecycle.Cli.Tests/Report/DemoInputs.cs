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
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "not an input: ignored in a folder\n");
        return dir;
    }
}

using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// The inputs of the discrete-time models, read by the library (<see cref="DiscreteSummaryReader"/> for BG/BB rows,
/// <see cref="CohortReader"/> for sBG cohorts, with their rules and rejection codes); a file the library cannot use is
/// unusable input (exit 2).
/// </summary>
internal static class ClvFitInputs
{
    /// <summary>
    /// Fits a purchase model (BG/NBD, MBG/NBD, Pareto/NBD) on the weighted unique rows of a summary file, read in one pass
    /// without an object per customer; the fit, its data fingerprint and the rejections are those of fitting every row.
    /// </summary>
    public static ClvFitOutcome FitUnique(string path, string model, ClvFitOptions options, TextTableOptions text)
    {
        var file = TextInput.Read(path, text, CustomerSummaryReader.ReadUnique);
        ClvFitCommand.RequireRows(path, file.Data.Rows, file.Rejected);
        var fit = ClvFitContinuous.Fit(model, file.Rows, options);
        return new ClvFitOutcome(WithData(fit, file.Data), file.Rejected, file.RowCount);
    }

    /// <summary>The fit with the fingerprint of the rows as read (the fit itself saw their unique rows).</summary>
    private static ClvModelFit WithData(ClvModelFit fit, ClvDataFingerprint data) => fit switch
    {
        ClvFit<BgNbdModel> => new ClvFit<BgNbdModel>(fit) { Data = data },
        ClvFit<MbgNbdModel> => new ClvFit<MbgNbdModel>(fit) { Data = data },
        ClvFit<ParetoNbdModel> => new ClvFit<ParetoNbdModel>(fit) { Data = data },
        _ => throw new InvalidOperationException($"{fit.Model}: not a purchase model"),
    };

    public static ImportResult<DiscreteSummary> ReadDiscrete(string path, TextTableOptions text) =>
        TextInput.Read(path, text, DiscreteSummaryReader.Read);

    public static (CohortSurvivors Cohort, int Rows, IReadOnlyList<RejectedRow> Rejected) ReadCohort(string path, TextTableOptions text)
    {
        var file = TextInput.Read(path, text, CohortReader.Read);
        return (file.Cohort, file.RowCount, file.Rejected);
    }
}

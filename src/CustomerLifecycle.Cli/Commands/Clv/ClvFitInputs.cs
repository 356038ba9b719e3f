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
    public static ImportResult<DiscreteSummary> ReadDiscrete(string path) =>
        TextInput.Read(path, new TextTableOptions(), DiscreteSummaryReader.Read);

    public static (CohortSurvivors Cohort, int Rows, IReadOnlyList<RejectedRow> Rejected) ReadCohort(string path)
    {
        var file = TextInput.Read(path, new TextTableOptions(), CohortReader.Read);
        return (file.Cohort, file.RowCount, file.Rejected);
    }
}

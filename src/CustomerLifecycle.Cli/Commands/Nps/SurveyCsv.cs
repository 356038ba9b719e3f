using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Surveys;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Nps;
using NodaTime;

namespace CustomerLifecycle.Cli.Commands.Nps;

/// <summary>A survey file read by the library's <see cref="SurveyReader"/> (the columns and rules are documented there).</summary>
internal sealed record SurveyCsv(string Path, ImportResult<SurveyResponse> Import, IReadOnlyList<string?> Keys, bool HasWeights)
{
    /// <summary>Reads a file with the default text options and a zone; <paramref name="byColumn"/> names a segment column.</summary>
    public static SurveyCsv Read(string path, DateTimeZone zone, string? byColumn = null) =>
        Read(path, new TextTableOptions { Zone = zone }, byColumn);

    /// <summary>Reads a file; <paramref name="byColumn"/> names a column whose value becomes each accepted response's segment key.</summary>
    public static SurveyCsv Read(string path, TextTableOptions options, string? byColumn)
    {
        var file = TextInput.Read(path, options, table => SurveyReader.Read(table, byColumn));
        return new SurveyCsv(path, file.Import, file.Keys, file.HasWeights);
    }

    /// <summary>Tallies a file in one pass without keeping its responses (see <see cref="SurveyReader.Tally"/>).</summary>
    public static SurveyTallies Tally(string path, TextTableOptions options, string? byColumn, NpsPeriod? period) =>
        TextInput.Read(path, options, table => SurveyReader.Tally(table, byColumn, period));

    /// <summary>Reports the rejection total and the rejected rows on stderr.</summary>
    public void WarnRejected() => TextInput.WarnRejected(Path, Import.Rejected, Import.RowCount);
}

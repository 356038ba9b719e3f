using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Core.Import;
using NodaTime;

namespace CustomerLifecycle.Cli.Commands.Nps;

/// <summary>A survey CSV read into responses: header with at least <c>score</c>; optional customer_id, responded_at, touchpoint, first_visit, weight.</summary>
internal sealed record SurveyCsv(string Path, ImportResult<SurveyResponse> Import, IReadOnlyList<string?> Keys, bool HasWeights)
{
    /// <summary>Reads a file; <paramref name="byColumn"/> names a column whose value becomes each accepted response's segment key.</summary>
    public static SurveyCsv Read(string path, DateTimeZone zone, string? byColumn = null)
    {
        using var table = CsvTable.Open(path);
        var score = table.Require("score");
        var customer = table.IndexOf("customer_id", "customer");
        var at = table.IndexOf("responded_at", "at", "date");
        var touchpoint = table.IndexOf("touchpoint");
        var firstVisit = table.IndexOf("first_visit");
        var weight = table.IndexOf("weight");
        var by = byColumn is null ? -1 : table.Require(byColumn);
        var records = new List<SurveyResponseRecord>();
        var keysByLine = new Dictionary<int, string?>();
        while (table.Read())
        {
            if (table.IsBlankRow())
            {
                continue;
            }

            records.Add(new SurveyResponseRecord(
                table.Line,
                table.Get(score),
                table.Get(customer),
                table.Get(at),
                table.Get(touchpoint),
                table.Get(firstVisit),
                table.Get(weight)));
            if (by >= 0)
            {
                keysByLine[table.Line] = table.Get(by)?.Trim();
            }
        }

        var import = new SurveyResponseImporter(zone).Import(records);
        var acceptedLines = records.Select(r => r.Line).Except(import.Rejected.Select(r => r.Line)).ToArray();
        var keys = by >= 0 ? acceptedLines.Select(l => keysByLine[l]).ToArray() : [];
        return new SurveyCsv(path, import, keys, weight >= 0);
    }
}

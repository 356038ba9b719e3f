using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Cli.Report;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Scorecards.Quality;
using NodaTime;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary><c>lifecycle scorecard quality</c>: one after-sales network's quality signals — repeated faults sharing attributes within three weeks.</summary>
internal sealed class QualityScorecardKind : IScorecardKind
{
    private static readonly string[] IdColumns = ["record_id", "id"];
    private static readonly string[] FaultColumns = ["fault_code", "fault"];
    private static readonly string[] TimeColumns = ["reported_at", "date", "instant"];

    public string Name => "quality";

    public string Description => "Quality signals (one after-sales network's practice): the same fault reported at least 5 times within 21 days by units sharing at least 2 attributes.";

    public string InputDescription => "CSV of fault records, one row per fault: record_id, fault_code, reported_at (ISO date or time; without an offset read as UTC), and any attribute columns (e.g. production_month, battery_batch, bms_version); a blank attribute is missing.";

    public ScorecardOutcome Compute(string path, CultureInfo culture) => Compute(path, culture, null);

    /// <summary>Computes the signals, counting each one's affected population in a fleet file when one is given.</summary>
    public ScorecardOutcome Compute(string path, CultureInfo culture, string? fleetPath)
    {
        var import = Read(path);
        if (import.Accepted.Count == 0)
        {
            throw new UnusableInputException($"{path}: no usable fault records ({import.Rejected.Count} rejected)");
        }

        var affected = fleetPath is null ? null : Counter(ReadFleet(fleetPath));
        return Outcome(new QualitySignalDetector().Evaluate(import.Accepted, affected), import.Accepted.Count, path, culture, import.Rejected);
    }

    /// <summary>
    /// Counts the units of a fleet that have every one of a signal's shared attributes the fleet knows (attributes of the
    /// conditions, such as "cold morning", are not properties of a unit and are ignored); null when it knows none of them.
    /// </summary>
    public static Func<IReadOnlyList<KeyValuePair<string, string>>, long?> Counter(IReadOnlyList<(IReadOnlyDictionary<string, string> Attributes, long Units)> fleet)
    {
        var known = fleet.SelectMany(u => u.Attributes.Keys).ToHashSet(StringComparer.Ordinal);
        return shared =>
        {
            var unitAttributes = shared.Where(a => known.Contains(a.Key)).ToArray();
            return unitAttributes.Length == 0
                ? null
                : fleet.Where(u => unitAttributes.All(a => u.Attributes.TryGetValue(a.Key, out var v) && v == a.Value)).Sum(u => u.Units);
        };
    }

    /// <summary>
    /// Reads a fleet file: one row per unit in the field (or per group of units with a <c>units</c> count ≥ 0), with the
    /// attribute columns of the fault file. Any bad count makes the file unusable, since a partial fleet would undercount.
    /// </summary>
    public static IReadOnlyList<(IReadOnlyDictionary<string, string> Attributes, long Units)> ReadFleet(string path)
    {
        using var table = CsvTable.Open(path);
        var units = table.IndexOf("units");
        var columns = table.ColumnNames.Select(name => (Name: name.Trim(), Index: table.IndexOf(name))).Where(c => c.Index != units && c.Name.Length > 0).ToArray();
        var fleet = new List<(IReadOnlyDictionary<string, string>, long)>();
        while (table.Read())
        {
            if (table.IsBlankRow())
            {
                continue;
            }

            var count = 1L;
            if (units >= 0 && !long.TryParse(table.Get(units)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out count))
            {
                throw new UnusableInputException($"{path}: line {table.Line}: units '{table.Get(units)}' is not a whole number ≥ 0");
            }

            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, index) in columns)
            {
                if (table.Get(index)?.Trim() is { Length: > 0 } value)
                {
                    attributes[name] = value;
                }
            }

            fleet.Add((attributes, count));
        }

        return fleet;
    }

    /// <summary>Reads the fault records, rejecting rows without an id or fault, with a bad time or a repeated id.</summary>
    public static ImportResult<FaultRecord> Read(string path)
    {
        using var table = CsvTable.Open(path);
        var id = table.Require(IdColumns);
        var fault = table.Require(FaultColumns);
        var time = table.Require(TimeColumns);
        var attributes = table.ColumnNames
            .Select(name => (Name: name, Index: table.IndexOf(name)))
            .Where(c => c.Index != id && c.Index != fault && c.Index != time && !string.IsNullOrWhiteSpace(c.Name))
            .OrderBy(c => c.Index)
            .ToArray();
        var builder = new ImportResultBuilder<FaultRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (table.Read())
        {
            if (table.IsBlankRow())
            {
                continue;
            }

            var recordId = table.Get(id)?.Trim();
            var faultCode = table.Get(fault)?.Trim();
            var timeText = table.Get(time);
            if (string.IsNullOrEmpty(recordId))
            {
                builder.Reject(table.Line, "record_id.missing", "the record id is blank");
            }
            else if (string.IsNullOrEmpty(faultCode))
            {
                builder.Reject(table.Line, "fault_code.missing", $"record {recordId}: the fault code is blank");
            }
            else if (!IsoTime.TryParse(timeText, DateTimeZone.Utc, out var reportedAt))
            {
                builder.Reject(table.Line, "reported_at.invalid", $"record {recordId}: '{timeText}' is not an ISO date or time");
            }
            else if (!seen.Add(recordId))
            {
                builder.Reject(table.Line, "record_id.duplicate", $"record {recordId} appears more than once; the first row is used");
            }
            else
            {
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (name, index) in attributes)
                {
                    if (table.Get(index)?.Trim() is { Length: > 0 } value)
                    {
                        values[name.Trim()] = value;
                    }
                }

                builder.Accept(new FaultRecord(recordId, faultCode, reportedAt, values));
            }
        }

        return builder.Build();
    }

    /// <summary>The outcome of detected signals (also used by the demo).</summary>
    public static ScorecardOutcome Outcome(IReadOnlyList<QualitySignal> signals, int records, string path, CultureInfo culture, IReadOnlyList<RejectedRow> rejected)
    {
        var zh = CultureOption.IsChinese(culture);
        var blocks = new List<ReportBlock>();
        if (signals.Count == 0)
        {
            blocks.Add(new ParagraphBlock(
                zh ? $"{records} 条故障记录中没有质量信号（同一故障 21 天内 ≥ 5 次且共享 ≥ 2 个属性）" : $"no quality signal in {records} fault records (the same fault ≥ 5 times within 21 days sharing ≥ 2 attributes)",
                ReportTone.Good));
        }
        else
        {
            blocks.Add(new TableBlock(
                zh ? ["故障", "共享属性", "次数", "时间", "影响范围", "记录"] : ["fault", "shared attributes", "support", "reported", "affected", "records"],
                [.. signals.Select(s => (IReadOnlyList<string>)[s.FaultCode, Attributes(s), s.Support.ToString(CultureInfo.InvariantCulture), $"{Date(s.FirstReported)}\n{Date(s.LastReported)}", s.AffectedPopulation is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) : "—", Records(s)])]));
            blocks.Add(new ParagraphBlock(
                zh ? $"{signals.Count} 个质量信号（{records} 条记录）：请反馈工程部门排查批次问题" : $"{signals.Count} quality signal(s) in {records} records: report to engineering as a possible batch defect",
                ReportTone.Poor));
        }

        var json = new QualityDetailsJson(
            records,
            [.. signals.Select(s => new QualitySignalJson(
                s.FaultCode,
                s.SharedAttributes.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal),
                s.Support,
                s.RecordIds,
                s.FirstReported.ToString(),
                s.LastReported.ToString(),
                s.AffectedPopulation))]);
        return new ScorecardOutcome(
            new ReportSection(zh ? "质量信号" : "Quality signals", blocks),
            ScorecardOutputJson.Create("quality", path, null, json, rejected),
            rejected);
    }

    private static string Attributes(QualitySignal s) => string.Join("\n", s.SharedAttributes.Select(a => $"{a.Key}={a.Value}"));

    private static string Records(QualitySignal s) => s.RecordIds.Count <= 3 ? string.Join("\n", s.RecordIds) : string.Join("\n", s.RecordIds.Take(2)) + $"\n… (+{s.RecordIds.Count - 2})";

    private static string Date(Instant instant) => instant.InUtc().Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The quality kind's JSON details: records read and the signals, strongest first (times in UTC, ISO).</summary>
internal sealed record QualityDetailsJson(int Records, IReadOnlyList<QualitySignalJson> Signals);

/// <summary>A quality signal in JSON; affected_population is null when not counted.</summary>
internal sealed record QualitySignalJson(string FaultCode, IReadOnlyDictionary<string, string> SharedAttributes, int Support, IReadOnlyList<string> RecordIds, string FirstReported, string LastReported, long? AffectedPopulation);

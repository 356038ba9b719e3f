using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Cli.Report;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Scorecards;
using CustomerLifecycle.Scorecards.Quality;
using NodaTime;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary><c>lifecycle scorecard quality</c>: one after-sales network's quality signals — repeated faults sharing attributes within three weeks.</summary>
internal sealed class QualityScorecardKind : IScorecardKind
{
    public string Name => "quality";

    public string Description => "Quality signals (one after-sales network's practice): the same fault reported at least 5 times within 21 days by units sharing at least 2 attributes.";

    public string InputDescription => "CSV of fault records, one row per fault: record_id, fault_code, reported_at (ISO date or time; without an offset read as UTC), and any attribute columns (e.g. production_month, battery_batch, bms_version); a blank attribute is missing.";

    public ScorecardOutcome Compute(string path, CultureInfo culture, ImportSession session) => Compute(path, culture, null, session);

    /// <summary>Computes the signals, counting each one's affected population in a fleet file when one is given.</summary>
    public ScorecardOutcome Compute(string path, CultureInfo culture, string? fleetPath, ImportSession session)
    {
        var import = session.Read(path, options => FaultRecordsCsv.ReadFile(path, options));
        if (import.Accepted.Count == 0)
        {
            throw new UnusableInputException($"{path}: no usable fault records ({import.Rejected.Count} rejected)");
        }

        var affected = fleetPath is null ? null : Counter(ReadFleet(fleetPath, session));
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

    /// <summary>Reads a fleet file with the library reader; any rejected row makes it unusable, since a partial fleet would undercount.</summary>
    private static IReadOnlyList<(IReadOnlyDictionary<string, string> Attributes, long Units)> ReadFleet(string path, ImportSession session)
    {
        var fleet = session.Read(path, options => FleetCsv.ReadFile(path, options));
        return fleet.Rejected is [var first, ..]
            ? throw new UnusableInputException($"{path}: line {first.Line}: {first.Reason}")
            : fleet.Accepted.Select(u => (u.Attributes, u.Units)).ToArray();
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

using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Data.Models;
using CustomerLifecycle.Data.Scorecards;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Surveys;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Hostile;

/// <summary>Every reader of the Data package, fed generated hostile files: it returns an import result whose accepted and
/// rejected rows add up to the rows of the file, or throws its documented exception (<see cref="TextTableException"/>,
/// <see cref="FittedModelException"/>, <see cref="InvalidDataException"/>) — never another exception, never a hang, never a non-finite number in what it accepted.</summary>
/// <remarks>The runs are reproducible: a fixed seed, printed by FsCheck with any failing case.</remarks>
public class HostileReaderProperties
{
    /// <summary>The seed of every run; FsCheck prints it with a failing case.</summary>
    public const ulong Seed = 20261205UL;

    private const int Cases = 60;

    private static readonly Instant Now = Instant.FromUtc(2026, 3, 1, 0, 0);

    /// <summary>A reader's name, the file it expects (header and a valid row, or a JSON template) and how to read one.</summary>
    public static TheoryData<string> Readers() => [.. All.Keys];

    private static readonly Dictionary<string, (Arbitrary<HostileFile> Files, Func<Stream, Outcome> Read)> All = new()
    {
        ["survey"] = (HostileFiles.Table(["score", "customer_id", "responded_at", "touchpoint", "first_visit", "weight"], ["9", "c1", "2026-03-01T10:00:00Z", "web", "yes", "1.5"]),
            s => Outcome.Of(SurveyReader.Read(s, null, "s.csv", "touchpoint").Import)),
        ["customer summary"] = (HostileFiles.Table(["customer_id", "frequency", "recency", "T", "monetary_value", "weight"], ["a", "2", "10", "30", "12.50", "1"]),
            s => Outcome.Of(CustomerSummaryReader.Read(s).Import)),
        ["discrete summary"] = (HostileFiles.Table(["x", "t_x", "n", "weight"], ["2", "4", "6", "10"]),
            s => Outcome.Of(DiscreteSummaryReader.Read(s))),
        ["cohort"] = (HostileFiles.Table(["period", "alive"], ["0", "1000"]),
            s => CohortReader.Read(s) is var f ? new Outcome(f.RowCount, f.RowCount - f.Rejected.Count, f.Rejected.Count, new object?[] { f.Cohort }) : null!),
        ["transactions"] = (HostileFiles.Table(["customer", "date", "amount"], ["c1", "2024-01-01", "5.25"]),
            s => TransactionLogReader.Read(s, new TransactionColumns("customer", "date", "amount")) is var log ? new Outcome(null, log.Records.Count, 0, log.Records.Cast<object?>()) : null!),
        ["follow-up events"] = (HostileFiles.Table(["customer_id", "event", "at", "appointment_id", "scheduled_for", "score"], ["c1", "booked", "2026-03-01T00:00:00Z", "A1", "2026-03-05T02:00:00Z", "9"]),
            s => Outcome.Of(FollowupEventsCsv.Read(s, Now))),
        ["completions"] = (HostileFiles.Table(["key", "customer_id", "step", "completed_at", "channel", "completed_by"], ["k1", "c1", "callback", "2026-03-02T00:00:00Z", "phone", "ann"]),
            s => Outcome.Of(CompletionsCsv.Read(s))),
        ["fleet"] = (HostileFiles.Table(["batch", "units"], ["b1", "100"]),
            s => Outcome.Of(FleetCsv.Read(TextTable.Open(s)))),
        ["clv tracking"] = (HostileFiles.Table(["period", "actual", "expected", "holdout"], ["w1", "1", "1.5", "yes"]),
            s => Outcome.Of(ClvTrackingCsv.Read(TextTable.Open(s)))),
        ["fault records"] = (HostileFiles.Table(["record_id", "fault_code", "reported_at", "batch"], ["r1", "F1", "2026-03-01", "b1"]),
            s => Outcome.Of(FaultRecordsCsv.Read(TextTable.Open(s)))),
        ["metrics"] = (HostileFiles.Table(["metric", "value"], ["rate", "0.5"]),
            s => Outcome.Of(MetricsFile.Read(TextTable.Open(s), [MetricSpec.Fraction("rate", "a rate"), MetricSpec.NonNegative("count", "a count")]))),
        ["metrics JSON"] = (HostileFiles.Template("""{{"rate":{0},"count":{1}}}""", 2),
            s => Outcome.Of(MetricsFile.ReadJson(s, [MetricSpec.Fraction("rate", "a rate"), MetricSpec.NonNegative("count", "a count")]))),
        ["tasks JSON"] = (HostileFiles.Template("""{{"tasks":[{{"key":{0},"customer_id":"c1","step":"callback","due_utc":{1},"window_end_utc":{2},"zone":{3},"first_visit":{4}}}]}}""", 5),
            s => Outcome.Of(TasksJson.Read(s))),
        ["fitted model JSON"] = (HostileFiles.Template("""{{"model":"bg-nbd","parameters":{{"r":{0},"alpha":{1},"a":{2},"b":{3}}},"log_likelihood":{4},"converged":true}}""", 5),
            s => FittedModelJson.Read(s) is var d ? new Outcome(null, 1, 0, new object?[] { d }) : null!),
        ["holiday calendar"] = (HostileFiles.Template("name: {0}\ncovers: {1}..{2}\nholiday: {3}..{4} {5}\nworkday: {6} make-up\n", 7),
            s => HolidayCalendarFile.Read(s) is var c ? new Outcome(null, c.Holidays.Count, 0, Array.Empty<object?>()) : null!),
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void A_reader_returns_an_import_result_or_its_documented_error_for_any_file(string reader)
    {
        var (files, read) = All[reader];
        var property = Prop.ForAll(files, file => Check(read, file));
        global::FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithReplay(Seed, 7919UL).WithName(reader), property);
    }

    /// <summary>Runs one case with a time limit and checks its outcome; a failure names the case.</summary>
    internal static bool Check(Func<Stream, Outcome> read, HostileFile file)
    {
        var run = Task.Run(() =>
        {
            try
            {
                return read(new MemoryStream(file.Bytes, writable: false));
            }
            catch (Exception e) when (e is TextTableException or FittedModelException or InvalidDataException)
            {
                return null;
            }
        });
        if (!run.Wait(TimeSpan.FromSeconds(20)))
        {
            throw new TimeoutException("The reader did not finish within 20 s: " + file);
        }

        var outcome = run.Result;
        if (outcome is null)
        {
            return true;
        }

        if (file.DataRows is { } rows && outcome.Rows is null && outcome.Accepted + outcome.Rejected != rows)
        {
            throw new InvalidOperationException($"{outcome.Accepted} accepted + {outcome.Rejected} rejected ≠ {rows} rows: {file}");
        }

        if (outcome.Rows is { } counted && outcome.Accepted + outcome.Rejected != counted)
        {
            throw new InvalidOperationException($"{outcome.Accepted} accepted + {outcome.Rejected} rejected ≠ the {counted} rows it counted: {file}");
        }

        if (outcome.Items.Take(50).FirstOrDefault(NonFinite.In) is { } bad)
        {
            throw new InvalidOperationException($"Accepted a non-finite number in {bad}: {file}");
        }

        return true;
    }

    /// <summary>What a reader returned: the rows it counted (when it reports them), accepted and rejected, and the accepted items.</summary>
    internal sealed record Outcome(int? Rows, int Accepted, int Rejected, IEnumerable<object?> Items)
    {
        public static Outcome Of<T>(Core.Import.ImportResult<T> result) => new(null, result.Accepted.Count, result.Rejected.Count, result.Accepted.Cast<object?>());
    }
}

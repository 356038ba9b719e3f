using System.Text.Json;
using CustomerLifecycle.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;

namespace CustomerLifecycle.Cli.Tests.Hostile;

/// <summary>Every command that reads a file, run in-process on generated hostile files: it ends with exit 0 (input processed,
/// bad rows listed) or 2 (unusable input, a message on stderr) — never 1, never a stack trace, never a hang — and its JSON
/// and CSV output hold no NaN or infinity.</summary>
/// <remarks>The runs are reproducible: a fixed seed, printed by FsCheck with any failing case.</remarks>
public class HostileCommandProperties
{
    /// <summary>The seed of every run; FsCheck prints it with a failing case.</summary>
    public const ulong Seed = 20261205UL;

    private const int Cases = 40;
    private const string Now = "2026-03-05T02:00:00Z";

    private static readonly string[] SurveyHeader = ["score", "customer_id", "responded_at", "touchpoint", "weight"];
    private static readonly string[] SurveyRow = ["9", "c1", "2026-03-01T10:00:00Z", "web", "1"];
    private static readonly string[] SummaryHeader = ["customer_id", "frequency", "recency", "T", "monetary_value"];
    private static readonly string[] SummaryRow = ["a", "2", "10", "30", "12.5"];
    private static readonly string[] EventsHeader = ["customer_id", "event", "at", "appointment_id", "scheduled_for", "score"];
    private static readonly string[] EventsRow = ["c1", "booked", "2026-03-01T00:00:00Z", "A1", "2026-03-04T02:00:00Z", "9"];
    private static readonly string[] MetricsHeader = ["metric", "value"];
    private static readonly string[] MetricsRow = ["first_visit_nps", "87"];

    private static readonly Lazy<string> Tasks = new(() => CliRunner.TempFile(
        "tasks.json",
        """{"tasks":[{"key":"k1","customer_id":"c1","step":"callback","due_utc":"2026-03-01T10:00:00Z","window_end_utc":"2026-03-01T12:00:00Z","zone":"Asia/Shanghai","first_visit":true}]}"""));

    private static readonly Dictionary<string, (string[] Header, string[] Row, Func<string, string[]> Args)> Commands = new()
    {
        ["nps"] = (SurveyHeader, SurveyRow, f => ["nps", f, "--json"]),
        ["nps by day"] = (SurveyHeader, SurveyRow, f => ["nps", f, "--period", "day", "--by", "touchpoint"]),
        ["nps compare"] = (SurveyHeader, SurveyRow, f => ["nps", "compare", f, f, "--json"]),
        ["clv summarize"] = (["customer", "date", "amount"], ["c1", "2024-01-01", "5.25"], f => ["clv", "summarize", f, "--customer", "customer", "--date", "date", "--amount", "amount", "--json"]),
        ["clv fit"] = (SummaryHeader, SummaryRow, f => ["clv", "fit", f, "--model", "bg-nbd", "--json"]),
        ["clv fit bg-bb"] = (["x", "t_x", "n", "weight"], ["2", "4", "6", "10"], f => ["clv", "fit", f, "--model", "bg-bb", "--json"]),
        ["clv fit gamma-gamma"] = (SummaryHeader, SummaryRow, f => ["clv", "fit", f, "--model", "gamma-gamma", "--json"]),
        ["clv predict"] = (SummaryHeader, SummaryRow, f => ["clv", "predict", f, "--model", "bg-nbd", "--horizon", "10", "--csv"]),
        ["followups plan"] = (EventsHeader, EventsRow, f => ["followups", "plan", f, "--now", Now, "--json"]),
        ["followups brief"] = (EventsHeader, EventsRow, f => ["followups", "brief", f, "--now", Now, "--json"]),
        ["followups compliance"] = (["key", "completed_at"], ["k1", "2026-03-02T00:00:00Z"], f => ["followups", "compliance", Tasks.Value, f, "--at", Now, "--json"]),
        ["scorecard activation"] = (MetricsHeader, MetricsRow, f => ["scorecard", "activation", f, "--json"]),
        ["report"] = (SurveyHeader, SurveyRow, f => ["report", f, "-o", Path.Combine(Path.GetDirectoryName(f)!, "report.html")]),
    };

    public static TheoryData<string> CommandNames() => [.. Commands.Keys];

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void A_command_exits_0_or_2_and_prints_only_finite_numbers_for_any_file(string command)
    {
        var (header, row, args) = Commands[command];
        var property = Prop.ForAll(HostileFiles.Table(header, row), file => Check(args, file));
        global::FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases).WithReplay(Seed, 7919UL).WithName(command), property);
    }

    private static bool Check(Func<string, string[]> args, HostileFile file)
    {
        var path = CliRunner.TempFile("input.csv");
        File.WriteAllBytes(path, file.Bytes);
        var run = Task.Run(() => CliRunner.Run(args(path)));
        if (!run.Wait(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException("The command did not finish within 60 s: " + file);
        }

        var r = run.Result;
        if (r.ExitCode is not (0 or 2))
        {
            throw new InvalidOperationException($"exit {r.ExitCode} ({Head(r.Stderr)}): {file}");
        }

        if (r.ExitCode == 2 && string.IsNullOrWhiteSpace(r.Stderr))
        {
            throw new InvalidOperationException("exit 2 without a message on stderr: " + file);
        }

        if (r.Stderr.Contains("   at ", StringComparison.Ordinal) || r.Stdout.Contains("   at ", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"a stack trace ({Head(r.Stderr)}): {file}");
        }

        if (r.ExitCode == 0 && NonFiniteIn(r.Stdout) is { } bad)
        {
            throw new InvalidOperationException($"printed {bad}: {file}");
        }

        return true;
    }

    /// <summary>
    /// A non-finite number in the output. JSON must parse strictly: the tool writes a number it could not compute as
    /// <c>null</c>, so a bare <c>NaN</c> or <c>Infinity</c> makes the output invalid, while a string "NaN" is data (a customer
    /// id, say). In CSV, a cell that is exactly a non-finite number in any column but the text columns (ids, keys, names).
    /// </summary>
    private static string? NonFiniteIn(string stdout)
    {
        var text = stdout.TrimStart();
        if (text.StartsWith('{') || text.StartsWith('['))
        {
            try
            {
                using var doc = JsonDocument.Parse(text);
                return null;
            }
            catch (JsonException e)
            {
                return "invalid JSON (" + e.Message + ")";
            }
        }

        string[] words = ["NaN", "Infinity", "-Infinity", "∞", "-∞"];
        var lines = stdout.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();
        if (lines.Length == 0)
        {
            return null;
        }

        var header = lines[0].Split(',');
        var numeric = Enumerable.Range(0, header.Length).Where(i => !IsTextColumn(header[i])).ToArray();
        return lines.Skip(1)
            .Select(line => line.Split(','))
            .SelectMany(cells => numeric.Where(i => i < cells.Length).Select(i => cells[i].Trim()))
            .FirstOrDefault(cell => words.Contains(cell));
    }

    private static bool IsTextColumn(string name) =>
        name.Contains("id", StringComparison.OrdinalIgnoreCase) || name.Contains("key", StringComparison.OrdinalIgnoreCase)
        || name.Contains("name", StringComparison.OrdinalIgnoreCase) || name.Contains("reason", StringComparison.OrdinalIgnoreCase);

    private static string Head(string text) => text.Length <= 300 ? text : text[..300];
}

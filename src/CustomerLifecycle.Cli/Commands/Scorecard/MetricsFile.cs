using System.Globalization;
using System.Text.Json;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Import;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary>A named figure read from a metrics file, with the line it came from.</summary>
internal sealed record MetricValue(string Name, double Value, int Line);

/// <summary>A metric a file may give: its name, its allowed closed range and what it is (for help and errors).</summary>
internal sealed record MetricSpec(string Name, double Min, double Max, string Meaning)
{
    /// <summary>A fraction in [0, 1] (a trailing % is accepted in files).</summary>
    public static MetricSpec Fraction(string name, string meaning) => new(name, 0d, 1d, meaning);

    /// <summary>A count or amount ≥ 0.</summary>
    public static MetricSpec NonNegative(string name, string meaning) => new(name, 0d, double.MaxValue, meaning);

    /// <summary>An NPS in [−100, 100].</summary>
    public static MetricSpec Nps(string name, string meaning) => new(name, -100d, 100d, meaning);
}

/// <summary>
/// A file of given metrics: a CSV with the columns <c>metric,value</c> (other columns ignored), or a JSON object of
/// <c>"name": number</c> pairs (<c>.json</c>). Values are numbers in invariant culture; a trailing <c>%</c> divides by
/// 100 (<c>42%</c> = 0.42). Names are matched case-insensitively; bad rows are rejected with their line and reason.
/// </summary>
internal sealed record MetricsFile(string Path, ImportResult<MetricValue> Import)
{
    /// <summary>Reads a file, accepting only the given metrics (each at most once, within its range).</summary>
    public static MetricsFile Read(string path, IReadOnlyCollection<MetricSpec> specs)
    {
        var knownNames = specs.Select(s => s.Name).ToArray();
        var builder = new ImportResultBuilder<MetricValue>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rows = System.IO.Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? ReadJson(path) : ReadCsv(path);
        foreach (var (line, name, text) in rows)
        {
            var known = knownNames.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (known is null)
            {
                builder.Reject(line, "metric.unknown", $"unknown metric '{name}' (expected one of {string.Join(", ", knownNames)})");
            }
            else if (!TryParse(text, out var value))
            {
                builder.Reject(line, "value.invalid", $"the value '{text}' of {known} is not a finite number");
            }
            else if (specs.First(s => s.Name == known) is var spec && (value < spec.Min || value > spec.Max))
            {
                builder.Reject(line, "value.out_of_range", $"{known} {text?.Trim()} is outside [{Bound(spec.Min)}, {Bound(spec.Max)}] ({spec.Meaning})");
            }
            else if (!seen.Add(known))
            {
                builder.Reject(line, "metric.duplicate", $"{known} is given more than once; the first value is used");
            }
            else
            {
                builder.Accept(new MetricValue(known, value, line));
            }
        }

        return new MetricsFile(path, builder.Build());
    }

    /// <summary>The accepted value of a name, or null when the file does not give it.</summary>
    public double? ValueOf(string name) => Import.Accepted.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>Parses a number in invariant culture; a trailing <c>%</c> means hundredths. NaN and ±∞ are refused.</summary>
    public static bool TryParse(string? text, out double value)
    {
        var t = text?.Trim() ?? string.Empty;
        var percent = t.EndsWith('%');
        if (percent)
        {
            t = t[..^1].TrimEnd();
        }

        var ok = double.TryParse(t, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
        value = ok && percent ? value / 100d : value;
        return ok;
    }

    /// <summary>The value of a metric a computation cannot do without, or <see cref="UnusableInputException"/> naming it.</summary>
    public double Require(string name) => ValueOf(name)
        ?? throw new UnusableInputException($"{Path}: no usable value for '{name}' (see the rejected rows above, or add a row '{name},<value>')");

    private static string Bound(double value) => value == double.MaxValue ? "∞" : value.ToString(CultureInfo.InvariantCulture);

    private static List<(int Line, string Name, string? Text)> ReadCsv(string path)
    {
        using var table = CsvTable.Open(path);
        var metric = table.Require("metric", "name");
        var value = table.Require("value");
        var rows = new List<(int, string, string?)>();
        while (table.Read())
        {
            if (!table.IsBlankRow())
            {
                rows.Add((table.Line, table.Get(metric)?.Trim() ?? string.Empty, table.Get(value)));
            }
        }

        return rows;
    }

    private static List<(int Line, string Name, string? Text)> ReadJson(string path)
    {
        if (!File.Exists(path))
        {
            throw new UnusableInputException($"{path}: no such file");
        }

        var bytes = File.ReadAllBytes(path);
        var rows = new List<(int, string, string?)>();
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new UnusableInputException($"{path}: expected a JSON object of metric names and numbers, e.g. {{\"first_visit_nps\": 87}}");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var line = LineAt(bytes, (int)reader.TokenStartIndex);
                var name = reader.GetString() ?? string.Empty;
                reader.Read();
                string? text = reader.TokenType switch
                {
                    JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Null => null,
                    _ => reader.TokenType.ToString(),
                };
                reader.Skip();
                rows.Add((line, name, text));
            }
        }
        catch (JsonException ex)
        {
            throw new UnusableInputException($"{path}: not valid JSON (line {(ex.LineNumber ?? 0) + 1}: {ex.Message})", ex);
        }

        return rows;
    }

    private static int LineAt(byte[] bytes, int offset) => 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
}

using System.Text;
using System.Text.Json;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Data.Scorecards;

/// <summary>
/// Reads a file of given metrics: a table with the columns <c>metric</c> (or <c>name</c>) and <c>value</c> (other
/// columns ignored), or a JSON object of <c>"name": number</c> pairs.
/// </summary>
/// <remarks>
/// <para>Values are numbers as <see cref="NumberText"/> reads them (with <see cref="TextTableOptions.Numbers"/>); a
/// trailing <c>%</c> divides by 100 (<c>42%</c> = 0.42); JSON values may be numbers or strings. Only the metrics of the
/// given specs are accepted, each once and within its range. A name is matched case-insensitively, else with spaces and
/// punctuation ignored too (<c>First Visit NPS</c> is <c>first_visit_nps</c>).</para>
/// <para>Rejection codes: <c>metric.unknown</c>, <c>value.invalid</c> (not a finite number), <c>value.out_of_range</c>,
/// <c>metric.duplicate</c> (the first value is kept).</para>
/// </remarks>
public static class MetricsFile
{
    /// <summary>Reads a file: JSON when its name ends in <c>.json</c>, a text table otherwise.</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="specs">The metrics the file may give.</param>
    /// <param name="options">How to read the file (for JSON only <see cref="TextTableOptions.Numbers"/> and <see cref="TextTableOptions.Strict"/> apply).</param>
    /// <returns>The accepted values in file order, and the rejected rows.</returns>
    /// <exception cref="TextTableException">A table file is missing, empty, lacks a column, or cannot be decoded.</exception>
    /// <exception cref="InvalidDataException">A JSON file is missing, unreadable, not JSON, or not an object.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static ImportResult<MetricValue> ReadFile(string path, IReadOnlyCollection<MetricSpec> specs, TextTableOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return ReadJson(SourceFiles.ReadAllBytes(path), specs, options, path);
        }

        using var table = TextTable.OpenFile(path, options);
        return Read(table, specs);
    }

    /// <summary>Reads a metrics table.</summary>
    /// <param name="table">The table, not yet read.</param>
    /// <param name="specs">The metrics the table may give.</param>
    /// <returns>The accepted values in source order, and the rejected rows.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TextTableException">The <c>metric</c> or <c>value</c> column is missing, or the text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected.</exception>
    public static ImportResult<MetricValue> Read(TextTable table, IReadOnlyCollection<MetricSpec> specs)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(specs);
        var metric = table.Require("metric", "name");
        var value = table.Require("value");
        var rows = table.ReadRows().Select(r => (r.Line, r[metric]?.Trim() ?? string.Empty, r[value], r.HasExtraFields ? table.ExtraFieldsReason(r) : null));
        return ImportRejectedException.ThrowIfStrict(Accept(rows, specs, table.Options.Numbers), table.Options, table.Source);
    }

    /// <summary>Reads a JSON object of metrics.</summary>
    /// <param name="stream">The UTF-8 JSON (comments and trailing commas allowed).</param>
    /// <param name="specs">The metrics the object may give.</param>
    /// <param name="options">Only <see cref="TextTableOptions.Numbers"/> and <see cref="TextTableOptions.Strict"/> apply.</param>
    /// <param name="source">The name of the source in messages.</param>
    /// <returns>The accepted values in source order, each with the line of its property, and the rejected ones.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="specs"/> is null.</exception>
    /// <exception cref="InvalidDataException">The text is not JSON, or not an object.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a property was rejected.</exception>
    public static ImportResult<MetricValue> ReadJson(Stream stream, IReadOnlyCollection<MetricSpec> specs, TextTableOptions? options = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return ReadJson(SourceFiles.WithoutByteOrderMark(buffer.ToArray()), specs, options, source ?? "input");
    }

    private static ImportResult<MetricValue> ReadJson(byte[] bytes, IReadOnlyCollection<MetricSpec> specs, TextTableOptions? options, string source)
    {
        ArgumentNullException.ThrowIfNull(specs);
        options ??= TextTableOptions.Default;
        var rows = new List<(int, string, string?)>();
        try
        {
            var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new InvalidDataException($"{source}: expected a JSON object of metric names and numbers, e.g. {{\"first_visit_nps\": 87}}");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var line = LineAt(bytes, (int)reader.TokenStartIndex);
                var name = reader.GetString() ?? string.Empty;
                reader.Read();
                var text = reader.TokenType switch
                {
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
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
            throw new InvalidDataException($"{source}: not valid JSON (line {(ex.LineNumber ?? 0) + 1}: {ex.Message})", ex);
        }

        return ImportRejectedException.ThrowIfStrict(Accept(rows.Select(r => (r.Item1, r.Item2, r.Item3, (string?)null)), specs, options.Numbers), options, source);
    }

    /// <summary>Reads a value: a number in the convention, or a percentage (<c>42%</c> = 0.42). NaN and ±∞ are refused.</summary>
    /// <param name="text">The text.</param>
    /// <param name="convention">The decimal separator, if known.</param>
    /// <param name="value">The value, or 0 when not read.</param>
    /// <returns>Whether the text was read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="convention"/> is null.</exception>
    public static bool TryParseValue(string? text, NumberConvention convention, out double value)
    {
        var t = text?.Trim() ?? string.Empty;
        var percent = t.EndsWith('%');
        if (percent)
        {
            t = t[..^1].TrimEnd();
        }

        var ok = NumberText.TryParseDouble(t, convention, out value, out _);
        value = ok && percent ? value / 100d : value;
        return ok;
    }

    /// <summary>Checks the rows' names and values; a row with a problem already (extra fields) is rejected with it.</summary>
    private static ImportResult<MetricValue> Accept(IEnumerable<(int Line, string Name, string? Text, string? Problem)> rows, IReadOnlyCollection<MetricSpec> specs, NumberConvention numbers)
    {
        var knownNames = string.Join(", ", specs.Select(s => s.Name));
        var builder = new ImportResultBuilder<MetricValue>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, name, text, problem) in rows)
        {
            if (problem is not null)
            {
                builder.Reject(line, TextTable.ExtraFieldsCode, problem);
                continue;
            }

            // A name as a person writes it ("First Visit NPS") is the metric whose name it is but for case, spaces and punctuation.
            var spec = specs.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? specs.FirstOrDefault(s => LooseNames.Same(s.Name, name));
            if (spec is null)
            {
                builder.Reject(line, "metric", "metric.unknown", $"unknown metric '{name}' (expected one of {knownNames})");
            }
            else if (!TryParseValue(text, numbers, out var value))
            {
                builder.Reject(line, "value", "value.invalid", $"the value '{text}' of {spec.Name} is not a finite number");
            }
            else if (value < spec.Min || value > spec.Max)
            {
                builder.Reject(line, "value", "value.out_of_range", $"{spec.Name} {text?.Trim()} is outside {spec.Range} ({spec.Meaning})");
            }
            else if (!seen.Add(spec.Name))
            {
                builder.Reject(line, "metric", "metric.duplicate", $"{spec.Name} is given more than once; the first value is used");
            }
            else
            {
                builder.Accept(new MetricValue(spec.Name, value, line));
            }
        }

        return builder.Build();
    }

    private static int LineAt(byte[] bytes, int offset) => 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
}

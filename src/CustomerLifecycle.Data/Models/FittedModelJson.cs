using System.Globalization;
using System.Text;
using System.Text.Json;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Data.Models;

/// <summary>
/// The versioned JSON format of a fitted CLV model (System.Text.Json): <c>format_version</c>, <c>model</c>,
/// <c>parameters</c> and <c>standard_errors</c> (objects keyed by parameter name, in any order), <c>log_likelihood</c>,
/// <c>converged</c>, <c>message</c>, <c>iterations</c>, <c>time_unit</c> ("day", "week", "month" or null) and <c>data</c>
/// (<c>rows</c>, <c>customers</c>, <c>sum_frequency</c>, <c>sum_age</c>, or null) and <c>log_parameter_covariance</c>
/// (<c>parameters</c>, the names in the matrix's order, and <c>matrix</c>, the covariance of the log-parameters; or null
/// when the fit had none; a file without the field, written before it existed, still reads). Reading ignores fields it does not know, so
/// a document with extra fields (such as the command line's <c>file</c> and <c>rejected</c>) reads back; a document
/// without <c>format_version</c> is read as version 1, and one that gives only <c>model</c> and <c>parameters</c> (parameters
/// written by hand) as converged with no log-likelihood.
/// </summary>
public static class FittedModelJson
{
    /// <summary>The format version this library writes and the newest it reads.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>Writes a document as indented JSON (UTF-8, no byte order mark) to a stream the caller owns.</summary>
    /// <param name="document">The document.</param>
    /// <param name="destination">The stream; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(FittedModelDocument document, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(destination);
        using var writer = new Utf8JsonWriter(destination, Indented);
        Write(document, writer);
    }

    /// <summary>The document as indented JSON text.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Write(FittedModelDocument document)
    {
        using var stream = new MemoryStream();
        Write(document, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the document's fields into an object the caller has opened (to embed them in a larger report).</summary>
    /// <param name="document">The document.</param>
    /// <param name="writer">The writer, positioned inside an object.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteProperties(FittedModelDocument document, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumber("format_version", document.FormatVersion);
        writer.WriteString("model", document.Model);
        writer.WriteStartObject("parameters");
        foreach (var (name, value) in document.Parameters)
        {
            writer.WriteNumber(name, value);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("standard_errors");
        foreach (var (name, value) in document.StandardErrors)
        {
            if (value is { } se)
            {
                writer.WriteNumber(name, se);
            }
            else
            {
                writer.WriteNull(name);
            }
        }

        writer.WriteEndObject();
        if (document.LogLikelihood is { } recorded)
        {
            writer.WriteNumber("log_likelihood", recorded);
        }
        else
        {
            writer.WriteNull("log_likelihood");
        }

        writer.WriteBoolean("converged", document.Converged);
        writer.WriteString("message", document.Message);
        writer.WriteNumber("iterations", document.Iterations);
        if (document.TimeUnit is { } unit)
        {
            writer.WriteString("time_unit", UnitName(unit));
        }
        else
        {
            writer.WriteNull("time_unit");
        }

        if (document.Data is { } data)
        {
            writer.WriteStartObject("data");
            writer.WriteNumber("rows", data.Rows);
            writer.WriteNumber("customers", data.Customers);
            writer.WriteNumber("sum_frequency", data.SumFrequency);
            writer.WriteNumber("sum_age", data.SumAge);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("data");
        }

        FittedModelCovarianceJson.Write(document, writer);
    }

    /// <summary>Reads a document from JSON text.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The document; its parameters are not yet checked against the model (see <see cref="FittedModelDocument.ToModel"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FittedModelException">The text is not a fitted-model document (the message says which field is wrong).</exception>
    public static FittedModelDocument Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Parse(() => JsonDocument.Parse(json.TrimStart('\uFEFF')));
    }

    /// <summary>Reads a document from a UTF-8 stream the caller owns.</summary>
    /// <param name="source">The stream; left open.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="FittedModelException">The stream does not hold a fitted-model document.</exception>
    public static FittedModelDocument Read(Stream source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Parse(() => JsonDocument.Parse(source));
    }

    private static FittedModelDocument Parse(Func<JsonDocument> parse)
    {
        try
        {
            using var document = parse();
            return Read(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new FittedModelException($"not JSON ({ex.Message})", ex);
        }
    }

    private static void Write(FittedModelDocument document, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        WriteProperties(document, writer);
        writer.WriteEndObject();
    }

    private static FittedModelDocument Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Bad("the document is not a JSON object");
        }

        var version = root.TryGetProperty("format_version", out var v) ? Whole(v, "format_version") : 1;
        if (version < 1 || version > FormatVersion)
        {
            throw Bad(string.Create(CultureInfo.InvariantCulture, $"format version {version} is not one this library reads (1–{FormatVersion})"));
        }

        var model = root.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : throw Bad("no \"model\" string");
        var parameters = Numbers(root, "parameters", required: true);
        var errors = root.TryGetProperty("standard_errors", out var se) && se.ValueKind == JsonValueKind.Object
            ? se.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? (double?)null : NonNegative(p.Value, "standard_errors." + p.Name), StringComparer.Ordinal)
            : new Dictionary<string, double?>(StringComparer.Ordinal);
        return new FittedModelDocument(
            version,
            model,
            parameters,
            errors,
            root.TryGetProperty("log_likelihood", out var ll) && ll.ValueKind != JsonValueKind.Null ? Finite(ll, "log_likelihood") : null,
            !root.TryGetProperty("converged", out var c) || (c.ValueKind is JsonValueKind.True or JsonValueKind.False ? c.GetBoolean() : throw Bad("\"converged\" is not true or false")),
            root.TryGetProperty("message", out var msg) && msg.ValueKind == JsonValueKind.String ? msg.GetString()! : string.Empty,
            root.TryGetProperty("iterations", out var it) ? Whole(it, "iterations") : 0,
            root.TryGetProperty("time_unit", out var unit) ? Unit(unit) : null,
            root.TryGetProperty("data", out var data) ? Fingerprint(data) : null)
        {
            LogParameterCovariance = FittedModelCovarianceJson.Read(root, parameters),
        };
    }

    private static Dictionary<string, double> Numbers(JsonElement root, string field, bool required)
    {
        if (!root.TryGetProperty(field, out var element) || element.ValueKind != JsonValueKind.Object)
        {
            return required ? throw Bad($"no \"{field}\" object") : new Dictionary<string, double>(StringComparer.Ordinal);
        }

        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var p in element.EnumerateObject())
        {
            if (!result.TryAdd(p.Name, Finite(p.Value, $"{field}.{p.Name}")))
            {
                throw Bad($"\"{field}\" names \"{p.Name}\" twice");
            }
        }

        return result;
    }

    private static ClvDataFingerprint? Fingerprint(JsonElement data) => data.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => new ClvDataFingerprint(
            data.TryGetProperty("rows", out var r) ? Whole(r, "data.rows") : throw Bad("\"data\" has no \"rows\""),
            data.TryGetProperty("customers", out var c) ? NonNegative(c, "data.customers") : throw Bad("\"data\" has no \"customers\""),
            data.TryGetProperty("sum_frequency", out var x) ? NonNegative(x, "data.sum_frequency") : throw Bad("\"data\" has no \"sum_frequency\""),
            data.TryGetProperty("sum_age", out var t) ? NonNegative(t, "data.sum_age") : throw Bad("\"data\" has no \"sum_age\"")),
        _ => throw Bad("\"data\" is neither an object nor null"),
    };

    private static PeriodUnit? Unit(JsonElement unit) => unit.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String when unit.ValueEquals("day") => PeriodUnit.Day,
        JsonValueKind.String when unit.ValueEquals("week") => PeriodUnit.Week,
        JsonValueKind.String when unit.ValueEquals("month") => PeriodUnit.Month,
        _ => throw Bad("\"time_unit\" is not \"day\", \"week\", \"month\" or null"),
    };

    private static string UnitName(PeriodUnit unit) => unit switch
    {
        PeriodUnit.Day => "day",
        PeriodUnit.Week => "week",
        _ => "month",
    };

    private static double Finite(JsonElement e, string field) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetDouble(out var d) && double.IsFinite(d) ? d : throw Bad($"\"{field}\" is not a finite number");

    private static double NonNegative(JsonElement e, string field)
    {
        var d = Finite(e, field);
        return d >= 0d ? d : throw Bad($"\"{field}\" is negative");
    }

    private static int Whole(JsonElement e, string field) =>
        e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var i) && i >= 0 ? i : throw Bad($"\"{field}\" is not a whole number ≥ 0");

    private static FittedModelException Bad(string why) => new(FittedModelProblem.Format, why);
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>
/// The JSON settings of every <c>--json</c> output: snake_case names, nulls written, indented. A number that could not
/// be computed (NaN or an infinity) is written as <c>null</c>, never as a non-standard literal, and
/// <see cref="Serialize"/> says so on stderr.
/// </summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new FiniteDoubleConverter() },
        TypeInfoResolver = CliJsonContext.Default,
    };

    [ThreadStatic]
    private static int _nonFinite;

    /// <summary>The value as JSON; when a number was not finite, one warning line on stderr names how many were written as null.</summary>
    public static string Serialize<T>(T value)
    {
        _nonFinite = 0;
        var json = JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));
        if (_nonFinite > 0)
        {
            Console.Error.WriteLine($"lifecycle: warning: {_nonFinite} {(_nonFinite == 1 ? "number" : "numbers")} could not be computed for this input (not finite) and {(_nonFinite == 1 ? "is" : "are")} written as null");
        }

        return json;
    }

    private sealed class FiniteDoubleConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                _nonFinite++;
                writer.WriteNullValue();
            }
        }
    }
}

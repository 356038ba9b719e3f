using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CustomerLifecycle.Cli.Commands.Clv;
using CustomerLifecycle.Cli.Commands.Scorecard;
using CustomerLifecycle.Cli.Infrastructure;

namespace CustomerLifecycle.Cli.Tests.NativeBuild;

/// <summary>
/// The <c>--json</c> documents are written from compile-time metadata (a native build has no reflection-based
/// serialiser): every document type must be known to it, and the settings must stay those of the reflection era.
/// </summary>
public sealed class CliJsonContextTests
{
    private static readonly Type[] DocumentTypes =
    [
        .. typeof(CliJson).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("CustomerLifecycle.Cli.Commands", StringComparison.Ordinal) == true
            && t.Name.EndsWith("Json", StringComparison.Ordinal) && !t.IsAbstract && t.GetMethod("<Clone>$") is not null),
    ];

    public static TheoryData<string> DocumentTypeNames() => [.. DocumentTypes.Select(t => t.FullName!)];

    [Theory]
    [MemberData(nameof(DocumentTypeNames))]
    public void Every_json_record_of_the_commands_has_compile_time_metadata(string typeName)
    {
        var type = typeof(CliJson).Assembly.GetType(typeName)!;
        Assert.True(CliJson.Options.TryGetTypeInfo(type, out var info), $"{typeName} is not in CliJsonContext");
        Assert.Equal(JsonTypeInfoKind.Object, info.Kind);
    }

    [Fact]
    public void Json_records_of_the_commands_are_found()
    {
        Assert.Contains(typeof(ClvFitJson), DocumentTypes);
        Assert.Contains(typeof(ScorecardOutputJson), DocumentTypes);
        Assert.True(DocumentTypes.Length > 40, $"only {DocumentTypes.Length} records found");
    }

    [Fact]
    public void Every_enum_in_a_json_document_is_written_as_snake_case_text()
    {
        var enums = Reachable().Where(t => t.IsEnum).ToArray();
        foreach (var type in enums)
        {
            var value = Enum.GetValues(type).GetValue(0);
            var json = JsonSerializer.Serialize(value, CliJson.Options.GetTypeInfo(type));
            Assert.StartsWith("\"", json, StringComparison.Ordinal);
            Assert.Equal(json.ToLowerInvariant(), json);
        }
    }

    [Fact]
    public void A_value_declared_as_object_is_written_by_its_runtime_type()
    {
        var row = new ContinuousPredictionJson("c1", 2, 30.5, 40, 1.25, 0.5, null, null);
        row.Extra["dert"] = 3.5;
        row.Extra["clv_low"] = null;
        var json = CliJson.Serialize<object>(row);
        Assert.Equal(
            "{\n  \"customer_id\": \"c1\",\n  \"frequency\": 2,\n  \"recency\": 30.5,\n  \"T\": 40,\n  \"expected_purchases\": 1.25,\n  \"p_alive\": 0.5,\n  \"expected_spend\": null,\n  \"clv\": null,\n  \"dert\": 3.5,\n  \"clv_low\": null\n}",
            json.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_block_of_standard_errors_among_the_base_parameters_is_written_by_its_runtime_type()
    {
        var empty = new Dictionary<string, double?>();
        IReadOnlyDictionary<string, object?> errors = new Dictionary<string, object?>
        {
            ["r"] = 0.25,
            ["covariates"] = new ClvCovariateBlocks<double?>(new Dictionary<string, double?> { ["gender"] = null }, empty, empty),
        };
        Assert.Equal(
            "{\n  \"r\": 0.25,\n  \"covariates\": {\n    \"life\": {\n      \"gender\": null\n    },\n    \"transaction\": {},\n    \"constrained\": {}\n  }\n}",
            CliJson.Serialize(errors).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_number_that_is_not_finite_is_written_as_null()
    {
        var json = CliJson.Serialize<object>(new ContinuousPredictionJson(null, 0, 0, 1, double.NaN, double.PositiveInfinity, null, null));
        Assert.Contains("\"expected_purchases\": null", json, StringComparison.Ordinal);
        Assert.Contains("\"p_alive\": null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_outside_the_context_is_refused_rather_than_written_by_reflection()
    {
        Assert.False(CliJson.Options.TryGetTypeInfo(typeof(Uri), out _));
    }

    private static HashSet<Type> Reachable()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(DocumentTypes);
        while (queue.TryDequeue(out var type))
        {
            if (!seen.Add(type) || !CliJson.Options.TryGetTypeInfo(type, out var info))
            {
                continue;
            }

            var next = info.Properties.Select(p => p.PropertyType)
                .Append(info.ElementType).Append(info.KeyType)
                .OfType<Type>()
                .Select(t => Nullable.GetUnderlyingType(t) ?? t);
            foreach (var t in next)
            {
                queue.Enqueue(t);
            }
        }

        return seen;
    }
}

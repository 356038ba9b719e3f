using System.Text.Json;

namespace CustomerLifecycle.Data.Models;

/// <summary>
/// The <c>log_parameter_covariance</c> field of a fitted-model document: <c>{"parameters": [names], "matrix": [[…], …]}</c>,
/// the covariance of the log-parameters with its rows and columns named, so that the parameters' order in the file
/// never matters; or null when the fit had none.
/// </summary>
internal static class FittedModelCovarianceJson
{
    public const string Field = "log_parameter_covariance";

    /// <summary>Writes the field (null when the document has no covariance).</summary>
    public static void Write(FittedModelDocument document, Utf8JsonWriter writer)
    {
        if (document.LogParameterCovariance is not { } matrix)
        {
            writer.WriteNull(Field);
            return;
        }

        writer.WriteStartObject(Field);
        writer.WriteStartArray("parameters");
        foreach (var name in document.Parameters.Keys)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("matrix");
        foreach (var row in matrix)
        {
            writer.WriteStartArray();
            foreach (var value in row)
            {
                writer.WriteNumberValue(value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// Reads the field, if present, into a matrix ordered like <paramref name="parameters"/>: names each parameter once,
    /// square, finite, symmetric (to 1e-9 relative) with positive variances.
    /// </summary>
    /// <exception cref="FittedModelException">The field is malformed (the message says how).</exception>
    public static IReadOnlyList<IReadOnlyList<double>>? Read(JsonElement root, IReadOnlyDictionary<string, double> parameters)
    {
        if (!root.TryGetProperty(Field, out var field) || field.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (field.ValueKind != JsonValueKind.Object
            || !field.TryGetProperty("parameters", out var names) || names.ValueKind != JsonValueKind.Array
            || !field.TryGetProperty("matrix", out var matrix) || matrix.ValueKind != JsonValueKind.Array)
        {
            throw Bad($"\"{Field}\" is not an object with a \"parameters\" array and a \"matrix\" array");
        }

        var order = names.EnumerateArray().Select(n => n.ValueKind == JsonValueKind.String ? n.GetString()! : throw Bad($"\"{Field}.parameters\" holds a non-string")).ToArray();
        if (order.Length != parameters.Count || order.Distinct(StringComparer.Ordinal).Count() != order.Length || !order.All(parameters.ContainsKey))
        {
            throw Bad($"\"{Field}.parameters\" must name each of the parameters ({string.Join(", ", parameters.Keys)}) once");
        }

        var k = order.Length;
        var rows = matrix.EnumerateArray().ToArray();
        var values = new double[k, k];
        if (rows.Length != k)
        {
            throw Bad($"\"{Field}.matrix\" must have {k} rows");
        }

        for (var i = 0; i < k; i++)
        {
            var cells = rows[i].ValueKind == JsonValueKind.Array ? rows[i].EnumerateArray().ToArray() : [];
            if (cells.Length != k)
            {
                throw Bad($"\"{Field}.matrix\" row {i + 1} must have {k} numbers");
            }

            for (var j = 0; j < k; j++)
            {
                values[i, j] = cells[j].ValueKind == JsonValueKind.Number && cells[j].TryGetDouble(out var d) && double.IsFinite(d)
                    ? d
                    : throw Bad($"\"{Field}.matrix\" row {i + 1} holds a value that is not a finite number");
            }
        }

        for (var i = 0; i < k; i++)
        {
            if (!(values[i, i] > 0d))
            {
                throw Bad($"\"{Field}.matrix\" has a variance ≤ 0 for {order[i]}");
            }

            for (var j = 0; j < i; j++)
            {
                if (Math.Abs(values[i, j] - values[j, i]) > 1e-9 * Math.Max(Math.Abs(values[i, j]), Math.Abs(values[j, i])))
                {
                    throw Bad($"\"{Field}.matrix\" is not symmetric ({order[i]}, {order[j]})");
                }
            }
        }

        var index = order.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var keys = parameters.Keys.ToArray();
        return keys.Select(a => (IReadOnlyList<double>)keys.Select(b => values[index[a], index[b]]).ToArray()).ToArray();
    }

    private static FittedModelException Bad(string why) => new(FittedModelProblem.Format, why);
}

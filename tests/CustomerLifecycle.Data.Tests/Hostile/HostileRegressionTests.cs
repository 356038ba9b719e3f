using System.Text;
using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Data.Models;
using CustomerLifecycle.Data.Scorecards;

namespace CustomerLifecycle.Data.Tests.Hostile;

/// <summary>Cases the hostile-file generator found, kept as fixed inputs.</summary>
public class HostileRegressionTests
{
    private const string BomReason = "Found by the hostile-file generator (seed 20261205): a JSON input that starts with a UTF-8 byte-order mark is refused as \"not valid JSON\" while CSV inputs accept the mark. The fix belongs to the readers' robustness work (issue 15, files that are fine but unusual); remove the skip once it is merged.";

    private static MemoryStream WithBom(string json) => new([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(json)]);

    [Fact(Skip = BomReason)]
    public void Tasks_json_with_a_byte_order_mark_is_read() =>
        Assert.Single(TasksJson.Read(WithBom("""[{"key":"k1","customer_id":"c1","step":"s","due_utc":"2026-03-01T10:00:00Z"}]""")).Accepted);

    [Fact(Skip = BomReason)]
    public void Metrics_json_with_a_byte_order_mark_is_read() =>
        Assert.Single(MetricsFile.ReadJson(WithBom("""{"rate":0.5}"""), [MetricSpec.Fraction("rate", "a rate")]).Accepted);

    [Fact(Skip = BomReason)]
    public void Fitted_model_json_with_a_byte_order_mark_is_read() =>
        Assert.Equal("sbg", FittedModelJson.Read(WithBom("""{"model":"sbg","parameters":{"alpha":1,"beta":1},"log_likelihood":-1,"converged":true}""")).Model);

    [Fact]
    public void Tasks_json_with_a_byte_order_mark_is_at_worst_the_documented_error()
    {
        try
        {
            TasksJson.Read(WithBom("[]"));
        }
        catch (InvalidDataException e)
        {
            Assert.Contains("not valid JSON", e.Message, StringComparison.Ordinal);
        }
    }
}

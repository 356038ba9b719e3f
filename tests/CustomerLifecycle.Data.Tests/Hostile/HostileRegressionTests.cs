using System.Text;
using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Data.Models;
using CustomerLifecycle.Data.Scorecards;

namespace CustomerLifecycle.Data.Tests.Hostile;

/// <summary>Cases the hostile-file generator found, kept as fixed inputs.</summary>
public class HostileRegressionTests
{
    private static MemoryStream WithBom(string json) => new([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(json)]);

    [Fact]
    public void Tasks_json_with_a_byte_order_mark_is_read() =>
        Assert.Single(TasksJson.Read(WithBom("""[{"key":"k1","customer_id":"c1","step":"s","due_utc":"2026-03-01T10:00:00Z"}]""")).Accepted);

    [Fact]
    public void Metrics_json_with_a_byte_order_mark_is_read() =>
        Assert.Single(MetricsFile.ReadJson(WithBom("""{"rate":0.5}"""), [MetricSpec.Fraction("rate", "a rate")]).Accepted);

    [Fact]
    public void Fitted_model_json_with_a_byte_order_mark_is_read() =>
        Assert.Equal("sbg", FittedModelJson.Read(WithBom("""{"model":"sbg","parameters":{"alpha":1,"beta":1},"log_likelihood":-1,"converged":true}""")).Model);
}

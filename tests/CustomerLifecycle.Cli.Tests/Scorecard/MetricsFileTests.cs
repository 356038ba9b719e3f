using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Data.Scorecards;
using CliMetrics = CustomerLifecycle.Cli.Commands.Scorecard.MetricsFile;

namespace CustomerLifecycle.Cli.Tests.Scorecard;

public class MetricsFileTests
{
    private static readonly MetricSpec[] Names = [MetricSpec.Nps("first_visit_nps", "NPS"), MetricSpec.Fraction("perfect_rate", "share of 10s")];

    [Fact]
    public void Csv_metrics_are_read_with_percent_suffix_and_case_insensitive_names()
    {
        var file = CliMetrics.Read(CliRunner.TempFile("m.csv", "metric,value", "First_Visit_NPS,87", "perfect_rate,42%"), Names);
        Assert.Equal(87d, file.ValueOf("first_visit_nps"));
        Assert.Equal(0.42, file.ValueOf("perfect_rate")!.Value, 1e-12);
        Assert.Empty(file.Import.Rejected);
    }

    [Fact]
    public void Bad_rows_are_rejected_with_line_and_code()
    {
        var file = CliMetrics.Read(
            CliRunner.TempFile("m.csv", "metric,value", "first_visit_nps,NaN", "perfect_rate,0.4", "perfect_rate,0.5", "colour,blue", "first_visit_nps,Infinity", "", "first_visit_nps,abc"),
            Names);
        Assert.Equal([(2, "value.invalid"), (4, "metric.duplicate"), (5, "metric.unknown"), (6, "value.invalid"), (8, "value.invalid")], file.Import.Rejected.Select(r => (r.Line, r.Code)));
        Assert.Equal(0.4, file.ValueOf("perfect_rate"));
        Assert.Null(file.ValueOf("first_visit_nps"));
    }

    [Fact]
    public void Values_outside_their_range_are_rejected()
    {
        var file = CliMetrics.Read(CliRunner.TempFile("m.csv", "metric,value", "first_visit_nps,101", "perfect_rate,140%", "perfect_rate,-0.1"), Names);
        Assert.All(file.Import.Rejected, r => Assert.Equal("value.out_of_range", r.Code));
        Assert.Equal([2, 3, 4], file.Import.Rejected.Select(r => r.Line));
        Assert.Contains("[-100, 100]", file.Import.Rejected[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_metric_that_is_missing_is_unusable_input()
    {
        var file = CliMetrics.Read(CliRunner.TempFile("m.csv", "metric,value", "first_visit_nps,80"), Names);
        Assert.Contains("perfect_rate", Assert.Throws<UnusableInputException>(() => file.Require("perfect_rate")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_metrics_carry_the_line_of_each_property()
    {
        var file = CliMetrics.Read(CliRunner.TempFile("m.json", "{", "  \"first_visit_nps\": 87,", "  \"perfect_rate\": \"x\"", "}"), Names);
        Assert.Equal(87d, file.ValueOf("first_visit_nps"));
        Assert.Equal((3, "value.invalid"), (file.Import.Rejected.Single().Line, file.Import.Rejected.Single().Code));
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("{ \"first_visit_nps\": ")]
    public void Json_that_is_not_an_object_is_unusable(string text)
    {
        Assert.Throws<UnusableInputException>(() => CliMetrics.Read(CliRunner.TempFile("m.json", text), Names));
    }
}

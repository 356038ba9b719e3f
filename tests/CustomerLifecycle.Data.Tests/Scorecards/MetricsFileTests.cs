using System.Text;
using CustomerLifecycle.Data.Scorecards;
using CustomerLifecycle.Data.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Data.Tests.Scorecards;

public class MetricsFileTests
{
    private static readonly MetricSpec[] Specs = [MetricSpec.Nps("first_visit_nps", "NPS"), MetricSpec.Fraction("perfect_rate", "share of 10s"), MetricSpec.NonNegative("customers", "count")];

    private static TextTable Table(string text, TextTableOptions? options = null) => TextTable.Open(new MemoryStream(new UTF8Encoding(false).GetBytes(text)), options, "m.csv");

    [Fact]
    public void Names_match_case_insensitively_and_a_percent_sign_means_hundredths()
    {
        var result = MetricsFile.Read(Table("metric,value,note\nFirst_Visit_NPS,87,x\nperfect_rate,42 %,\ncustomers,\"1,234,567\",\n"), Specs);
        Assert.True(result.IsClean);
        Assert.Equal([("first_visit_nps", 87d), ("perfect_rate", 0.42), ("customers", 1_234_567d)], result.Accepted.Select(m => (m.Name, Math.Round(m.Value, 12))));
    }

    [Fact]
    public void Names_written_for_people_are_the_metrics_they_spell_and_count_as_duplicates_of_them()
    {
        var result = MetricsFile.Read(Table("Metric,Value\nFirst Visit NPS,72\nPerfect-Rate,0.5\nperfect_rate,0.6\nfirst visit,1\n"), Specs);
        Assert.Equal([("first_visit_nps", 72d), ("perfect_rate", 0.5)], result.Accepted.Select(m => (m.Name, m.Value)));
        Assert.Equal([(4, "metric.duplicate"), (5, "metric.unknown")], result.Rejected.Select(r => (r.Line, r.Code)));
    }

    [Fact]
    public void Unknown_bad_out_of_range_and_duplicate_metrics_are_rejected_with_line_and_code()
    {
        var result = MetricsFile.Read(Table("metric,value\nfirst_visit_nps,NaN\nperfect_rate,0.4\nperfect_rate,0.5\ncolour,blue\nfirst_visit_nps,101\ncustomers,\"1,5\"\n\n\"customers\n\",-1\n"), Specs);
        Assert.Equal(
            [(2, "value.invalid"), (4, "metric.duplicate"), (5, "metric.unknown"), (6, "value.out_of_range"), (7, "value.invalid"), (9, "value.out_of_range")],
            result.Rejected.Select(r => (r.Line, r.Code)));
        Assert.Contains("[-100, 100]", result.Rejected[3].Reason, StringComparison.Ordinal);
        Assert.Equal("value", result.Rejected[0].Column);
    }

    [Fact]
    public void A_decimal_comma_is_read_when_the_options_say_so()
    {
        var result = MetricsFile.Read(Table("metric;value\nperfect_rate;0,42\n", new TextTableOptions { Numbers = NumberConvention.WithDecimalSeparator(',') }), Specs);
        Assert.Equal(0.42, Assert.Single(result.Accepted).Value, 12);
    }

    [Fact]
    public void A_table_without_a_value_column_is_unusable() =>
        Assert.Throws<TextTableException>(() => MetricsFile.Read(Table("metric,amount\nperfect_rate,0.4\n"), Specs));

    [Fact]
    public void Json_metrics_carry_the_line_of_each_property()
    {
        var result = MetricsFile.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes("{\n  // given\n  \"first_visit_nps\": 87,\n  \"perfect_rate\": \"x\",\n  \"customers\": null,\n}")), Specs);
        Assert.Equal(87d, Assert.Single(result.Accepted).Value);
        Assert.Equal([(4, "value.invalid"), (5, "value.invalid")], result.Rejected.Select(r => (r.Line, r.Code)));
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("{ \"first_visit_nps\": ")]
    public void Json_that_is_not_an_object_is_unusable(string text) =>
        Assert.Throws<InvalidDataException>(() => MetricsFile.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(text)), Specs));

    [Fact]
    public void A_file_is_read_as_json_or_as_a_table_by_its_extension_and_strict_mode_refuses_a_rejection()
    {
        var dir = Directory.CreateTempSubdirectory("metrics");
        var json = Path.Combine(dir.FullName, "m.JSON");
        File.WriteAllText(json, "{\"perfect_rate\": 0.5, \"bogus\": 1}");
        Assert.Equal(0.5, Assert.Single(MetricsFile.ReadFile(json, Specs).Accepted).Value);
        Assert.Throws<ImportRejectedException>(() => MetricsFile.ReadFile(json, Specs, new TextTableOptions { Strict = true }));
        var csv = Path.Combine(dir.FullName, "m.csv");
        File.WriteAllText(csv, "\uFEFFmetric,value\r\ncustomers,3\r\n", new UTF8Encoding(false));
        Assert.Equal(3d, Assert.Single(MetricsFile.ReadFile(csv, Specs).Accepted).Value);
    }

    [Property(MaxTest = 100)]
    public Property A_value_is_accepted_exactly_when_it_is_within_its_range(NormalFloat value)
    {
        var v = value.Get;
        var text = v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var result = MetricsFile.Read(Table($"metric,value\nfirst_visit_nps,{text}\n"), Specs);
        var inRange = v is >= -100d and <= 100d;
        // The value goes through a decimal, so it may come back one unit in the last place away.
        return (result.IsClean == inRange && (!inRange || Math.Abs(result.Accepted[0].Value - v) <= Math.Abs(v) * 1e-15)).ToProperty();
    }
}

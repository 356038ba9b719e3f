using System.Globalization;
using System.Text;
using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Data.Models;
using CustomerLifecycle.Data.Scorecards;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Writers;
using CustomerLifecycle.Scoring.Clv.Models;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Robustness;

/// <summary>The Data package at the edges: the supported dates, caps on counts, JSON with a byte-order mark, safe CSV.</summary>
public class EdgeInputTests
{
    private static MemoryStream WithBom(string text) => new([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

    private static TextTable Table(string text) => TextTable.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), null, "t.csv");

    [Theory]
    [InlineData("9999-12-31T23:59:59Z", TextFieldError.OutOfRange)]
    [InlineData("1899-12-31", TextFieldError.OutOfRange)]
    [InlineData("someday", TextFieldError.Invalid)]
    [InlineData("", TextFieldError.Missing)]
    public void Date_fields_outside_the_supported_range_have_their_own_kind(string text, string kind)
    {
        Assert.False(DateText.TryParseInstant(text, DateTimeZone.Utc, out _, out var error));
        Assert.Equal(kind, error!.Kind);
    }

    [Theory]
    [InlineData("9999-12-31", false)]
    [InlineData("18991231", false)]
    [InlineData("2199-12-31", true)]
    [InlineData("19000101", true)]
    public void Calendar_dates_are_read_only_in_the_supported_range(string text, bool read) =>
        Assert.Equal(read, DateText.TryParseDate(text, out _));

    [Fact]
    public void Every_reader_of_time_stamps_rejects_a_row_outside_the_range_with_the_range_as_reason()
    {
        var faults = FaultRecordsCsv.Read(Table("record_id,fault_code,reported_at,batch\nr1,F1,2026-01-05,b1\nr2,F1,9999-12-31T23:59:59Z,b1\n"));
        var completions = CompletionsCsv.Read(Table("key,completed_at\nk1,2026-01-05T10:00:00Z\nk2,9999-12-31T23:59:59Z\n"));
        var tasks = TasksJson.Read(new MemoryStream(Encoding.UTF8.GetBytes("[{\"key\":\"k1\",\"customer_id\":\"c1\",\"step\":\"s\",\"due_utc\":\"9999-12-31T23:59:59Z\"}]")));

        foreach (var rejected in new[] { faults.Rejected, completions.Rejected, tasks.Rejected })
        {
            Assert.Contains("outside the supported dates (1900-01-01 to 2199-12-31)", Assert.Single(rejected).Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_bg_bb_row_with_more_opportunities_than_the_cap_is_rejected_and_the_cap_itself_is_read()
    {
        var result = DiscreteSummaryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes($"x,t_x,n\n1,1,2147483647\n1,1,{DiscreteSummary.MaxPeriods}\n1,1,{DiscreteSummary.MaxPeriods + 1}\n")));

        Assert.Equal([(2, "periods.too_many"), (4, "periods.too_many")], result.Rejected.Select(r => (r.Line, r.Code)));
        Assert.Equal(DiscreteSummary.MaxPeriods, Assert.Single(result.Accepted).Periods);
    }

    [Fact]
    public void Fleet_units_near_two_to_the_63_are_rejected_so_sums_cannot_overflow()
    {
        var result = FleetCsv.Read(Table($"batch,units\nb1,{long.MaxValue}\nb2,1000000000000\nb3,1000000000001\n"));

        Assert.Equal([(2, "units.too_large"), (4, "units.too_large")], result.Rejected.Select(r => (r.Line, r.Code)));
    }

    [Fact]
    public void Json_inputs_with_a_utf8_byte_order_mark_are_read()
    {
        var specs = new[] { MetricSpec.Nps("first_visit_nps", "NPS") };

        Assert.Equal(87d, Assert.Single(MetricsFile.ReadJson(WithBom("{\"first_visit_nps\": 87}"), specs).Accepted).Value);
        Assert.Single(TasksJson.Read(WithBom("[{\"key\":\"k1\",\"customer_id\":\"c1\",\"step\":\"s\",\"due_utc\":\"2026-03-01T10:00:00Z\"}]")).Accepted);
        Assert.Equal("bg-nbd", FittedModelJson.Read(WithBom("{\"model\":\"bg-nbd\",\"parameters\":{\"r\":0.24,\"alpha\":4.4,\"a\":0.79,\"b\":2.4}}")).Model);
        Assert.Equal("bg-nbd", FittedModelJson.Read("\uFEFF{\"model\":\"bg-nbd\",\"parameters\":{\"r\":0.24,\"alpha\":4.4,\"a\":0.79,\"b\":2.4}}").Model);
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+SUM(A1)", "'+SUM(A1)")]
    [InlineData("-x", "'-x")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("=a,b", "\"'=a,b\"")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("+1e3", "+1e3")]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    public void Text_cells_a_spreadsheet_would_run_are_neutralised_and_numbers_are_not(string field, string written) =>
        Assert.Equal(written, CsvWriter.Quote(field));

    [Property]
    public bool Every_written_number_reads_back_unchanged(double value)
    {
        var text = CsvWriter.Quote(CsvWriter.Number(value));
        return double.IsFinite(value)
            ? double.Parse(text, CultureInfo.InvariantCulture).Equals(value)
            : text.Length == 0;
    }

    [Property]
    public bool No_written_cell_starts_a_formula(string? field)
    {
        var written = CsvWriter.Quote(field ?? string.Empty);
        var text = written.StartsWith('"') ? written[1..] : written;
        return text.Length == 0 || text[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r')
            || double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }
}

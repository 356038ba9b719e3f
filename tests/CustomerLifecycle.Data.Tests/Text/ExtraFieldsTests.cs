using System.Text;
using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Data.Scorecards;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Surveys;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Transactions;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Text;

/// <summary>A row with more fields than its header — a value holding the delimiter, unquoted — is rejected, never read shifted.</summary>
public class ExtraFieldsTests
{
    private const string CommaReason = "a value holding a comma must be quoted, else the fields after it are not under their columns";

    private static TextTable Open(string text, TextTableOptions? options = null) => TextTable.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), options, "t.csv");

    [Fact]
    public void A_row_with_text_beyond_the_header_has_extra_fields_and_trailing_blank_fields_do_not_count()
    {
        using var table = Open("a,b\n1,2\n1,2,\n1,2, ,\n1,2,3\n1\n");
        Assert.Equal([false, false, false, true, false], table.ReadRows().Select(r => r.HasExtraFields));
    }

    [Fact]
    public void The_reason_names_both_counts_and_the_delimiter()
    {
        using var table = Open("a;b\n1;2;3\n");
        var row = Assert.Single(table.ReadRows());
        Assert.Equal("the row has 3 fields where the header has 2: a value holding a semicolon must be quoted, else the fields after it are not under their columns", table.ExtraFieldsReason(row));
    }

    [Fact]
    public void A_whitespace_table_says_spaces_and_a_headerless_one_counts_its_first_row()
    {
        using var spaces = Open("a b\n1 2 3\n");
        Assert.EndsWith("where the header has 2: a value holding spaces shifts the fields after it in a whitespace-separated table (export the table delimited)", spaces.ExtraFieldsReason(spaces.ReadRows().Single()));
        using var headerless = Open("1,2\n3,4,5\n", new TextTableOptions { HasHeader = false });
        var row = headerless.ReadRows().Single(r => r.HasExtraFields);
        Assert.StartsWith("the row has 3 fields where the first row has 2:", headerless.ExtraFieldsReason(row), StringComparison.Ordinal);
    }

    [Fact]
    public void A_survey_answer_with_an_unquoted_comment_is_rejected_and_the_others_kept()
    {
        var file = SurveyReader.Read(Open("customer_id,score,comment\na,9,fine\nb,7,ok, thanks\nc,3,\"slow, rude\"\n"), null);
        Assert.Equal(["a", "c"], file.Import.Accepted.Select(r => r.Customer!.Value.Value));
        var rejected = Assert.Single(file.Import.Rejected);
        Assert.Equal((3, TextTable.ExtraFieldsCode), (rejected.Line, rejected.Code));
        Assert.Equal($"the row has 4 fields where the header has 3: {CommaReason}", rejected.Reason);
    }

    [Fact]
    public void A_summary_row_with_a_decimal_comma_in_a_comma_file_is_rejected_not_read_as_the_integer_part()
    {
        var file = CustomerSummaryReader.Read(Open("customer_id,frequency,recency,T,monetary_value\na,2,30,40,12.5\nb,1,10,40,38,86\n"));
        Assert.Equal([12.5m], file.Import.Accepted.Select(s => s.MonetaryValue!.Value));
        Assert.Equal([(3, TextTable.ExtraFieldsCode)], file.Import.Rejected.Select(r => (r.Line, r.Code)));
    }

    [Fact]
    public void A_metric_with_an_unquoted_decimal_comma_is_rejected_not_read_as_zero()
    {
        var result = MetricsFile.Read(Open("metric,value\nrate,0,85\nnps,45\n"), [new MetricSpec("rate", 0, 1, "a share"), new MetricSpec("nps", -100, 100, "a score")]);
        Assert.Equal(["nps"], result.Accepted.Select(m => m.Name));
        Assert.Equal([(2, TextTable.ExtraFieldsCode)], result.Rejected.Select(r => (r.Line, r.Code)));
    }

    [Fact]
    public void A_transaction_with_an_unquoted_amount_is_a_rejected_row_not_a_purchase_of_its_integer_part()
    {
        var log = TransactionLogReader.Read(Open("customer,date,amount\na,2025-01-01,3.50\na,2025-01-08,€1.234,50\n"), new TransactionColumns("customer", "date", "amount"));
        var summary = TransactionLogReader.Summarize(log, new() { Unit = Scoring.Clv.PeriodUnit.Day, ObservationEnd = new LocalDate(2025, 1, 31), Zone = DateTimeZone.Utc });
        Assert.Equal([(3, TextTable.ExtraFieldsCode)], summary.Summary.Rejected.Select(r => (r.Line, r.Code)));
        Assert.Equal(0, Assert.Single(summary.Summary.Customers).Frequency);
    }

    [Fact]
    public void Follow_up_events_completions_and_tracking_rows_with_extra_fields_are_rejected()
    {
        var events = FollowupEventsCsv.Read(Open("customer_id,event,at\nc1,visit,2026-03-01T10:00:00Z,x\nc2,visit,2026-03-01T10:00:00Z\n"), Instant.FromUtc(2026, 3, 9, 0, 0));
        Assert.Equal([(2, TextTable.ExtraFieldsCode)], events.Rejected.Select(r => (r.Line, r.Code)));
        Assert.Single(events.Accepted);

        var done = CompletionsCsv.Read(Open("key,completed_at,completed_by\nk1,2026-03-01T10:00:00Z,Li, Wei\n"));
        Assert.Equal([(2, TextTable.ExtraFieldsCode)], done.Rejected.Select(r => (r.Line, r.Code)));

        var tracking = ClvTrackingCsv.Read(Open("period,actual,expected\nw1,1,2,5\n"));
        Assert.Equal([(2, TextTable.ExtraFieldsCode)], tracking.Rejected.Select(r => (r.Line, r.Code)));
    }
}

using System.Text;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Surveys;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Writers;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Readers;

public class OtherReaderTests
{
    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Survey_rejections_after_a_multi_line_comment_name_the_physical_line()
    {
        var file = SurveyReader.Read(Bytes("score,comment,store\n9,\"great\nservice\",A\n11,x,B\n7,,C\n"), null, "s.csv", "store");
        Assert.Equal(4, Assert.Single(file.Import.Rejected).Line);
        Assert.Equal(["A", "C"], file.Keys);
    }

    [Fact]
    public void Strict_survey_reading_throws_on_a_bad_score()
    {
        Assert.Throws<ImportRejectedException>(() => SurveyReader.Read(Bytes("score\n9\n12\n"), new TextTableOptions { Strict = true }, "s.csv"));
    }

    [Fact]
    public void Customer_summaries_read_monetary_values_as_people_write_them()
    {
        var file = CustomerSummaryReader.Read(Bytes("customer_id,frequency,recency,T,monetary_value\na,2,10,30,\"$1,234.50\"\nb,-1,0,30,\n"));
        Assert.Equal(1_234.50m, Assert.Single(file.Import.Accepted).MonetaryValue);
        Assert.Equal([2], file.AcceptedLines);
        Assert.Equal("frequency.negative", Assert.Single(file.Import.Rejected).Code);
    }

    [Fact]
    public void Discrete_rows_are_checked_against_their_periods()
    {
        var result = DiscreteSummaryReader.Read(Bytes("x,t_x,n,weight\n2,4,6,10\n7,7,6,1\n0,3,6,1\n"));
        Assert.Single(result.Accepted);
        Assert.Equal(["frequency.invalid", "recency.invalid"], result.Rejected.Select(r => r.Code));
    }

    [Fact]
    public void A_cohort_needs_consecutive_periods_and_non_increasing_survivors()
    {
        var file = CohortReader.Read(Bytes("period,alive\n0,1000\n1,631\n2,468\nx,3\n"));
        Assert.Equal(4, file.RowCount);
        Assert.Equal("1 of 4 rows rejected (25.0 %)", file.DescribeRejections());
        Assert.Throws<TextTableException>(() => CohortReader.Read(Bytes("period,alive\n0,1000\n2,631\n")));
        Assert.Throws<TextTableException>(() => CohortReader.Read(Bytes("period,alive\n0,100\n1,631\n")));
    }

    [Fact]
    public void A_written_summary_reads_back()
    {
        var summary = new TransactionSummarizer(new TransactionSummaryOptions { Unit = PeriodUnit.Day, ObservationEnd = new LocalDate(2024, 3, 1) })
            .Summarize([new TransactionRecord(2, "a,1", "2024-01-01", "5"), new TransactionRecord(3, "a,1", "2024-01-11", "7.25")]);
        var text = new StringWriter();
        SummaryCsvWriter.Write(text, summary, hasAmounts: true);
        Assert.Equal("customer_id,frequency,recency,T,monetary_value\n\"a,1\",1,10,60,7.25\n", text.ToString());
        var back = CustomerSummaryReader.Read(Bytes(text.ToString()));
        Assert.Equal(summary.Customers, back.Import.Accepted);
    }
}

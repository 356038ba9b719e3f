using CustomerLifecycle.Core;
using CustomerLifecycle.Data.Writers;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Data.Tests.Writers;

/// <summary>The summary CSV, formatted into one buffer, is the text the field-by-field CSV writer gives.</summary>
public class SummaryCsvWriterTests
{
    private static string Write(TransactionSummary summary, bool hasAmounts)
    {
        var text = new StringWriter();
        SummaryCsvWriter.Write(text, summary, hasAmounts);
        return text.ToString();
    }

    /// <summary>The same table written field by field through <see cref="CsvWriter"/>.</summary>
    private static string Reference(TransactionSummary summary, bool hasAmounts)
    {
        var columns = new List<string> { "customer_id", "frequency", "recency", "T" };
        if (hasAmounts)
        {
            columns.Add("monetary_value");
        }

        if (summary.Holdout is not null)
        {
            columns.AddRange(hasAmounts ? ["frequency_holdout", "monetary_value_holdout"] : ["frequency_holdout"]);
        }

        var text = new StringWriter();
        CsvWriter.Write(text, columns, summary.Customers.Select((c, i) =>
        {
            var row = new List<string> { c.Customer?.Value ?? string.Empty, CsvWriter.Number(c.Frequency), CsvWriter.Number(c.Recency), CsvWriter.Number(c.Age) };
            if (hasAmounts)
            {
                row.Add(CsvWriter.Money(c.MonetaryValue));
            }

            if (summary.Holdout is { } holdout)
            {
                row.Add(CsvWriter.Number(holdout[i].Frequency));
                if (hasAmounts)
                {
                    row.Add(CsvWriter.Money(holdout[i].MonetaryValue));
                }
            }

            return (IReadOnlyList<string>)row;
        }));
        return text.ToString();
    }

    private static TransactionSummary Summary(IReadOnlyList<CustomerSummary> customers, IReadOnlyList<HoldoutActivity>? holdout) =>
        new(customers, holdout, holdout is null ? null : 4d, [], [], PeriodUnit.Week, null);

    [Fact]
    public void Ids_that_need_quoting_or_neutralising_are_written_as_the_csv_writer_writes_them()
    {
        var customers = new[] { "=SUM(A1)", "a,b", "say \"hi\"", "-3.5", "+x", "@x", "plain", "line\nbreak" }
            .Select(id => new CustomerSummary(1, 0.25, 1.0 / 3, CustomerId.From(id), 1m / 3m))
            .Append(new CustomerSummary(0, 0, 2))
            .ToArray();
        var summary = Summary(customers, null);

        var text = Write(summary, hasAmounts: true);

        Assert.Equal(Reference(summary, hasAmounts: true), text);
        Assert.Contains("'=SUM(A1),1,0.25,0.3333333333333333,0.3333333333\n", text, StringComparison.Ordinal);
        Assert.Contains("\"a,b\",", text, StringComparison.Ordinal);
        Assert.Contains("\n-3.5,", text, StringComparison.Ordinal);
        Assert.EndsWith("\n,0,0,2,\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summary_of_many_customers_is_written_whole_across_buffer_flushes()
    {
        var customers = Enumerable.Range(0, 20_000)
            .Select(i => new CustomerSummary(i % 7, i % 7 == 0 ? 0 : 1.25, 3.5, CustomerId.From($"customer-{i:D8}"), i % 7 == 0 ? null : i / 7m))
            .ToArray();
        var holdout = customers.Select((c, i) => new HoldoutActivity(i % 3, i % 3 == 0 ? null : 12.5m)).ToArray();
        var summary = Summary(customers, holdout);

        Assert.Equal(Reference(summary, hasAmounts: true), Write(summary, hasAmounts: true));
        Assert.Equal(Reference(summary, hasAmounts: false), Write(summary, hasAmounts: false));
    }

    [Property(MaxTest = 300)]
    public Property Any_summary_is_written_as_the_field_by_field_writer_writes_it()
    {
        var id = Gen.Elements("c1", "=1+1", "a,b", "\"q\"", "-7", "@home", "tab\tid", "ünï", "x y");
        var money = Gen.Elements<decimal?>(null, 0m, 0.1m, 12.5m, 1m / 3m, 79228162514264337593543950335m, 1e-12m);
        var row = from x in Gen.Choose(0, 40)
                  from t in Gen.Elements(0d, 0.1, 1d / 3, 1e-7, 12.75)
                  from extra in Gen.Elements(0d, 1d / 7, 1e21, 2.5)
                  from hasId in Gen.Elements(true, false)
                  from customer in id
                  from value in money
                  from holdoutFrequency in Gen.Choose(0, 5)
                  from holdoutValue in money
                  select (Customer: new CustomerSummary(x, x == 0 ? 0 : t, t + extra + 0.5, hasId ? CustomerId.From(customer) : null, value), Holdout: new HoldoutActivity(holdoutFrequency, holdoutValue));
        var table = from n in Gen.Choose(0, 30) from rows in Gen.ArrayOf(row, n) from holdout in Gen.Elements(true, false) from amounts in Gen.Elements(true, false) select (rows, holdout, amounts);
        return Prop.ForAll(table.ToArbitrary(), t =>
        {
            var summary = Summary([.. t.rows.Select(r => r.Customer)], t.holdout ? [.. t.rows.Select(r => r.Holdout)] : null);
            return Write(summary, t.amounts) == Reference(summary, t.amounts);
        });
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var summary = Summary([], null);

        Assert.Throws<ArgumentNullException>(() => SummaryCsvWriter.Write(null!, summary, hasAmounts: false));
        Assert.Throws<ArgumentNullException>(() => SummaryCsvWriter.Write(new StringWriter(), null!, hasAmounts: false));
        Assert.Equal("customer_id,frequency,recency,T\n", Write(summary, hasAmounts: false));
    }
}

using System.Globalization;
using System.Text;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Data.Tests.Readers;

/// <summary>The span reader of customer summaries decides every row as the text importer does, with the same codes and reasons.</summary>
public class SummaryRowReaderTests
{
    private static readonly string[] Numbers = ["0", "1", "2.0", " 3 ", "1.5", "-1", "", "x", "NaN", "1e3", "1e400", "12,5", "0.25", "40", "39.5"];
    private static readonly string[] Ids = ["", "a", "b", " a ", new string('i', 201), "c"];
    private static readonly string[] Amounts = ["", "12.50", "0", "-3", "$4.00", "1,234.5", "12,50", "(2.00)", "abc", "99999999999999999999999999999999", "7"];

    /// <summary>The importer over text records, the way the reader worked before it read spans (numbers written with the
    /// convention's decimal comma handed on in the invariant form).</summary>
    private static (ImportResult<CustomerSummary> Import, int[] Lines) Reference(string text, TextTableOptions options)
    {
        using var table = TextTable.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), options);
        var (f, r, t) = (table.Require("frequency", "x"), table.Require("recency", "t_x"), table.Require("T"));
        var (c, v, w) = (table.IndexOf("customer_id", "ID"), table.IndexOf("monetary_value", "zbar"), table.IndexOf("weight", "weights"));
        var records = table.ReadRows().Select(row =>
        {
            var money = row[v];
            if (MoneyText.TryParse(money, options.Numbers, out var amount, out _))
            {
                money = amount.Value.ToString(CultureInfo.InvariantCulture);
            }

            return new CustomerSummaryRecord(row.Line, Number(row[f]), Number(row[r]), Number(row[t]), row[c], money, Number(row[w]));
        }).ToArray();

        // Under a decimal-comma convention a number written that way reaches the importer in the invariant form.
        string? Number(string? field) =>
            options.Numbers.DecimalSeparator is null or '.' || field is null || !NumberText.TryParseDouble(field, options.Numbers, out var d, out _)
                ? field
                : d.ToString("R", CultureInfo.InvariantCulture);
        var import = new CustomerSummaryImporter().Import(records);
        var rejected = import.Rejected.Select(x => x.Line).ToHashSet();
        return (import, records.Select(x => x.Line).Where(l => !rejected.Contains(l)).ToArray());
    }

    private static string Csv(IEnumerable<string[]> rows) =>
        "customer_id,frequency,recency,T,monetary_value,weight\n" + string.Concat(rows.Select(r => string.Join(",", r.Select(Quote)) + "\n"));

    private static string Quote(string field) => field.Contains(',', StringComparison.Ordinal) ? $"\"{field}\"" : field;

    [Property(MaxTest = 300)]
    public Property Every_row_is_decided_as_the_text_importer_decides_it()
    {
        var row = from id in Gen.Elements(Ids)
                  from x in Gen.Elements(Numbers)
                  from tx in Gen.Elements(Numbers)
                  from t in Gen.Elements(Numbers)
                  from m in Gen.Elements(Amounts)
                  from w in Gen.Elements(Numbers)
                  select new[] { id, x, tx, t, m, w };
        var file = from n in Gen.Choose(0, 25) from rows in Gen.ArrayOf(row, n) select Csv(rows);
        var convention = Gen.Elements(NumberConvention.Unspecified, NumberConvention.WithDecimalSeparator('.'), NumberConvention.WithDecimalSeparator(','));
        return Prop.ForAll((from f in file from c in convention select (f, c)).ToArbitrary(), pair =>
        {
            var options = new TextTableOptions { Numbers = pair.c };
            var expected = Reference(pair.f, options);
            var actual = CustomerSummaryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(pair.f)), options);
            return actual.Import.Accepted.SequenceEqual(expected.Import.Accepted)
                && actual.Import.Rejected.Select(r => (r.Line, r.Code, r.Reason)).SequenceEqual(expected.Import.Rejected.Select(r => (r.Line, r.Code, r.Reason)))
                && actual.AcceptedLines.SequenceEqual(expected.Lines);
        });
    }

    [Fact]
    public void Plain_rows_are_read_with_their_physical_lines_and_a_later_duplicate_is_rejected()
    {
        const string text = "\n\ncustomer_id,frequency,recency,T,monetary_value\na,2,30.5,40,12.50\n\nb,0,0,40,\na,1,1,2,3\n";
        var file = CustomerSummaryReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)));
        Assert.Equal([4, 6], file.AcceptedLines);
        Assert.Equal(new CustomerSummary(2, 30.5, 40, Core.CustomerId.From("a"), 12.50m), file.Import.Accepted[0]);
        var duplicate = Assert.Single(file.Import.Rejected);
        Assert.Equal((7, "customer_id.duplicate", "customer_id \"a\" already appeared on line 4"), (duplicate.Line, duplicate.Code, duplicate.Reason));
    }
}

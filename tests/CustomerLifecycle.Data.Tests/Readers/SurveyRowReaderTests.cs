using System.Text;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Surveys;
using CustomerLifecycle.Data.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Data.Tests.Readers;

/// <summary>The span reader of surveys decides every row as the text importer does, with the same codes, reasons and segment keys.</summary>
public class SurveyRowReaderTests
{
    private static readonly string[] Scores = ["0", "9", "10", " 7 ", "11", "-1", "9.0", "", "x", "010"];
    private static readonly string[] Ids = ["", "c1", " c2 ", new string('i', 201)];
    private static readonly string[] Times = ["", "2025-01-01T08:00:01Z", "2025-02-30T08:00:01Z", "2025-01-01T08:00:01", "2025-01-01", "2025-01-01T24:00:00Z", "later", "1899-12-31T23:59:59Z"];
    private static readonly string[] Touchpoints = ["", "web", " web ", new string('t', 101)];
    private static readonly string[] Flags = ["", "1", "0", "TRUE", "no", "maybe"];
    private static readonly string[] Weights = ["", "1", "0.5", "0", "-1", "1e2", "NaN"];

    /// <summary>The importer over text records, the way the reader worked before it read spans.</summary>
    private static (ImportResult<Core.Events.SurveyResponse> Import, string?[] Keys) Reference(string text, DateTimeZone zone)
    {
        using var table = TextTable.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), new TextTableOptions { Zone = zone });
        var records = table.ReadRows().Select(r => (Record: new SurveyResponseRecord(r.Line, r["score"], r["customer_id"], r["responded_at"], r["touchpoint"], r["first_visit"], r["weight"]), Key: r["touchpoint"]?.Trim())).ToArray();
        var import = new SurveyResponseImporter(zone).Import(records.Select(r => r.Record));
        var rejected = import.Rejected.Select(r => r.Line).ToHashSet();
        return (import, records.Where(r => !rejected.Contains(r.Record.Line)).Select(r => r.Key).ToArray());
    }

    [Property(MaxTest = 300)]
    public Property Every_row_is_decided_as_the_text_importer_decides_it()
    {
        var row = from s in Gen.Elements(Scores)
                  from c in Gen.Elements(Ids)
                  from t in Gen.Elements(Times)
                  from p in Gen.Elements(Touchpoints)
                  from f in Gen.Elements(Flags)
                  from w in Gen.Elements(Weights)
                  select $"{s},{c},{t},{p},{f},{w}\n";
        var file = from n in Gen.Choose(0, 25) from rows in Gen.ArrayOf(row, n) select "score,customer_id,responded_at,touchpoint,first_visit,weight\n" + string.Concat(rows);
        var zone = Gen.Elements(DateTimeZone.Utc, DateTimeZoneProviders.Tzdb["Asia/Shanghai"]);
        return Prop.ForAll((from f in file from z in zone select (f, z)).ToArbitrary(), pair =>
        {
            var expected = Reference(pair.f, pair.z);
            var actual = SurveyReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(pair.f)), new TextTableOptions { Zone = pair.z }, segmentColumn: "touchpoint");
            return actual.Import.Accepted.Select(Describe).SequenceEqual(expected.Import.Accepted.Select(Describe))
                && actual.Import.Rejected.Select(r => (r.Line, r.Code, r.Reason)).SequenceEqual(expected.Import.Rejected.Select(r => (r.Line, r.Code, r.Reason)))
                && actual.Keys.SequenceEqual(expected.Keys);
        });
    }

    private static string Describe(Core.Events.SurveyResponse r) =>
        $"{r.Score}|{r.Customer}|{r.RespondedAt}|{r.Touchpoint}|{r.IsFirstVisit}|{r.Weight:R}";
}

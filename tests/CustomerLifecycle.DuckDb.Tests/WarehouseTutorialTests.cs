using System.Text.RegularExpressions;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.DuckDb.Sql;
using CustomerLifecycle.DuckDb.Tests.Engines;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.DuckDb.Tests;

/// <summary>The tutorial "From a data warehouse", run on DuckDB: its SQL files, its export and its join back.</summary>
public sealed partial class WarehouseTutorialTests : IDisposable
{
    private static readonly string Page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Pages", "from-a-data-warehouse.md"));
    private readonly string _folder = Directory.CreateTempSubdirectory("lifecycle-tutorial-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("customer_summary.sql")]
    [InlineData("weighted_rows.sql")]
    [InlineData("fit_rows.sql")]
    public void The_page_shows_the_sql_files_themselves(string file) =>
        Assert.Contains($"[!code-sql[](../sql/{file})]", Page, StringComparison.Ordinal);

    [Fact]
    public void The_tutorial_steps_give_every_customer_the_prediction_of_their_row()
    {
        var log = new GeneratedLog(seed: 31, customers: 3000);
        var options = GeneratedLog.Options(PeriodUnit.Week, PeriodUnit.Day, holdout: false);
        using var db = new DuckDbEngine();
        db.Load("transactions", GeneratedLog.SqlColumns, log.SqlRows);

        // Steps 2 and 3: summarise, merge, export in the tool's layout.
        db.Execute("CREATE TABLE customer_summary AS " + LifecycleSql.Bind(LifecycleSql.CustomerSummary, LifecycleSql.SummaryParameters(options)));
        db.Execute("CREATE TABLE weighted_rows AS " + LifecycleSql.WeightedRows);
        db.Execute("CREATE TABLE fit_rows AS " + LifecycleSql.FitRows);
        var csv = Path.Combine(_folder, "fit_rows.csv");
        db.Execute($"COPY fit_rows TO '{csv}' (HEADER, DELIMITER ',')");

        // Step 4: fit and predict on the exported file.
        var file = CustomerSummaryReader.ReadFile(csv);
        Assert.True(file.HasWeights);
        Assert.Empty(file.Import.Rejected);
        var rows = file.Import.Accepted;
        var fit = BgNbdModel.Fit(rows).ToModel();
        var expected = BgNbdModel.Fit(new TransactionSummarizer(options).Summarize(log.Records).Customers).ToModel();
        Assert.Equal(expected.Parameters.Select(p => p.Value), fit.Parameters.Select(p => p.Value), (a, b) => Math.Abs(a - b) <= 1e-9 * Math.Max(1d, Math.Abs(a)));
        db.Load("predictions", "customer_id BIGINT, p_alive DOUBLE", rows.Select(r => new object?[] { long.Parse(r.Customer!.Value.Value, System.Globalization.CultureInfo.InvariantCulture), fit.ProbabilityAlive(r.Frequency, r.Recency, r.Age) }));

        // Step 5: the page's join, as written.
        var joined = db.Query(JoinQuery().Match(Page).Groups["sql"].Value.Replace("p.expected_purchases, ", string.Empty, StringComparison.Ordinal));

        Assert.Equal(db.Query("SELECT COUNT(*) FROM customer_summary")[0][0], (long)joined.Count);
        Assert.All(joined, r => Assert.InRange((double)r[1]!, 0d, 1d));
    }

    [GeneratedRegex(@"```sql\n(?<sql>SELECT s\.customer_id.*?);\n```", RegexOptions.Singleline)]
    private static partial Regex JoinQuery();
}

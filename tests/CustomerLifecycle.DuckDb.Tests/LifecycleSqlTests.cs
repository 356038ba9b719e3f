using CustomerLifecycle.DuckDb.Sql;
using CustomerLifecycle.Scoring.Clv;
using NodaTime;

namespace CustomerLifecycle.DuckDb.Tests;

/// <summary>The placeholder binder and the embedded texts.</summary>
public sealed class LifecycleSqlTests
{
    [Fact]
    public void Bind_writes_dates_units_texts_and_integers_as_literals()
    {
        var sql = LifecycleSql.Bind(
            "SELECT :end, :unit, :name, :n FROM t WHERE d <= :end",
            new Dictionary<string, object> { ["end"] = new LocalDate(2026, 1, 31), ["unit"] = PeriodUnit.Week, ["name"] = "O'Brien", ["n"] = 42L });

        Assert.Equal("SELECT DATE '2026-01-31', 'week', 'O''Brien', 42 FROM t WHERE d <= DATE '2026-01-31'", sql);
    }

    [Fact]
    public void Bind_leaves_comments_quoted_text_and_casts_alone()
    {
        const string Sql = "-- uses :not_a_parameter\nSELECT 'a :b', \"c:d\", x::int, :p";

        Assert.Equal("-- uses :not_a_parameter\nSELECT 'a :b', \"c:d\", x::int, 1", LifecycleSql.Bind(Sql, new Dictionary<string, object> { ["p"] = 1 }));
    }

    [Fact]
    public void Bind_refuses_a_missing_value_an_unused_value_and_an_unknown_type()
    {
        var missing = Assert.Throws<ArgumentException>(() => LifecycleSql.Bind("SELECT :a", new Dictionary<string, object>()));
        Assert.Contains(":a", missing.Message, StringComparison.Ordinal);
        var unused = Assert.Throws<ArgumentException>(() => LifecycleSql.Bind("SELECT 1", new Dictionary<string, object> { ["a"] = 1 }));
        Assert.Contains(":a", unused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => LifecycleSql.Bind("SELECT :a", new Dictionary<string, object> { ["a"] = 1.5 }));
        Assert.Throws<ArgumentNullException>(() => LifecycleSql.Bind(null!, new Dictionary<string, object>()));
        Assert.Throws<ArgumentNullException>(() => LifecycleSql.Bind("SELECT 1", null!));
    }

    [Fact]
    public void Summary_parameters_use_the_observation_end_as_calibration_end_without_a_holdout()
    {
        var p = LifecycleSql.SummaryParameters(new Scoring.Clv.Data.TransactionSummaryOptions { Unit = PeriodUnit.Month, ObservationEnd = new LocalDate(2026, 3, 1), PurchaseGrouping = PeriodUnit.Week });

        Assert.Equal(new LocalDate(2026, 3, 1), p["calibration_end"]);
        Assert.Equal(PeriodUnit.Month, p["period_unit"]);
        Assert.Equal(PeriodUnit.Week, p["purchase_grouping"]);
        Assert.Throws<ArgumentNullException>(() => LifecycleSql.SummaryParameters(null!));
    }

    [Fact]
    public void Every_text_is_embedded_and_names_its_input_and_output()
    {
        foreach (var text in new[] { LifecycleSql.CustomerSummary, LifecycleSql.WeightedRows, LifecycleSql.GammaGammaInputs, LifecycleSql.NpsTallies, LifecycleSql.FunnelCounts })
        {
            Assert.Contains("-- Input:", text, StringComparison.Ordinal);
            Assert.Contains("-- Output:", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unit_names_are_the_three_the_texts_know() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LifecycleSql.UnitName((PeriodUnit)99));
}

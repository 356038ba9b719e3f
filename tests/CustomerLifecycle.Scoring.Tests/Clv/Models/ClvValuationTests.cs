using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

public sealed class ClvValuationTests
{
    private static readonly Lazy<(BgNbdModel Transactions, GammaGammaModel Spend)> Models = new(() =>
        (BgNbdModel.FromFit(BgNbdModel.Fit(Cdnow.Summaries)), GammaGammaModel.FromFit(GammaGammaModel.Fit(Cdnow.Summaries))));

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Customer_1_over_12_months_at_1_percent_a_month_is_worth_36_28()
    {
        // Issue 4 / lifetimes customer 1 with freq="W": lifetimes' month over a weekly model is 4.345 weeks. The tolerance
        // (0.05) covers the Gamma-Gamma optimum sitting 0.01 above the published v (see OtherModelsTests).
        var (transactions, spend) = Models.Value;

        var value = ClvValuation.DiscountedValue(transactions, spend, Cdnow.Summaries[0], new ClvHorizon(12, 4.345, 0.01));
        var thirtyDayMonths = ClvValuation.DiscountedValue(transactions, spend, Cdnow.Summaries[0], new ClvHorizon(12, 30d / 7d, 0.01));

        Assert.Equal(36.28, value, 0.05);
        Assert.Equal(35.87, thirtyDayMonths, 0.05);
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Lifetimes_daily_default_on_a_weekly_model_is_a_360_week_horizon_worth_140_10()
    {
        var (transactions, spend) = Models.Value;

        var value = ClvValuation.DiscountedValue(transactions, spend, Cdnow.Summaries[0], new ClvHorizon(12, 30d, 0.01));

        Assert.Equal(140.10, value, 0.2);
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Without_discounting_the_value_is_spend_times_expected_transactions()
    {
        var (transactions, _) = Models.Value;

        var value = ClvValuation.DiscountedValue(transactions, 20d, 2, 30.43, 38.86, new ClvHorizon(10, 5.2, 0d));

        Assert.Equal(20d * transactions.ConditionalExpectedTransactions(52, 2, 30.43, 38.86), value, 1e-9);
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Tracking_at_the_end_of_calibration_matches_the_actual_repeat_transactions()
    {
        // Births from the summary: the calibration ends 38.86 weeks after 1997-01-01, so bᵢ = 38.86 − Tᵢ. The MLE's
        // expected cumulative repeat count at the end of calibration is close to the actual 2,457 (within 2 %).
        var (transactions, _) = Models.Value;
        var births = Cdnow.Raw.Select(r => (38.86 - r.T, 1d));
        var actual = Cdnow.Raw.SelectMany(r => Enumerable.Repeat(38.86 - r.T + r.Tx, (int)r.X));

        var points = ClvValuation.CumulativeTracking(transactions, births, [10, 20, 38.86], actual);

        Assert.Equal(3, points.Count);
        Assert.Equal(2457d, points[2].Actual);
        Assert.Equal(2457d, points[2].Expected, 2457d * 0.02);
        Assert.True(points[0].Expected < points[1].Expected && points[1].Expected < points[2].Expected);
    }

    [Fact]
    public void Bad_horizons_and_tracking_inputs_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>("periods", () => new ClvHorizon(0, 1, 0.01));
        Assert.Throws<ArgumentOutOfRangeException>("periodLength", () => new ClvHorizon(12, double.NaN, 0.01));
        Assert.Throws<ArgumentOutOfRangeException>("discountRatePerPeriod", () => new ClvHorizon(12, 1, -0.01));
        var model = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
        Assert.Throws<ArgumentOutOfRangeException>("expectedSpend", () => ClvValuation.DiscountedValue(model, double.NaN, 1, 1, 2, new ClvHorizon(1, 1, 0)));
        Assert.Throws<ArgumentOutOfRangeException>("births", () => ClvValuation.CumulativeTracking(model, [(0d, 0d)], [1d]));
        Assert.Throws<ArgumentOutOfRangeException>("checkpoints", () => ClvValuation.CumulativeTracking(model, [(0d, 1d)], [double.PositiveInfinity]));
    }
}

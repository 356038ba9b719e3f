using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;

namespace CustomerLifecycle.Scoring.Tests.Clv.Predictions;

public class NewCustomersTests
{
    [Fact]
    public void Pareto_nbd_new_customer_expectation_is_the_closed_form()
    {
        // E[X(t)] = rβ/(α(s−1))·[1 − (β/(β+t))^(s−1)] (Schmittlein, Morrison & Colombo 1987).
        var model = new ParetoNbdModel(0.55, 10.58, 0.61, 11.66);
        var expected = 0.55 * 11.66 / (10.58 * (0.61 - 1d)) * (1d - Math.Pow(11.66 / (11.66 + 39d), 0.61 - 1d));
        Assert.Equal(expected, NewCustomers.ExpectedTransactions(model, 39), 1e-12);
    }

    [Fact]
    public void Bg_nbd_new_customer_expectation_is_the_hypergeometric_closed_form()
    {
        // Fader, Hardie & Lee (2005), eq. 9: E[X(t)] = (a+b−1)/(a−1)·[1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))], at the
        // published CDNOW estimates over 78 weeks; reference evaluated at 15 digits by an arbitrary-precision library.
        var value = NewCustomers.ExpectedTransactions(new BgNbdModel(0.243, 4.414, 0.793, 2.426), 78);
        Assert.Equal(1.86051905794277, value, 1e-9);
    }

    [Fact]
    public void Bg_bb_new_customer_expectation_counts_whole_opportunities()
    {
        var model = new BgBbModel(1.204, 0.750, 0.657, 2.783);
        Assert.Equal(model.ExpectedTransactions(5), NewCustomers.ExpectedTransactions(model, 5));
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => NewCustomers.ExpectedTransactions(model, 2.5));
    }

    [Fact]
    public void Models_without_purchases_and_bad_horizons_are_rejected()
    {
        Assert.Throws<ArgumentException>("model", () => NewCustomers.ExpectedTransactions(new SbgModel(1, 1), 3));
        Assert.Throws<ArgumentException>("model", () => NewCustomers.ExpectedTransactions(new GammaGammaModel(6, 4, 16), 3));
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => NewCustomers.ExpectedTransactions(new BgNbdModel(1, 1, 1, 1), -1));
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => NewCustomers.ExpectedTransactions(new BgNbdModel(1, 1, 1, 1), double.NaN));
        Assert.Throws<ArgumentNullException>("model", () => NewCustomers.ExpectedTransactions(null!, 3));
    }
}

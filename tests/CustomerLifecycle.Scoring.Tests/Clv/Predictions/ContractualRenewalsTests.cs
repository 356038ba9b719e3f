using System.Globalization;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;
using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Scoring.Tests.Clv.Predictions;

public class ContractualRenewalsTests
{
    [Fact]
    public void Derl_at_the_first_renewal_is_the_published_3_31()
    {
        // Fader & Hardie (2010): α = 3.80, β = 15.20, d = 10 % gives DERL 3.31 for a customer facing renewal n = 1.
        var values = ContractualRenewals.ResidualLifetimes(new SbgModel(3.80, 15.20), 0.1, 10);
        Assert.Equal(1, values[0].Renewal);
        Assert.Equal(3.31, values[0].Value, 0.005);
        Assert.Equal(10, values.Count);
        Assert.Equal(10, values[^1].Renewal);
    }

    [Fact]
    public void Derl_grows_with_each_renewal_as_the_surviving_customers_are_the_loyal_ones()
    {
        var values = ContractualRenewals.ResidualLifetimes(new SbgModel(3.80, 15.20), 0.1, 10);
        for (var k = 1; k < values.Count; k++)
        {
            Assert.True(values[k].Value > values[k - 1].Value);
        }

        // Never above the perpetuity of a customer who never churns: Σ 1/(1+d)^(k−1) = (1 + d)/d = 11.
        Assert.True(values[^1].Value < 11d);
    }

    [Fact]
    public void Renewal_n_is_the_model_value_after_n_minus_one_renewals()
    {
        var model = new SbgModel(0.704, 1.182);
        var values = ContractualRenewals.ResidualLifetimes(model, 0.1, 5);
        Assert.Equal(model.DiscountedExpectedResidualLifetime(0.1, 4), values[4].Value);
    }

    [DatasetFact("external/pymc-marketing/sbg_fader_hardie_2007_survival.csv")]
    public void Published_sbg_parameters_project_the_observed_survival_of_years_8_to_12()
    {
        // Fader & Hardie (2007) fit years 1–7 (regular α 0.704, β 1.182; high end α 0.668, β 3.806) and show the projection
        // tracking the observed survival to year 12; here within 2 percentage points in every year, 0–12.
        var rows = File.ReadAllLines(Datasets.File("external/pymc-marketing/sbg_fader_hardie_2007_survival.csv")).Skip(1)
            .Select(l => l.Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var regular = new SbgModel(0.704, 1.182);
        var highEnd = new SbgModel(0.668, 3.806);
        Assert.Equal(13, rows.Length);
        foreach (var row in rows)
        {
            var year = (int)row[0];
            Assert.InRange((100d * regular.Survival(year)) - row[1], -2d, 2d);
            Assert.InRange((100d * highEnd.Survival(year)) - row[2], -2d, 2d);
        }

        // Retention rates rise year on year, as the paper stresses: r(1) = β/(α+β) = 0.627 for the regular segment.
        Assert.Equal(1.182 / (0.704 + 1.182), regular.Retention(1), 12);
        Assert.True(regular.Retention(12) > regular.Retention(1));
    }

    [Fact]
    public void Invalid_arguments_are_rejected()
    {
        var model = new SbgModel(1, 1);
        Assert.Throws<ArgumentOutOfRangeException>("renewals", () => ContractualRenewals.ResidualLifetimes(model, 0.1, 0));
        Assert.Throws<ArgumentOutOfRangeException>("renewals", () => ContractualRenewals.ResidualLifetimes(model, 0.1, ContractualRenewals.MaxRenewals + 1));
        Assert.Throws<ArgumentOutOfRangeException>("discount", () => ContractualRenewals.ResidualLifetimes(model, 0, 3));
        Assert.Throws<ArgumentNullException>("model", () => ContractualRenewals.ResidualLifetimes(null!, 0.1, 3));
    }
}

using CustomerLifecycle.Docs.Examples;

namespace CustomerLifecycle.Docs.Tests;

public class ClvInFiveMinutesTests
{
    [Fact]
    public void Customer_1_gets_the_published_expectation_and_spend()
    {
        var (purchases, alive, spend) = ClvInFiveMinutes.Customer1();
        Assert.Equal(1.226, purchases, 2e-3); // Fader, Hardie & Lee (2005) parameters, rounded to 3 decimals
        Assert.InRange(alive, 0d, 1d);
        Assert.Equal(24.66, spend, 0.01);
    }

    [Fact]
    public void The_cohort_fit_reproduces_fader_and_hardie()
    {
        var (fit, derl) = ClvInFiveMinutes.Retention();
        Assert.Equal(0.704, fit["alpha"], 5e-4);
        Assert.Equal(1.182, fit["beta"], 5e-4);
        Assert.InRange(derl, 1d, 11d); // at most Σ 1.1^{−k} = 11 discounted years
    }

    [Fact]
    public void The_registered_fitter_resolves() => Assert.NotNull(ClvInFiveMinutes.Register());
}

using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

/// <summary>eˣ − 1 and ln(1 + u) against values computed with 30-digit arithmetic (mpmath).</summary>
public class ClvMathAccuracyTests
{
    [Theory]
    [InlineData(-1e-6, -9.999995000001667e-7)]
    [InlineData(-1e-3, -0.00099950016662500845)]
    [InlineData(-0.1, -0.095162581964040427)]
    [InlineData(-0.3, -0.25918177931828212)]
    [InlineData(0.45, 0.56831218549016883)]
    [InlineData(2.0, 6.3890560989306502)]
    [InlineData(-40.0, -1.0)]
    public void Expm1_is_accurate_to_a_few_ulps(double x, double expected) =>
        Assert.Equal(expected, ClvMath.Expm1(x), 4e-16 * Math.Abs(expected));

    [Theory]
    [InlineData(1e-13, 9.9999999999995e-14)]
    [InlineData(3e-9, 2.9999999955e-9)]
    [InlineData(-0.3, -0.35667494393873236)]
    [InlineData(1e-3, 0.00099950033308353317)]
    [InlineData(1e6, 13.815511557963774)]
    [InlineData(1e300, 690.77552789821368)]
    [InlineData(-0.75, -1.3862943611198906)]
    public void Log1p_is_accurate_to_a_few_ulps(double u, double expected) =>
        Assert.Equal(expected, ClvMath.Log1p(u), 4e-16 * Math.Abs(expected));
}

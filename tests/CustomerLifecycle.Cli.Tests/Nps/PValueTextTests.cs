using CustomerLifecycle.Cli.Commands.Nps;

namespace CustomerLifecycle.Cli.Tests.Nps;

public class PValueTextTests
{
    [Theory]
    [InlineData(0.2346, "p = 0.2346")]
    [InlineData(0.0001, "p = 0.0001")]
    [InlineData(0.00009, "p < 0.0001")]
    [InlineData(1e-12, "p < 0.0001")]
    [InlineData(0d, "p < 0.0001")]
    [InlineData(1d, "p = 1.0000")]
    public void Tiny_p_values_print_as_below_one_in_ten_thousand(double p, string expected) => Assert.Equal(expected, NpsCommand.PValue(p));

    [Fact]
    public void An_undefined_p_value_prints_as_a_dash() => Assert.Equal("p = —", NpsCommand.PValue(null));

    [Fact]
    public void Nps_compare_of_very_different_samples_prints_p_below_one_in_ten_thousand()
    {
        var a = CliRunner.TempFile("a.csv", ["score", .. Enumerable.Repeat("2", 150)]);
        var b = CliRunner.TempFile("b.csv", ["score", .. Enumerable.Repeat("10", 150)]);
        var result = CliRunner.Run("nps", "compare", a, b);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("two-sided p < 0.0001", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("p = 0.0000", result.Stdout, StringComparison.Ordinal);
    }
}

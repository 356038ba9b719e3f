namespace CustomerLifecycle.Cli.Tests;

public class DemoCommandTests
{
    [Fact]
    public void Demo_runs_on_embedded_data_and_is_deterministic()
    {
        var first = CliRunner.Run("demo");
        var second = CliRunner.Run("demo");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.Contains("coffee experiment", first.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, first.Stderr);
    }

    [Fact]
    public void Unknown_command_exits_2() => Assert.Equal(2, CliRunner.Run("nonsense").ExitCode);
}

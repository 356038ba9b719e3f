namespace CustomerLifecycle.Cli.Tests.Nps;

public class NpsFileFormatTests
{
    [Fact]
    public void Rejected_rows_get_a_total_and_their_physical_line()
    {
        var path = CliRunner.TempFile("s.csv", "score,comment", "9,\"very", "good\"", "11,x", "7,");
        var result = CliRunner.Run("nps", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("s.csv: 1 of 3 rows rejected (33.3 %)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("s.csv: line 4: score 11 is outside 0–10", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_fails_nps_and_compare_on_a_rejected_row()
    {
        var bad = CliRunner.TempFile("s.csv", "score", "9", "x");
        var good = CliRunner.TempFile("g.csv", "score", "9", "3");
        Assert.Equal(2, CliRunner.Run("nps", bad, "--strict").ExitCode);
        Assert.Equal(2, CliRunner.Run("nps", "compare", good, bad, "--strict").ExitCode);
        Assert.Equal(0, CliRunner.Run("nps", "compare", good, bad).ExitCode);
    }

    [Fact]
    public void A_semicolon_export_with_a_bom_is_read()
    {
        var path = CliRunner.TempFile("s.csv", "x");
        File.WriteAllText(path, "score;store\n9;A\n10;B\n", new System.Text.UTF8Encoding(true));
        var result = CliRunner.Run("nps", path, "--json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"responses\": 2", result.Stdout, StringComparison.Ordinal);
    }
}

using System.Text.RegularExpressions;
using CustomerLifecycle.Cli.Commands;
using CustomerLifecycle.Cli.Demo;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Data;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Cli.Tests;

public class DemoCommandTests
{
    private static readonly Lazy<CliResult> Demo = new(() => CliRunner.Run("demo"));

    [Fact]
    public void Demo_runs_on_embedded_data_and_is_deterministic()
    {
        var second = CliRunner.Run("demo");
        Assert.Equal(0, Demo.Value.ExitCode);
        Assert.Equal(Demo.Value.Stdout, second.Stdout);
        Assert.Equal(string.Empty, Demo.Value.Stderr);
    }

    [Fact]
    public void Demo_sections_are_named_by_what_they_show_and_each_ends_with_the_command_to_try_next()
    {
        var output = Demo.Value.Stdout;
        foreach (var title in new[] { "Is +7 NPS points real?", "Who will buy again?", "Follow-ups on a real calendar" })
        {
            Assert.Contains("── " + title, output, StringComparison.Ordinal);
        }

        var sections = DemoCommand.Sections();
        Assert.Equal(sections.Count, Regex.Count(output, "^what to try next: lifecycle ", RegexOptions.Multiline));
        Assert.All(sections, s => Assert.StartsWith("lifecycle ", s.TryNext, StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_speaks_to_a_newcomer_without_internal_references()
    {
        var output = Demo.Value.Stdout;
        foreach (var internalWord in new[] { "seed 00", "docs/", ".md", "DOMAIN", "PRIOR_ART", "../shared" })
        {
            Assert.DoesNotContain(internalWord, output, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Demo_output_to_a_pipe_keeps_its_natural_width()
    {
        // The test host's stdout is redirected, as a pipe or a file is: the intro sentence stays on one line.
        Assert.Matches("^Every section computes on sample data .* Concepts pages\\.$", Demo.Value.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).Single(l => l.StartsWith("Every section", StringComparison.Ordinal)));
        Assert.Contains(Demo.Value.Stdout.Split('\n'), l => l.TrimEnd('\r').Length > 80);
    }

    [Fact]
    public void Demo_prints_tables_as_tab_separated_values_with_format_tsv()
    {
        var tsv = CliRunner.Run("demo", "--format", "tsv");
        Assert.Equal(0, tsv.ExitCode);
        Assert.Contains("fortnight\tn\tNPS\tinterval\t± margin\n", tsv.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("control (2026-03-02)\t200\t68.0\t[58.4, 75.5]\t8.5\n", tsv.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("┌", tsv.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("│", tsv.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_follow_up_table_shows_as_many_rows_as_its_count_says()
    {
        var lines = Demo.Value.Stdout.ReplaceLineEndings("\n").Split('\n');
        var count = lines.Select(l => Regex.Match(l, @"^(\d+) tasks, \d+ suppressed")).Single(m => m.Success);
        var end = Array.FindIndex(lines, l => l.StartsWith(count.Value, StringComparison.Ordinal));
        var start = Array.FindLastIndex(lines, end, l => l.Contains("due (local)", StringComparison.Ordinal));
        var rows = lines[(start + 2)..end].Count(l => l.StartsWith("│", StringComparison.Ordinal));
        Assert.Equal(int.Parse(count.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), rows);
        Assert.DoesNotContain("shown)", lines[end], StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_probabilistic_clv_shows_known_and_recovered_parameters_and_the_top_customers()
    {
        var output = Demo.Value.Stdout;
        Assert.Contains("known", output, StringComparison.Ordinal);
        Assert.Contains("recovered", output, StringComparison.Ordinal);
        Assert.Contains($"Showing the top {ClvModelsDemoSection.Shown} of 2,000 customers", output, StringComparison.Ordinal);
        Assert.Contains("P(alive)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_simulated_log_recovers_its_known_parameters_within_four_standard_errors()
    {
        var log = ClvModelsDemoSection.Simulate();
        var summary = new TransactionSummarizer(new TransactionSummaryOptions { Unit = PeriodUnit.Week, ObservationEnd = new NodaTime.LocalDate(2026, 1, 5), Zone = NodaTime.DateTimeZone.Utc }).Summarize(log);
        Assert.Equal(ClvModelsDemoSection.Customers, summary.Customers.Count);
        foreach (ClvModelFit fit in new ClvModelFit[] { BgNbdModel.Fit(summary.Customers), GammaGammaModel.Fit(summary.Customers) })
        {
            Assert.True(fit.Converged, fit.Message);
            Assert.All(fit.Parameters, p => Assert.InRange(ClvModelsDemoSection.Known[p.Name], p.Value - (4 * p.StandardError!.Value), p.Value + (4 * p.StandardError!.Value)));
        }
    }

    [Fact]
    public void Unknown_command_exits_2() => Assert.Equal(2, CliRunner.Run("nonsense").ExitCode);
}

using System.Diagnostics;
using System.Text.Json;
using CustomerLifecycle.Cli.Infrastructure;

namespace CustomerLifecycle.Cli.Tests;

/// <summary>Files that are fine but unusual: standard input as '-', a named FIFO, a long comment, blank lines before the header.</summary>
public class UnusualInputTests
{
    private const string Survey = "\n\n\ncustomer_id,score,comment\nc1,10,fine\nc2,9,\"long\nwinded\"\nc3,3,slow\n";

    private static double Nps(string stdout) => JsonDocument.Parse(stdout).RootElement.GetProperty("nps").GetDouble();

    [Fact]
    public void A_dash_is_standard_input_but_the_value_of_output_stays_a_file_name()
    {
        var resolved = StandardInput.Resolve(["nps", "-", "-o", "-", "--output", "-", "--json"]);
        Assert.Equal(OperatingSystem.IsWindows() ? "-" : "/dev/stdin", resolved[1]);
        Assert.Equal(["-o", "-", "--output", "-", "--json"], resolved[2..]);
    }

    [Fact]
    public void Blank_lines_before_the_header_and_a_16400_character_comment_are_read()
    {
        var comment = new string('w', 16_400);
        var path = CliRunner.TempFile("s.csv", "", "  ", "customer_id,score,comment", $"c1,10,{comment}", $"c2,0,\"{comment}\"", "c3,9,ok");
        var run = CliRunner.Run("nps", path, "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(33.3333, Nps(run.Stdout), 4);
    }

    [UnixFact]
    public void Nps_reads_a_survey_piped_to_standard_input_as_dash()
    {
        var run = RunTool(Survey, "nps", "-", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(33.3333, Nps(run.Stdout), 4);
    }

    [UnixFact]
    public void Clv_summarize_reads_a_log_piped_to_dev_stdin()
    {
        const string log = "customer,date,amount\na,2025-01-01,10\nb,2025-01-05,4\na,2025-01-08,6\n";
        var run = RunTool(log, "clv", "summarize", "/dev/stdin", "--customer", "customer", "--date", "date", "--amount", "amount", "--period", "week");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(3, run.Stdout.Trim().Split('\n').Length);
    }

    [UnixFact]
    public void A_named_fifo_is_read_once_without_hanging()
    {
        var dir = Directory.CreateTempSubdirectory("lifecycle-fifo");
        var fifo = Path.Combine(dir.FullName, "survey.csv");
        using (var mk = Process.Start("mkfifo", [fifo]))
        {
            mk.WaitForExit();
            Assert.Equal(0, mk.ExitCode);
        }

        var writer = Task.Run(() => File.WriteAllText(fifo, Survey));
        var run = CliRunner.Run("nps", fifo, "--json");
        Assert.True(writer.Wait(TimeSpan.FromSeconds(30)), "the writer of the FIFO was never read to the end");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(33.3333, Nps(run.Stdout), 4);
        dir.Delete(recursive: true);
    }

    /// <summary>Runs the built tool in its own process with the given text on standard input.</summary>
    private static CliResult RunTool(string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "lifecycle.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "the tool did not finish reading standard input");
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>A test that needs a Unix system (standard input as a path, named FIFOs): skipped, with the reason, elsewhere.</summary>
    private sealed class UnixFactAttribute : FactAttribute
    {
        public UnixFactAttribute()
        {
            if (OperatingSystem.IsWindows())
            {
                Skip = "standard input as a path and named FIFOs need Linux or macOS";
            }
        }
    }
}

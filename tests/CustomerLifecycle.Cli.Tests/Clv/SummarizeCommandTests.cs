using System.Text.Json;
using CustomerLifecycle.Cli.Commands.Clv;
using CustomerLifecycle.Cli.Infrastructure;

namespace CustomerLifecycle.Cli.Tests.Clv;

public class SummarizeCommandTests
{
    private static readonly string[] Log =
    [
        "cust,day,amt",
        "a,2024-01-01,10",
        "a,2024-01-01,5",
        "a,2024-01-15,20",
        "b,2024-01-08,7",
        "a,2024-02-05,30",
    ];

    [Fact]
    public void Summary_csv_goes_to_stdout_with_weekly_times()
    {
        var result = CliRunner.Run("clv", "summarize", CliRunner.TempFile("t.csv", Log), "--customer", "cust", "--date", "day", "--amount", "amt", "--period", "week", "--end", "2024-01-29");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            ["customer_id,frequency,recency,T,monetary_value", "a,1,2,4,20", "b,0,0,3,"],
            result.Stdout.TrimEnd().Split('\n'));
        Assert.Contains("date 2024-02-05 is after the observation end 2024-01-29 (date.after_observation_end)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Calibration_end_adds_holdout_columns_and_the_latest_date_is_the_default_end()
    {
        var output = Path.Combine(Path.GetDirectoryName(CliRunner.TempFile("x.csv", "x"))!, "summary.csv");
        var result = CliRunner.Run("clv", "summarize", CliRunner.TempFile("t.csv", Log), "--customer", "cust", "--date", "day", "--amount", "amt", "--period", "day", "--calibration-end", "2024-01-29", "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
        Assert.Equal(
            ["customer_id,frequency,recency,T,monetary_value,frequency_holdout,monetary_value_holdout", "a,1,14,28,20,1,30", "b,0,0,21,,0,"],
            File.ReadAllText(output).TrimEnd().Split('\n'));
    }

    [Fact]
    public void Json_reports_counts_rejections_and_rows()
    {
        var file = CliRunner.TempFile("t.csv", "id,when", "a,2024-01-01", ",2024-01-02", "a,yesterday", "a,2024-03-01T23:30:00-05:00");
        var result = CliRunner.Run("clv", "summarize", file, "--customer", "id", "--date", "when", "--period", "month", "--zone", "Asia/Shanghai", "--json");

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("2024-03-02", json.GetProperty("observation_end").GetString()); // 23:30 in New York is the next day in Shanghai
        Assert.Equal(4, json.GetProperty("transactions").GetInt32());
        Assert.Equal(1, json.GetProperty("customers").GetInt32());
        Assert.Equal(["customer_id.missing", "date.invalid"], json.GetProperty("rejected").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        var row = Assert.Single(json.GetProperty("summary").EnumerateArray());
        Assert.Equal(1d, row.GetProperty("frequency").GetDouble());
        Assert.Equal(2d + (1d / 31d), row.GetProperty("recency").GetDouble(), 12); // 01-01 → 03-02: 2 months and 1 day of March's 31
        Assert.Equal(JsonValueKind.Null, row.GetProperty("monetary_value").ValueKind);
    }

    [Theory]
    [InlineData("--customer", "nope")]
    [InlineData("--amount", "nope")]
    public void A_missing_column_is_unusable_input(string option, string column)
    {
        var args = new List<string> { "clv", "summarize", CliRunner.TempFile("t.csv", Log), "--customer", "cust", "--date", "day", "--period", "week" };
        var i = args.IndexOf(option);
        if (i >= 0)
        {
            args[i + 1] = column;
        }
        else
        {
            args.AddRange([option, column]);
        }

        var result = CliRunner.Run([.. args]);

        Assert.Equal(ExitCodes.UnusableInput, result.ExitCode);
        Assert.Contains("'nope'", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--period", "fortnight")]
    [InlineData("--end", "30/01/2024")]
    [InlineData("--calibration-end", "2025-01-01")]
    [InlineData("--zone", "Mars/Olympus")]
    public void Bad_option_values_are_unusable_input(string option, string value)
    {
        var args = new List<string> { "clv", "summarize", CliRunner.TempFile("t.csv", Log), "--customer", "cust", "--date", "day", "--end", "2024-02-10" };
        if (option != "--period")
        {
            args.AddRange(["--period", "day"]);
        }

        if (option == "--end")
        {
            args[args.IndexOf("--end") + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var result = CliRunner.Run([.. args]);

        Assert.Equal(ExitCodes.UnusableInput, result.ExitCode);
        Assert.Single(result.Stderr.TrimEnd().Split('\n'));
    }

    [Fact]
    public void The_period_is_required()
    {
        var result = CliRunner.Run("clv", "summarize", CliRunner.TempFile("t.csv", Log), "--customer", "cust", "--date", "day");

        Assert.Equal(ExitCodes.UnusableInput, result.ExitCode);
        Assert.Contains("--period", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_csv_reads_either_column_naming_and_rejects_bad_rows()
    {
        var file = CliRunner.TempFile("s.csv", "ID,x,t_x,T,zbar,Weight", "1,2,30.43,38.86,22.35,1", "2,0,1,38.86,0,1", "3,1,1,38.86,NaN,2");

        var csv = SummaryCsv.Read(file);

        Assert.True(csv.HasMonetaryValues && csv.HasWeights);
        var accepted = Assert.Single(csv.Import.Accepted);
        Assert.Equal((2d, 30.43, 38.86, 22.35m), (accepted.Frequency, accepted.Recency, accepted.Age, accepted.MonetaryValue));
        Assert.Equal([(3, "recency.without_repeat"), (4, "monetary_value.not_a_number")], csv.Import.Rejected.Select(r => (r.Line, r.Code)));
    }

    [Fact]
    public void Summary_csv_without_a_required_column_is_unusable()
    {
        var file = CliRunner.TempFile("s.csv", "frequency,recency", "1,1");

        var ex = Assert.Throws<UnusableInputException>(() => SummaryCsv.Read(file));

        Assert.Contains("'T'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_output_reads_back_as_a_summary_csv()
    {
        var output = Path.Combine(Path.GetDirectoryName(CliRunner.TempFile("x.csv", "x"))!, "round.csv");
        Assert.Equal(0, CliRunner.Run("clv", "summarize", CliRunner.TempFile("t.csv", Log), "--customer", "cust", "--date", "day", "--amount", "amt", "--period", "week", "-o", output).ExitCode);

        var csv = SummaryCsv.Read(output);

        Assert.True(csv.Import.IsClean);
        Assert.Equal(["a", "b"], csv.Import.Accepted.Select(s => s.Customer!.Value.Value));
    }

    [Fact]
    public void A_whitespace_separated_table_with_basic_iso_dates_is_read_like_a_csv()
    {
        // CDNOW_master.txt's layout: a header and columns separated by runs of spaces, dates as YYYYMMDD.
        var file = CliRunner.TempFile(
            "cdnow.txt",
            " customer_id  date number_of_cds  dollar_value",
            " 00001 19970101  1   11.77",
            " 00002 19970112  1   12.00",
            " 00002 19970112  5   77.00",
            " 00002 19970202  2   20.76");

        var result = CliRunner.Run("clv", "summarize", file, "--customer", "customer_id", "--date", "date", "--amount", "dollar_value", "--period", "week", "--end", "1997-09-30");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("customer_id,frequency,recency,T,monetary_value", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("00002,1,3,", lines[2], StringComparison.Ordinal); // one repeat day, three weeks after the first
        Assert.EndsWith(",20.76", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_a_header_row_is_unusable_input_that_says_so()
    {
        // CDNOW_sample.txt's layout: no header, the first line is data.
        var file = CliRunner.TempFile("sample.txt", " 00004 0001 19970101  2   29.33", " 00004 0001 19970118  2   29.73");

        var result = CliRunner.Run("clv", "summarize", file, "--customer", "id", "--date", "date", "--period", "week");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("seems to have no header row", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_file_is_unusable_input_that_says_so(string content)
    {
        var file = CliRunner.TempFile("empty.csv", content);

        var result = CliRunner.Run("clv", "summarize", file, "--customer", "id", "--date", "date", "--period", "week");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the file is empty or has no header row", result.Stderr, StringComparison.Ordinal);
    }
}

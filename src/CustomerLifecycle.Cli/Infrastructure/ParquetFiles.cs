using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.Parquet;
using CustomerLifecycle.Parquet.Writing;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>
/// Parquet input and output of the commands, chosen by the file name: a path ending in <c>.parquet</c> (any case) is
/// read with the Parquet readers and an <c>-o</c> ending in <c>.parquet</c> is written as Parquet (through
/// <see cref="OutputFile"/>, so the same safe-output rules hold). A file the readers cannot use (not Parquet, cut short,
/// a missing column or a column of the wrong type) and a strict-mode rejection are unusable input (exit 2).
/// </summary>
internal static class ParquetFiles
{
    /// <summary>Whether a path names a Parquet file.</summary>
    public static bool IsParquet(string? path) => path is not null && path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);

    /// <summary>How a rejected row's position is named: <c>row</c> (1-based, in file order) for Parquet, which has no lines; else <c>line</c>.</summary>
    public static string Position(string path) => IsParquet(path) ? "row" : "line";

    /// <summary>Reads and summarises a transaction log, with the zone, number convention and strictness of the text options.</summary>
    public static TransactionLogSummary Summarize(string path, TransactionColumns columns, TextTableOptions text, Func<LocalDate?, TransactionSummaryOptions> options)
    {
        var reader = new ParquetTransactionLogReader(ReadOptions(text));
        return Read(path, () => reader.ReadAndSummarizeFileAsync(path, columns, options));
    }

    /// <summary>Reads customer summaries, with the number convention and strictness of the text options.</summary>
    public static CustomerSummaryFile ReadSummaries(string path, TextTableOptions text)
    {
        var reader = new ParquetCustomerSummaryReader(ReadOptions(text));
        return Read(path, () => reader.ReadFileAsync(path));
    }

    /// <summary>Writes a transaction summary as Parquet to <paramref name="output"/> (never one of <paramref name="inputs"/>).</summary>
    public static void WriteSummary(string output, TransactionSummary summary, bool hasAmounts, params IEnumerable<string?> inputs) =>
        OutputFile.Write(output, stream => ParquetSummaryWriter.WriteAsync(stream, summary, hasAmounts).GetAwaiter().GetResult(), inputs);

    /// <summary>Writes typed columns as Parquet to <paramref name="output"/> (never one of <paramref name="inputs"/>).</summary>
    public static void WriteTable(string output, IReadOnlyList<ParquetOutputColumn> columns, params IEnumerable<string?> inputs) =>
        OutputFile.Write(output, stream => ParquetTableWriter.WriteAsync(stream, columns).GetAwaiter().GetResult(), inputs);

    private static ParquetReadOptions ReadOptions(TextTableOptions text) => new() { Zone = text.Zone, Numbers = text.Numbers, Strict = text.Strict };

    private static T Read<T>(string path, Func<Task<T>> read)
    {
        if (!File.Exists(path))
        {
            throw new UnusableInputException($"{path}: no such file");
        }

        try
        {
            return read().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is ParquetInputException or ImportRejectedException or IOException or UnauthorizedAccessException)
        {
            throw new UnusableInputException(ex.Message, ex);
        }
    }
}

using System.CommandLine;
using System.Text;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Data.Transactions;
using CustomerLifecycle.Data.Transactions.Partitioning;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// <c>clv summarize --memory-limit &lt;size&gt; [--temp-dir &lt;folder&gt;]</c>: bounds the memory of the summary by cutting the
/// log into partitions by customer (<see cref="TransactionLogPartitioner"/>) when the bound requires it; the output is the
/// in-memory fold's, byte for byte.
/// </summary>
internal sealed class ClvSummarizePartitioned
{
    /// <summary>The exit code of a run stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    internal const int Interrupted = 130;

    private readonly Option<string?> _memoryLimit = new("--memory-limit")
    {
        Description = "Bound the memory of the summary (256MB, 1GiB …; at least 64 MiB): a log whose customers might not fit is cut into partitions by customer in temporary files and summarised one partition at a time. Same output; without it the customers are kept in memory.",
    };

    private readonly Option<string?> _tempDir = new("--temp-dir")
    {
        Description = "Folder for the partition files of --memory-limit (about 40 bytes per row, deleted when done); the system's temporary folder by default.",
    };

    /// <summary>Adds the options to the command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_memoryLimit);
        command.Options.Add(_tempDir);
    }

    /// <summary>The partitioner when <c>--memory-limit</c> is given and the log needs partitions to fit it; else null (the in-memory fold).</summary>
    public TransactionLogPartitioner? Partitioner(ParseResult parse, string path)
    {
        var text = parse.GetValue(_memoryLimit);
        var folder = parse.GetValue(_tempDir);
        if (text is null)
        {
            return folder is null ? null : throw new UnusableInputException("--temp-dir: only with --memory-limit");
        }

        if (!MemorySize.TryParse(text, out var bytes))
        {
            throw new UnusableInputException($"--memory-limit: expected a size such as 256MB or 1GiB; got '{text}'");
        }

        if (bytes < TransactionPartitionOptions.MinimumMemoryLimit)
        {
            throw new UnusableInputException($"--memory-limit: at least {MemorySize.Format(TransactionPartitionOptions.MinimumMemoryLimit)}; got {MemorySize.Format(bytes)}");
        }

        if (folder is not null && !Directory.Exists(folder))
        {
            throw new UnusableInputException($"--temp-dir: {folder}: no such folder");
        }

        if (ParquetFiles.IsParquet(path))
        {
            throw new UnusableInputException("--memory-limit: for text logs; a Parquet log is read by row groups");
        }

        var partitioner = new TransactionLogPartitioner(new TransactionPartitionOptions { MemoryLimit = bytes, TemporaryDirectory = folder });
        return partitioner.PartitionsFor(Length(path)) > 1 ? partitioner : null;
    }

    /// <summary>Summarises by partitions and writes what the in-memory run writes, streaming the CSV.</summary>
    public static int Run(
        TransactionLogPartitioner partitioner, string path, TransactionColumns columns, TextTableOptions textOptions, Func<TransactionFold> newFold, Func<LocalDate?, TransactionSummaryOptions> choose, string? outputPath, bool json)
    {
        using var cancel = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            cancel.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            using var result = TextInput.Read(() => partitioner.SummarizeFile(path, columns, textOptions, newFold, choose, cancel.Token));
            var hasAmounts = columns.Amount is not null;
            if (json || ParquetFiles.IsParquet(outputPath))
            {
                var whole = result.ToLogSummary();
                ClvSummarizeCommand.WriteOutput(path, whole.Summary, hasAmounts, outputPath, json, () => ClvSummarizeJson.From(path, result.Options, whole.RowCount, whole.Summary, whole.Currency, outputPath, hasAmounts));
            }
            else
            {
                if (outputPath is null)
                {
                    using var stdout = new ChunkedWriter(Console.Out);
                    result.WriteCsv(stdout, hasAmounts, cancel.Token);
                }
                else
                {
                    OutputFile.Write(outputPath, writer => result.WriteCsv(writer, hasAmounts, cancel.Token), path);
                    Terminal.Error.MarkupLineInterpolated($"{path}: {ConsoleText.Count(result.CustomerCount, "customer")} summarised into {outputPath}");
                }

                ClvSummarizeCommand.WarnExcluded(path, result.Excluded.Count, result.HoldoutLength is not null);
            }

            TextInput.WarnRejected(path, result.Rejected, result.RowCount);
            TextInput.WarnRejected(path, result.UnknownValues, result.RowCount, "counted as purchases of unknown amount");
            return ExitCodes.Ok;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            Terminal.Error.MarkupLineInterpolated($"[yellow]{path}: interrupted; the temporary files are deleted[/]");
            return Interrupted;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    /// <summary>The size of a file that can be read again (a regular file), or null for a pipe or standard input.</summary>
    private static long? Length(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return stream.CanSeek ? stream.Length : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null; // the summariser reports the file in its own words
        }
    }

    /// <summary>Hands text to another writer in chunks of about a megabyte, so a large CSV is never held whole.</summary>
    private sealed class ChunkedWriter(TextWriter target) : TextWriter
    {
        private const int Chunk = 1 << 20;
        private readonly StringBuilder _buffer = new();

        public override Encoding Encoding => target.Encoding;

        public override void Write(char value)
        {
            _buffer.Append(value);
            Spill();
        }

        public override void Write(string? value)
        {
            _buffer.Append(value);
            Spill();
        }

        public override void Write(char[] buffer, int index, int count)
        {
            _buffer.Append(buffer, index, count);
            Spill();
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            _buffer.Append(buffer);
            Spill();
        }

        public override void Flush()
        {
            if (_buffer.Length > 0)
            {
                target.Write(_buffer.ToString());
                _buffer.Clear();
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Flush();
            }

            base.Dispose(disposing);
        }

        private void Spill()
        {
            if (_buffer.Length >= Chunk)
            {
                Flush();
            }
        }
    }
}

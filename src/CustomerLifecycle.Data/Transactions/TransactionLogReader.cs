using System.Globalization;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Data;
using NodaTime;

namespace CustomerLifecycle.Data.Transactions;

/// <summary>
/// Reads transaction logs (one row per purchase) and summarises them per customer. Amounts are read as people write them
/// (<see cref="MoneyText"/>, with the table's <see cref="TextTableOptions.Numbers"/>); dates as ISO 8601, basic dates
/// included (<see cref="DateText"/>).
/// </summary>
/// <remarks>
/// <para>A row with a readable customer and date but an unreadable amount is a purchase of unknown value: it counts in
/// frequency and recency and is listed in <see cref="TransactionSummary.UnknownValues"/> with the reason
/// (<c>amount.missing</c>, <c>amount.not_a_number</c>, <c>amount.ambiguous</c>, <c>amount.other_currency</c>), never
/// dropped. Rows without a readable customer or date, refunds (negative amounts) and purchases after the observation end
/// are rejected (codes of <see cref="TransactionSummarizer"/>).</para>
/// <para>Amounts may carry one currency mark; a row whose mark differs from the first one seen has an unknown value
/// (<c>amount.other_currency</c>): amounts in two currencies cannot be added.</para>
/// <para>Strict (the <c>strict</c> argument, which callers take from <see cref="TextTableOptions.Strict"/>): any rejected row or unknown value makes
/// <see cref="Summarize(TransactionLog, TransactionSummaryOptions, bool)"/> throw <see cref="ImportRejectedException"/>.</para>
/// </remarks>
public static class TransactionLogReader
{
    /// <summary>Reads a transaction log from an open table.</summary>
    /// <param name="table">The table, not yet read.</param>
    /// <param name="columns">Which columns hold the customer, the date and the amount.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TextTableException">A named column is missing, or the text cannot be read.</exception>
    public static TransactionLog Read(TextTable table, TransactionColumns columns)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        var customer = table.Require(columns.Customer);
        var date = table.Require(columns.Date);
        var amount = columns.Amount is null ? -1 : table.Require(columns.Amount);
        var records = new List<TransactionRecord>();
        var problems = new List<RejectedRow>();
        string? currency = null;
        foreach (var row in table.ReadRows())
        {
            if (row.HasExtraFields)
            {
                records.Add(new TransactionRecord(row.Line, null, null) { Rejection = new RejectedRow(row.Line, TextTable.ExtraFieldsCode, table.ExtraFieldsReason(row)) });
                continue;
            }

            string? value = null;
            if (amount >= 0)
            {
                value = ReadAmount(row.Line, row[amount], table.Options.Numbers, ref currency, problems);
            }

            records.Add(new TransactionRecord(row.Line, row[customer], row[date], value));
        }

        return new TransactionLog(table.Source, records, problems, currency);
    }

    /// <summary>Reads a transaction log from a file (one call: open, read, close).</summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="columns">Which columns hold the customer, the date and the amount.</param>
    /// <param name="options">How to read the file; the defaults when null.</param>
    /// <returns>What <see cref="Read(TextTable, TransactionColumns)"/> returns for the file.</returns>
    /// <exception cref="TextTableException">The file is missing or empty, cannot be decoded, or lacks a required column.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected.</exception>
    public static TransactionLog ReadFile(string path, TransactionColumns columns, TextTableOptions? options = null)
    {
        using var table = TextTable.OpenFile(path, options);
        return Read(table, columns);
    }

    /// <summary>Reads a transaction log from a stream.</summary>
    /// <param name="stream">The bytes of the table.</param>
    /// <param name="columns">Which columns hold the customer, the date and the amount.</param>
    /// <param name="options">How to read the table; the defaults when null.</param>
    /// <param name="source">The source in messages; <c>input</c> when null.</param>
    /// <returns>The log.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="columns"/> is null.</exception>
    /// <exception cref="TextTableException">The table cannot be used (see <see cref="TextTable.Open(Stream, TextTableOptions?, string?, bool)"/>), or a named column is missing.</exception>
    public static TransactionLog Read(Stream stream, TransactionColumns columns, TextTableOptions? options = null, string? source = null)
    {
        using var table = TextTable.Open(stream, options, source, leaveOpen: true);
        return Read(table, columns);
    }

    /// <summary>Summarises a log per customer.</summary>
    /// <param name="log">The log.</param>
    /// <param name="options">The unit, window and calendar of the summary.</param>
    /// <param name="strict">Whether any rejected row or unknown value throws instead of being reported.</param>
    /// <returns>The summary with the row count.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="ImportRejectedException"><paramref name="strict"/> is set and a row was rejected or has an unknown value.</exception>
    /// <exception cref="OverflowException">One customer's purchase amounts add up past the range of <see cref="decimal"/> (about 7.9 × 10²⁸).</exception>
    public static TransactionLogSummary Summarize(TransactionLog log, TransactionSummaryOptions options, bool strict = false)
    {
        ArgumentNullException.ThrowIfNull(log);
        var summary = new TransactionSummarizer(options).Summarize(log.Records);
        return Finish(log.Source, log.Records.Count, summary, log.AmountProblems, strict) with { Currency = log.Currency };
    }

    /// <summary>
    /// Reads and summarises a transaction log in one pass over an open table, keeping only what the summary needs (about
    /// 36 bytes per purchase and one id per customer; no object per row), so a pipe can be summarised; for a file,
    /// <see cref="FoldFile"/> keeps memory by customers instead. Strict when the table's options are.
    /// </summary>
    /// <param name="table">The table, not yet read.</param>
    /// <param name="columns">Which columns hold the customer, the date and the amount.</param>
    /// <param name="options">
    /// The unit, window and calendar, chosen once every row is read: given the latest purchase date (null when no date
    /// could be read), so the observation can end on it. The zone must be the table's <see cref="TextTableOptions.Zone"/>.
    /// </param>
    /// <returns>The summary with the row count and the currency mark of the amounts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    /// <exception cref="TextTableException">A named column is missing, or the text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected or has an unknown value.</exception>
    /// <exception cref="OverflowException">One customer's purchase amounts add up past the range of <see cref="decimal"/> (about 7.9 × 10²⁸).</exception>
    public static TransactionLogSummary ReadAndSummarize(TextTable table, TransactionColumns columns, Func<LocalDate?, TransactionSummaryOptions> options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(options);
        var reader = new TransactionRowReader(table, columns);
        var log = new TransactionLogBuilder(table.Options.Zone);
        var rows = reader.ReadAll(log);
        var summary = log.Summarize(options(log.LatestDate));
        return Finish(table.Source, rows, summary, reader.AmountProblems, table.Options.Strict) with { Currency = reader.Currency };
    }

    /// <summary>
    /// Reads and summarises a transaction log with a <see cref="TransactionFold"/>: memory grows with the customers, not
    /// the purchases. A log in date order (or grouped by customer in date order) is read once; one with some customer's
    /// purchases out of date order is opened and read a second time, keeping only those customers' purchases. The summary,
    /// rejections and reasons are those of <see cref="ReadAndSummarize(TextTable, TransactionColumns, Func{LocalDate?, TransactionSummaryOptions})"/>.
    /// Strict when the table's options are.
    /// </summary>
    /// <param name="open">Opens the table from its start; called once, or twice for a log out of date order. Each table is disposed here.</param>
    /// <param name="columns">Which columns hold the customer, the date and the amount.</param>
    /// <param name="fold">An empty fold with the grouping and window of the summary; its zone must be the table's <see cref="TextTableOptions.Zone"/>.</param>
    /// <param name="options">The unit, window and calendar, chosen once every row is read, given the latest date (null when none could be read); they must agree with the fold (see <see cref="TransactionFold.Summarize"/>).</param>
    /// <returns>The summary with the row count and the currency mark of the amounts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid or do not agree with the fold.</exception>
    /// <exception cref="TextTableException">A named column is missing, or the text cannot be read.</exception>
    /// <exception cref="ImportRejectedException">The table's options are strict and a row was rejected or has an unknown value.</exception>
    /// <exception cref="OverflowException">One customer's purchase amounts add up past the range of <see cref="decimal"/> (about 7.9 × 10²⁸).</exception>
    public static TransactionLogSummary FoldAndSummarize(Func<TextTable> open, TransactionColumns columns, TransactionFold fold, Func<LocalDate?, TransactionSummaryOptions> options)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(fold);
        ArgumentNullException.ThrowIfNull(options);
        TransactionRowReader reader;
        int rows;
        string source;
        bool strict;
        using (var table = open())
        {
            reader = new TransactionRowReader(table, columns);
            rows = reader.ReadAll(fold);
            (source, strict) = (table.Source, table.Options.Strict);
        }

        return Complete(open, columns, fold, options, source, rows, reader, strict);
    }

    /// <summary>After the first pass: the second pass when some customer's purchases were out of date order, the summary, the reader's reasons.</summary>
    internal static TransactionLogSummary Complete(
        Func<TextTable> open, TransactionColumns columns, TransactionFold fold, Func<LocalDate?, TransactionSummaryOptions> options, string source, int rows, TransactionRowReader reader, bool strict)
    {
        if (fold.NeedsSecondPass)
        {
            fold.BeginSecondPass();
            using var again = open();
            new TransactionRowReader(again, columns).ReadAll(fold);
        }

        var summary = fold.Summarize(options(fold.LatestDate));
        return Finish(source, rows, summary, reader.AmountProblems, strict) with { Currency = reader.Currency };
    }

    /// <summary>
    /// Reads and summarises a transaction log file with a <see cref="TransactionFold"/>
    /// (<see cref="FoldAndSummarize(Func{TextTable}, TransactionColumns, TransactionFold, Func{LocalDate?, TransactionSummaryOptions})"/>),
    /// reading it a second time when some customer's purchases are out of date order. A UTF-8 file of 4 MB to 256 MiB
    /// without quotes before its middle is read on two cores, each taking half of its rows into its own fold, and the later
    /// half's fold is appended to the earlier's (<see cref="TransactionFold.TryAppend"/>): the result is the one-core
    /// result to the bit. A file that cannot be read twice (a pipe, standard input) is summarised in one pass keeping
    /// every purchase, as by
    /// <see cref="ReadAndSummarize(TextTable, TransactionColumns, Func{LocalDate?, TransactionSummaryOptions})"/>.
    /// </summary>
    /// <param name="path">The file; it names the source in messages.</param>
    /// <param name="columns">Which columns hold the customer, the date and the amount.</param>
    /// <param name="tableOptions">How to read the file; the defaults when null. Its zone must be the fold's.</param>
    /// <param name="fold">An empty fold with the grouping and window of the summary.</param>
    /// <param name="options">The unit, window and calendar, chosen once every row is read, given the latest date; they must agree with the fold.</param>
    /// <returns>The summary with the row count and the currency mark of the amounts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The path is blank, or the options are invalid or do not agree with the fold.</exception>
    /// <exception cref="TextTableException">The file is missing or empty, cannot be decoded, or lacks a required column.</exception>
    /// <exception cref="ImportRejectedException">The options are strict and a row was rejected or has an unknown value.</exception>
    /// <exception cref="OverflowException">One customer's purchase amounts add up past the range of <see cref="decimal"/> (about 7.9 × 10²⁸).</exception>
    public static TransactionLogSummary FoldFile(string path, TransactionColumns columns, TextTableOptions? tableOptions, TransactionFold fold, Func<LocalDate?, TransactionSummaryOptions> options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(fold);
        using (var stream = TextTable.OpenRead(path))
        {
            if (!stream.CanSeek)
            {
                using var table = TextTable.Open(stream, tableOptions, path, leaveOpen: true);
                return ReadAndSummarize(table, columns, options);
            }
        }

        return TransactionFoldHalves.FoldFile(path, columns, tableOptions, fold, options);
    }

    /// <summary>The summary with the reader's reasons for amounts it could not read; strict refuses any rejection.</summary>
    internal static TransactionLogSummary Finish(string source, int rows, TransactionSummary summary, IReadOnlyList<RejectedRow> problems, bool strict)
    {
        if (problems.Count > 0)
        {
            var reasons = problems.ToDictionary(p => p.Line);
            summary = summary with { UnknownValues = summary.UnknownValues.Select(u => reasons.GetValueOrDefault(u.Line, u)).ToArray() };
        }

        if (strict && (summary.Rejected.Count > 0 || summary.UnknownValues.Count > 0))
        {
            var all = summary.Rejected.Concat(summary.UnknownValues).OrderBy(r => r.Line).ToArray();
            throw new ImportRejectedException(source, all, rows);
        }

        return new TransactionLogSummary(source, rows, summary);
    }

    internal static string ReadAmount(int line, string? text, NumberConvention numbers, ref string? currency, List<RejectedRow> problems)
    {
        if (!MoneyText.TryParse(text, numbers, out var money, out var error))
        {
            problems.Add(new RejectedRow(line, error!.CodeFor("amount"), $"amount {error.Reason}: counted as a purchase of unknown value") { Column = "amount" });
            return string.Empty;
        }

        if (money.Currency is { } mark)
        {
            currency ??= mark;
            if (!string.Equals(mark, currency, StringComparison.Ordinal))
            {
                problems.Add(new RejectedRow(line, "amount.other_currency", $"amount \"{text!.Trim()}\" is in {mark}, earlier amounts in {currency}: counted as a purchase of unknown value") { Column = "amount" });
                return string.Empty;
            }
        }

        return money.Value.ToString(CultureInfo.InvariantCulture);
    }
}

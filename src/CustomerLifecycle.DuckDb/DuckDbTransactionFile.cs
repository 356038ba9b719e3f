namespace CustomerLifecycle.DuckDb;

/// <summary>A transaction log on disk for the DuckDB engine: a CSV file (header row; comma, semicolon, tab or pipe,
/// detected) or a Parquet file (by the extension <c>.parquet</c>), and the columns to read.</summary>
/// <remarks>
/// <para>The engine reads what DuckDB reads: dates as ISO-8601 dates or time stamps, or <c>yyyyMMdd</c>, taken as
/// local dates (an offset is not applied: summarise in UTC, or convert beforehand); amounts as plain numbers with a
/// dot as the decimal separator and up to 8 decimals. A CSV line that is not a well-formed row (more fields than the
/// header — a value holding the delimiter, unquoted — an unclosed quote, bytes that are not UTF-8) is skipped and counted
/// as rejected; so is a row without a customer or a readable date, or with a negative amount; an unreadable or empty amount is a purchase of unknown value. The rejected rows are counted,
/// not listed: the streaming reader of the Data package lists them by line and also reads amounts as people write
/// them (<c>3,319.47</c>, <c>¥145.30</c>).</para>
/// </remarks>
/// <param name="Path">The file.</param>
/// <param name="CustomerColumn">The column holding the customer id.</param>
/// <param name="DateColumn">The column holding the purchase date or time stamp.</param>
/// <param name="AmountColumn">The column holding the amount paid, or null for a log without amounts.</param>
public sealed record DuckDbTransactionFile(string Path, string CustomerColumn, string DateColumn, string? AmountColumn = null)
{
    /// <summary>Whether the file is read as Parquet (its extension is <c>.parquet</c>, any case) rather than CSV.</summary>
    public bool IsParquet => System.IO.Path.GetExtension(Path).Equals(".parquet", StringComparison.OrdinalIgnoreCase);
}

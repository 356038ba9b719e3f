using System.Globalization;
using CustomerLifecycle.Core;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace CustomerLifecycle.Parquet.Reading;

/// <summary>
/// One named column of a Parquet file, read one row group at a time into a buffer of its own type (text, date, time
/// stamp, decimal, floating point or integer), with the conversions the readers need: a typed value when it is plain and
/// valid, else the value as invariant text so the text rules decide (and reject with their codes and reasons).
/// </summary>
internal sealed class ParquetColumn
{
    private readonly bool _utc;
    private ReadOnlyMemory<char>?[] _text = [];
    private DateOnly?[] _dates = [];
    private DateTime?[] _times = [];
    private decimal?[] _decimals = [];
    private double?[] _doubles = [];
    private long?[] _integers = [];

    private ParquetColumn(DataField field, string role, ParquetColumnKind kind)
    {
        Field = field;
        Role = role;
        Kind = kind;
        _utc = field is DateTimeDataField { IsAdjustedToUTC: true };
    }

    /// <summary>The column in the file.</summary>
    public DataField Field { get; }

    /// <summary>What the reader uses it for (<c>customer</c>, <c>date</c>, <c>amount</c>, <c>frequency</c> …), for messages.</summary>
    public string Role { get; }

    /// <summary>How its values are held.</summary>
    public ParquetColumnKind Kind { get; }

    /// <summary>The column for a field, or a refusal naming the field, its type and what the role accepts.</summary>
    public static ParquetColumn For(DataField field, string role, string source, params ParquetColumnKind[] accepted)
    {
        var kind = KindOf(field);
        if (field.IsArray || kind is null || !accepted.Contains(kind.Value))
        {
            var type = field.IsArray ? "a list" : field.ClrType.Name;
            throw new ParquetInputException(
                $"{source}: column \"{field.Name}\" ({role}) holds {type}; expected {string.Join(" or ", accepted.Select(Describe))}");
        }

        return new ParquetColumn(field, role, kind.Value);
    }

    /// <summary>Reads this column of a row group into the buffer.</summary>
    public async Task LoadAsync(ParquetRowGroupReader group, int rows, CancellationToken cancellationToken)
    {
        switch (Kind)
        {
            case ParquetColumnKind.Text:
                await group.ReadAsync<ReadOnlyMemory<char>>(Field, Buffer(ref _text, rows), null, cancellationToken).ConfigureAwait(false);
                break;
            case ParquetColumnKind.Date:
                await group.ReadAsync<DateOnly>(Field, Buffer(ref _dates, rows), null, cancellationToken).ConfigureAwait(false);
                break;
            case ParquetColumnKind.Timestamp:
                await group.ReadAsync<DateTime>(Field, Buffer(ref _times, rows), null, cancellationToken).ConfigureAwait(false);
                break;
            case ParquetColumnKind.Decimal:
                await group.ReadAsync<decimal>(Field, Buffer(ref _decimals, rows), null, cancellationToken).ConfigureAwait(false);
                break;
            case ParquetColumnKind.Floating when Field.ClrType == typeof(float):
                var singles = new float?[rows];
                await group.ReadAsync<float>(Field, singles, null, cancellationToken).ConfigureAwait(false);
                Copy(singles, Buffer(ref _doubles, rows), v => v);
                break;
            case ParquetColumnKind.Floating:
                await group.ReadAsync<double>(Field, Buffer(ref _doubles, rows), null, cancellationToken).ConfigureAwait(false);
                break;
            default:
                await LoadIntegersAsync(group, rows, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Whether the value of a row is null.</summary>
    public bool IsNull(int row) => Kind switch
    {
        ParquetColumnKind.Text => _text[row] is null,
        ParquetColumnKind.Date => _dates[row] is null,
        ParquetColumnKind.Timestamp => _times[row] is null,
        ParquetColumnKind.Decimal => _decimals[row] is null,
        ParquetColumnKind.Floating => _doubles[row] is null,
        _ => _integers[row] is null,
    };

    /// <summary>The value as the text a CSV file would hold (invariant, ISO 8601 for dates and time stamps), or null.</summary>
    public string? Text(int row) => Kind switch
    {
        ParquetColumnKind.Text => _text[row]?.ToString(),
        ParquetColumnKind.Date => _dates[row]?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ParquetColumnKind.Timestamp => _times[row]?.ToString(_utc ? "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'" : "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        ParquetColumnKind.Decimal => _decimals[row]?.ToString(CultureInfo.InvariantCulture),
        ParquetColumnKind.Floating => _doubles[row]?.ToString("R", CultureInfo.InvariantCulture),
        _ => _integers[row]?.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A customer id of 1 to <see cref="CustomerId.MaxLength"/> characters once trimmed, from text or an integer.</summary>
    public bool TryId(int row, Span<char> buffer, out ReadOnlySpan<char> id)
    {
        id = default;
        if (Kind == ParquetColumnKind.Text)
        {
            id = _text[row] is { } text ? text.Span.Trim() : default;
        }
        else if (Kind == ParquetColumnKind.Integer && _integers[row] is { } n && n.TryFormat(buffer, out var written, provider: CultureInfo.InvariantCulture))
        {
            id = buffer[..written];
        }

        return id.Length is > 0 and <= CustomerId.MaxLength;
    }

    /// <summary>A typed date or time stamp as a local date in <paramref name="zone"/>, within the supported dates.</summary>
    /// <remarks>A time stamp adjusted to UTC is an instant, dated in the zone; a local one is dated as written.</remarks>
    public bool TryDate(int row, DateTimeZone zone, out LocalDate date)
    {
        date = default;
        if (Kind == ParquetColumnKind.Date && _dates[row] is { } d)
        {
            date = LocalDate.FromDateOnly(d);
        }
        else if (Kind == ParquetColumnKind.Timestamp && _times[row] is { } t)
        {
            date = _utc || t.Kind == DateTimeKind.Utc
                ? Instant.FromDateTimeUtc(DateTime.SpecifyKind(t, DateTimeKind.Utc)).InZone(zone).Date
                : LocalDateTime.FromDateTime(t).Date;
        }
        else
        {
            return false;
        }

        return SupportedDates.Contains(date);
    }

    /// <summary>A typed number ≥ 0 as decimal (decimal, floating point read at its shortest round-trip form, integer).</summary>
    public bool TryAmount(int row, out decimal amount)
    {
        amount = 0m;
        switch (Kind)
        {
            case ParquetColumnKind.Decimal when _decimals[row] is { } m:
                amount = m;
                break;
            case ParquetColumnKind.Integer when _integers[row] is { } n:
                amount = n;
                break;
            case ParquetColumnKind.Floating when _doubles[row] is { } x && double.IsFinite(x) && Math.Abs(x) < 1e28:
                amount = (decimal)x;
                break;
            default:
                return false;
        }

        return amount >= 0m;
    }

    private async Task LoadIntegersAsync(ParquetRowGroupReader group, int rows, CancellationToken cancellationToken)
    {
        var target = Buffer(ref _integers, rows);
        var type = Field.ClrType;
        if (type == typeof(long))
        {
            await group.ReadAsync<long>(Field, target, null, cancellationToken).ConfigureAwait(false);
        }
        else if (type == typeof(int))
        {
            var values = new int?[rows];
            await group.ReadAsync<int>(Field, values, null, cancellationToken).ConfigureAwait(false);
            Copy(values, target, v => v);
        }
        else if (type == typeof(short))
        {
            var values = new short?[rows];
            await group.ReadAsync<short>(Field, values, null, cancellationToken).ConfigureAwait(false);
            Copy(values, target, v => v);
        }
        else
        {
            var values = new uint?[rows];
            await group.ReadAsync<uint>(Field, values, null, cancellationToken).ConfigureAwait(false);
            Copy(values, target, v => v);
        }
    }

    private static void Copy<TFrom, TTo>(TFrom?[] from, Memory<TTo?> to, Func<TFrom, TTo> convert)
        where TFrom : struct
        where TTo : struct
    {
        var span = to.Span;
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = from[i] is { } v ? convert(v) : null;
        }
    }

    private static Memory<T> Buffer<T>(ref T[] buffer, int rows)
    {
        if (buffer.Length < rows)
        {
            buffer = new T[rows];
        }

        Array.Clear(buffer, 0, rows);
        return buffer.AsMemory(0, rows);
    }

    private static ParquetColumnKind? KindOf(DataField field)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        return type == typeof(string) || type == typeof(ReadOnlyMemory<char>) ? ParquetColumnKind.Text
            : type == typeof(DateOnly) ? ParquetColumnKind.Date
            : type == typeof(DateTime) ? ParquetColumnKind.Timestamp
            : type == typeof(decimal) ? ParquetColumnKind.Decimal
            : type == typeof(double) || type == typeof(float) ? ParquetColumnKind.Floating
            : type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(uint) ? ParquetColumnKind.Integer
            : null;
    }

    private static string Describe(ParquetColumnKind kind) => kind switch
    {
        ParquetColumnKind.Text => "text",
        ParquetColumnKind.Date => "DATE",
        ParquetColumnKind.Timestamp => "TIMESTAMP",
        ParquetColumnKind.Decimal => "DECIMAL",
        ParquetColumnKind.Floating => "DOUBLE or FLOAT",
        _ => "an integer",
    };
}

/// <summary>How a <see cref="ParquetColumn"/> holds its values.</summary>
internal enum ParquetColumnKind
{
    /// <summary>UTF-8 text.</summary>
    Text,

    /// <summary>A DATE.</summary>
    Date,

    /// <summary>A TIMESTAMP (or INT96 time stamp).</summary>
    Timestamp,

    /// <summary>A DECIMAL.</summary>
    Decimal,

    /// <summary>A DOUBLE or FLOAT.</summary>
    Floating,

    /// <summary>A signed or unsigned integer of up to 64 bits.</summary>
    Integer,
}

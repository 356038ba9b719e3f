using Parquet;
using Parquet.Schema;

namespace CustomerLifecycle.Parquet.Writing;

/// <summary>
/// One typed, nullable column for <see cref="ParquetTableWriter"/>: text (ids), DOUBLE (model outputs and counts),
/// DECIMAL(38, 9) (money, rounded half to even to 9 decimal places) or INT64 (whole numbers such as periods).
/// </summary>
public sealed class ParquetOutputColumn
{
    /// <summary>The precision of money columns: 38 digits, the most DuckDB, Spark and warehouses read as a decimal.</summary>
    public const int MoneyPrecision = 38;

    /// <summary>The scale of money columns: 9 decimal places (a billionth of the unit; 29 digits remain for the whole part).</summary>
    public const int MoneyScale = 9;

    private readonly Func<ParquetRowGroupWriter, int, int, Task> _write;

    private ParquetOutputColumn(DataField field, int count, Func<ParquetRowGroupWriter, int, int, Task> write)
    {
        Field = field;
        Count = count;
        _write = write;
    }

    /// <summary>The column's name.</summary>
    public string Name => Field.Name;

    /// <summary>How many values it has.</summary>
    public int Count { get; }

    internal DataField Field { get; }

    /// <summary>A text column (UTF-8); null values stay null.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="values">The values, one per row.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static ParquetOutputColumn Text(string name, IReadOnlyList<string?> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        var data = values.ToArray();
        var field = new DataField(name, typeof(string), isNullable: true);
        return new(field, data.Length, (group, start, length) => group.WriteAsync(field, new ArraySegment<string?>(data, start, length)!));
    }

    /// <summary>A DOUBLE column; null values stay null.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="values">The values, one per row.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static ParquetOutputColumn Doubles(string name, IReadOnlyList<double?> values) => Typed(name, values, new DataField<double?>(name));

    /// <summary>An INT64 column; null values stay null.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="values">The values, one per row.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static ParquetOutputColumn Integers(string name, IReadOnlyList<long?> values) => Typed(name, values, new DataField<long?>(name));

    /// <summary>A DECIMAL(<see cref="MoneyPrecision"/>, <see cref="MoneyScale"/>) column for money: each value rounded half
    /// to even to <see cref="MoneyScale"/> decimal places; null values stay null.</summary>
    /// <param name="name">The column name.</param>
    /// <param name="values">The values, one per row.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static ParquetOutputColumn Money(string name, IReadOnlyList<decimal?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rounded = values.Select(v => v is { } m ? Math.Round(m, MoneyScale, MidpointRounding.ToEven) : (decimal?)null).ToArray();
        return Typed(name, rounded, new DecimalDataField(name, MoneyPrecision, MoneyScale, isNullable: true));
    }

    internal Task WriteAsync(ParquetRowGroupWriter group, int start, int length) => _write(group, start, length);

    private static ParquetOutputColumn Typed<T>(string name, IReadOnlyList<T?> values, DataField field)
        where T : struct
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(values);
        var data = values.ToArray();
        return new(field, data.Length, (group, start, length) => group.WriteAsync<T>(field, data.AsMemory(start, length)));
    }
}

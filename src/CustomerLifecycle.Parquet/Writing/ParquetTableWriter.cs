using Parquet;
using Parquet.Schema;

namespace CustomerLifecycle.Parquet.Writing;

/// <summary>Writes typed columns as one Parquet file (Snappy-compressed, in row groups of at most <see cref="RowGroupRows"/> rows).</summary>
public static class ParquetTableWriter
{
    /// <summary>The most rows in one row group: small enough that a reader's memory stays modest, large enough to compress well.</summary>
    public const int RowGroupRows = 1_000_000;

    /// <summary>Writes the columns, in order, as a Parquet file.</summary>
    /// <param name="stream">Where to write: writable (and seekable, as Parquet writes its footer last); left open.</param>
    /// <param name="columns">The columns: at least one, distinct names, the same number of values each.</param>
    /// <param name="cancellationToken">Stops the write between row groups.</param>
    /// <returns>The write.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">There is no column, two share a name, or their lengths differ.</exception>
    public static async Task WriteAsync(Stream stream, IReadOnlyList<ParquetOutputColumn> columns, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A Parquet file needs at least one column.", nameof(columns));
        }

        if (columns.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Two columns are named \"{twice.Key}\".", nameof(columns));
        }

        var rows = columns[0].Count;
        if (columns.FirstOrDefault(c => c.Count != rows) is { } other)
        {
            throw new ArgumentException($"Column \"{other.Name}\" has {other.Count} values, \"{columns[0].Name}\" {rows}.", nameof(columns));
        }

        var schema = new ParquetSchema(columns.Select(c => (Field)c.Field));
        var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            for (var start = 0; start == 0 || start < rows; start += RowGroupRows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var length = Math.Min(RowGroupRows, rows - start);
                using var group = writer.CreateRowGroup();
                foreach (var column in columns)
                {
                    await column.WriteAsync(group, start, length).ConfigureAwait(false);
                }
            }
        }
    }
}

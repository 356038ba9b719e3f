using Parquet;
using Parquet.Schema;

namespace CustomerLifecycle.Parquet.Reading;

/// <summary>
/// An open Parquet file as the readers use it: columns found by name (case-insensitive, top-level), row groups visited
/// one at a time, and every failure of the file itself (not Parquet, truncated, corrupt pages) turned into
/// <see cref="ParquetInputException"/> naming the source.
/// </summary>
internal sealed class ParquetFile : IAsyncDisposable
{
    private static readonly ParquetOptions Options = new() { UseDateOnlyTypeForDates = true, TreatByteArrayAsString = true };
    private readonly ParquetReader _reader;

    private readonly long _length;

    private ParquetFile(ParquetReader reader, string source, long length)
    {
        _reader = reader;
        Source = source;
        _length = length;
    }

    /// <summary>
    /// The most rows a row group may claim per byte of the file: no encoding of an id, a date and an amount packs more
    /// than a few rows in a byte, so a larger count is a corrupt footer, refused before any buffer is allocated for it.
    /// </summary>
    private const long MaxRowsPerByte = 1000;

    /// <summary>The source in messages.</summary>
    public string Source { get; }

    /// <summary>Opens a Parquet file from a readable, seekable stream, which stays open.</summary>
    public static async Task<ParquetFile> OpenAsync(Stream stream, string source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead || !stream.CanSeek)
        {
            throw new ArgumentException("A Parquet file is read from a readable, seekable stream (its footer comes last).", nameof(stream));
        }

        var reader = await Guard(source, async () =>
        {
            var opened = await ParquetReader.CreateAsync(stream, Options, leaveStreamOpen: true, cancellationToken).ConfigureAwait(false);
            try
            {
                _ = opened.Schema.GetDataFields();   // the schema is decoded on first use: decode it here, where a bad one is caught
                return opened;
            }
            catch
            {
                await opened.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }).ConfigureAwait(false);
        return new ParquetFile(reader, source, stream.Length);
    }

    /// <summary>The column with one of these names (first name first), or null.</summary>
    public DataField? Find(params string[] names)
    {
        var fields = _reader.Schema.Fields.OfType<DataField>().ToArray();
        return names.Select(n => fields.FirstOrDefault(f => string.Equals(f.Name, n, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(f => f is not null);
    }

    /// <summary>The column with one of these names, or a refusal listing the file's columns.</summary>
    public DataField Require(params string[] names) => Find(names) ?? throw new ParquetInputException(
        $"{Source}: no column {string.Join(" or ", names.Select(n => $"\"{n}\""))}; the file has {string.Join(", ", _reader.Schema.Fields.Select(f => f.Name))}");

    /// <summary>Loads the columns of each row group in turn and hands the group's row count to <paramref name="rows"/>.</summary>
    public async Task ForEachRowGroupAsync(IReadOnlyList<ParquetColumn> columns, Action<int> rows, CancellationToken cancellationToken)
    {
        for (var g = 0; g < _reader.RowGroupCount; g++)
        {
            var count = await Guard(Source, async () =>
            {
                using var group = _reader.OpenRowGroupReader(g);
                if (group.RowCount < 0 || group.RowCount > Math.Min(int.MaxValue, MaxRowsPerByte * _length))
                {
                    throw new ParquetInputException($"{Source}: not a readable Parquet file (row group {g + 1} claims {group.RowCount} rows in a file of {_length} bytes)");
                }

                foreach (var column in columns)
                {
                    await column.LoadAsync(group, (int)group.RowCount, cancellationToken).ConfigureAwait(false);
                }

                return (int)group.RowCount;
            }).ConfigureAwait(false);
            rows(count);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _reader.DisposeAsync();

    /// <summary>Runs a step of the Parquet library, turning a failure of the file into <see cref="ParquetInputException"/>.</summary>
    private static async Task<T> Guard<T>(string source, Func<Task<T>> step)
    {
        try
        {
            return await step().ConfigureAwait(false);
        }
        catch (Exception ex) when (IsFileFailure(ex))
        {
            throw new ParquetInputException($"{source}: not a readable Parquet file ({ex.Message.TrimEnd('.')})", ex);
        }
    }

    /// <summary>
    /// Whatever the Parquet library throws while decoding a hostile file (its own exceptions, a Thrift footer that makes
    /// no sense, an index past a cut-short page) means the file is unusable; only cancellation, running out of memory
    /// and this package's own refusals pass through as they are.
    /// </summary>
    private static bool IsFileFailure(Exception ex) => ex is not (ParquetInputException or OperationCanceledException or OutOfMemoryException);
}

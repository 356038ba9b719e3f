using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using NodaTime;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>
/// The library readers as one command uses them, with the reading options of the command line (<see cref="TextInput"/>:
/// encoding, number convention, <c>--strict</c>): with <c>--strict</c> any rejected row makes the input unusable (exit 2);
/// a file the library cannot use at all is unusable input; each file's rejection total is kept for
/// <see cref="WriteTotals"/>.
/// </summary>
internal sealed class ImportSession(TextTableOptions options)
{
    private readonly List<(string Source, int Rejected, int Rows)> _totals = [];

    /// <summary>Whether any rejected row makes the input unusable.</summary>
    public bool Strict => options.Strict;

    /// <summary>The reading options of this session, with the zone of time stamps without an offset.</summary>
    public TextTableOptions Options(DateTimeZone? zone = null) => options with { Zone = zone ?? DateTimeZone.Utc };

    /// <summary>Runs a library reader over a source, turning what makes the input unusable into <see cref="UnusableInputException"/>.</summary>
    public ImportResult<T> Read<T>(string source, Func<TextTableOptions, ImportResult<T>> read, DateTimeZone? zone = null)
    {
        var result = Guard(() => read(Options(zone)));
        return Count(source, result);
    }

    /// <summary>Applies the session to a result read elsewhere: counted, and refused in strict mode when a row was rejected.</summary>
    public ImportResult<T> Count<T>(string source, ImportResult<T> result)
    {
        _totals.Add((source, result.Rejected.Count, result.RowCount));
        return Guard(() => ImportRejectedException.ThrowIfStrict(result, Options(), source));
    }

    /// <summary>Writes "source: N of M rows rejected (x %)" on stderr for each source with a rejected row.</summary>
    public void WriteTotals()
    {
        foreach (var (source, rejected, rows) in _totals.Where(t => t.Rejected > 0))
        {
            Console.Error.WriteLine($"{source}: {RejectionTotal.Describe(rejected, rows)}");
        }
    }

    /// <summary>Runs a library call, turning what makes the input unusable into <see cref="UnusableInputException"/>.</summary>
    public static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is TextTableException or InvalidDataException or ImportRejectedException)
        {
            throw new UnusableInputException(ex.Message, ex);
        }
    }
}

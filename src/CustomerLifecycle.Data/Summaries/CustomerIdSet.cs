using System.Runtime.CompilerServices;
using CustomerLifecycle.Scoring.Clv.Data;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// The customer ids seen so far and the line each first appeared on, looked up straight from the characters of a field:
/// no string per row and none per customer. The ids are numbered by the transaction fold's id table (each copied once
/// into its arena, found by a 16-byte slot); the line of customer n is item n of an array that doubles as customers come.
/// </summary>
internal sealed class CustomerIdSet
{
    private readonly CustomerIdTable _ids = new();
    private int[] _firstLines = new int[1024];

    /// <summary>The number of distinct ids.</summary>
    public int Count => _ids.Count;

    /// <summary>
    /// Adds an id (already trimmed, 1 to <see cref="Core.CustomerId.MaxLength"/> characters) first seen on a line; false,
    /// with the line it first appeared on, when it was seen before (ordinal comparison).
    /// </summary>
    /// <param name="id">The id's characters.</param>
    /// <param name="line">The physical line of the row (1 or more).</param>
    /// <param name="firstLine">The line of the earlier row with the same id, when there is one.</param>
    /// <returns>Whether the id is new.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryAdd(ReadOnlySpan<char> id, int line, out int firstLine)
    {
        var known = _ids.Count;
        var number = _ids.IndexOf(id);
        if (number < known)
        {
            firstLine = _firstLines[number];
            return false;
        }

        if (number == _firstLines.Length)
        {
            Array.Resize(ref _firstLines, 2 * number);
        }

        _firstLines[number] = line;
        firstLine = 0;
        return true;
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;
using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// Folds accepted summary rows into weighted unique (x, t_x, T) rows and their fingerprint in one pass: the same weight
/// sums, in the same order, as the models' own compression and <see cref="ClvDataFingerprint.Of(IEnumerable{CustomerSummary})"/>
/// compute from the rows, so a fit on the result is the fit on the rows.
/// </summary>
/// <remarks>
/// The distinct histories are kept in an open-addressing table (linear probing, at most three quarters full, 32 bytes a
/// slot: two to a cache line) whose hash and equality are inlined: a row costs a probe of a flat array instead of two
/// interface calls into a comparer and a walk of a bucket chain. Two keys are the same history when their values are
/// equal as doubles (0 equals −0; the first key written is kept), as the default comparer of a tuple of doubles has it;
/// the hash mixes all 64 bits of each value, because round numbers (whole and half periods) differ only in their high
/// bits. A slot whose T is 0 is empty: every accepted row has T &gt; 0.
/// <para>
/// A table of many distinct histories is larger than the processor's caches and every row's slot is a cache miss, so
/// rows are inserted in batches of <see cref="Batch"/>: the batch's slots are first read one after the other (the reads
/// are independent, so the processor waits for all of them at once instead of once a row), then the rows are inserted in
/// order. The weights of a history still add in the order of its rows.
/// </para>
/// </remarks>
internal sealed class UniqueSummaryAccumulator
{
    /// <summary>Rows inserted together (their slots are fetched from memory together).</summary>
    private const int Batch = 16;

    /// <summary>The most slots <see cref="Reserve"/> makes room for.</summary>
    private const ulong MostReservedSlots = 1UL << 17;

    private readonly Slot[] _batch = new Slot[Batch];
    private int _batched;
    private readonly double[] _fetched = new double[Batch]; // the batch's slots as read ahead (kept: the reads are the point)
    private Slot[] _slots = new Slot[1024];
    private int _shift = 64 - 10;
    private int _count;
    private int _rows;
    private double _customers;
    private double _sumFrequency;
    private double _sumAge;
    private readonly AgeLog? _ages;

    /// <summary>Makes an empty accumulator.</summary>
    /// <param name="keepAges">
    /// Whether to keep every row's age T in order: an accumulator over the second part of a table, whose sum of ages is
    /// continued by <see cref="Merge"/> in the first part's order of additions.
    /// </param>
    public UniqueSummaryAccumulator(bool keepAges = false) => _ages = keepAges ? new AgeLog() : null;

    /// <summary>
    /// Makes room for the distinct histories of a part of a file of <paramref name="bytes"/> bytes before the first row is
    /// added: a slot per 64 bytes (at least the 1,024 of an empty table, at most 2¹⁷ slots, 4 MB), so that a file with many
    /// distinct histories does not double its table (fresh memory each time) over and over while it is read. A file
    /// with fewer distinct histories leaves the table emptier; one with more still grows it.
    /// </summary>
    /// <param name="bytes">The bytes to be read, when known.</param>
    public void Reserve(long? bytes)
    {
        if (bytes is not { } known || _count != 0 || _batched != 0)
        {
            return;
        }

        var slots = (int)Math.Clamp(BitOperations.RoundUpToPowerOf2((ulong)Math.Max(known, 0L) / 64), (ulong)_slots.Length, MostReservedSlots);
        if (slots > _slots.Length)
        {
            _slots = new Slot[slots];
            _shift = 64 - BitOperations.Log2((uint)slots);
        }
    }

    /// <summary>The number of distinct histories so far.</summary>
    public int Count
    {
        get
        {
            Flush();
            return _count;
        }
    }

    /// <summary>Adds one accepted row (its age T is positive, as the rules require).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(double frequency, double recency, double age, double weight)
    {
        Enqueue(frequency, recency, age, weight);
        _ages?.Add(age);
        (_rows, _customers, _sumFrequency, _sumAge) = (_rows + 1, _customers + weight, _sumFrequency + (weight * frequency), _sumAge + (weight * age));
    }

    /// <summary>
    /// Adds the rows of an accumulator over the rows that follow these (made with <c>keepAges</c>), all of weight 1:
    /// counts and whole-number sums add exactly, and the sum of ages goes on over the kept ages in their order, so the
    /// result is the one of adding every row here.
    /// </summary>
    /// <param name="rest">The accumulator over the following rows.</param>
    public void Merge(UniqueSummaryAccumulator rest)
    {
        rest.Flush();
        foreach (var other in rest._slots)
        {
            if (other.T != 0d)
            {
                Enqueue(other.X, other.Tx, other.T, other.Weight);
            }
        }

        Flush();

        (_rows, _customers, _sumFrequency) = (_rows + rest._rows, _customers + rest._customers, _sumFrequency + rest._sumFrequency);
        _sumAge = rest._ages!.AddTo(_sumAge);
    }

    /// <summary>The fingerprint of the rows added so far.</summary>
    public ClvDataFingerprint Fingerprint => new(_rows, _customers, _sumFrequency, _sumAge);

    /// <summary>The unique rows, ordered by x, then t_x, then T when read as a list (each row made as it is read, and a fit takes their columns unordered: see <see cref="UniqueSummaryRows"/>).</summary>
    public IReadOnlyList<CustomerSummary> Rows()
    {
        Flush();
        return new UniqueSummaryRows(_slots, _count);
    }

    /// <summary>Queues a row; a full batch is inserted.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enqueue(double x, double tx, double t, double weight)
    {
        _batch[_batched++] = new Slot(x, tx, t, weight);
        if (_batched == Batch)
        {
            Flush();
        }
    }

    /// <summary>Inserts the queued rows in order, after reading their slots together.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Flush()
    {
        var batch = _batch;
        var n = _batched;
        var slots = _slots;
        var fetched = _fetched;
        for (var j = 0; j < n; j++)
        {
            ref readonly var row = ref batch[j];
            fetched[j] = slots[Hash(row.X, row.Tx, row.T, _shift)].T;
        }

        for (var j = 0; j < n; j++)
        {
            ref readonly var row = ref batch[j];
            Claim(row.X, row.Tx, row.T).Weight += row.Weight;
        }

        _batched = 0;
    }

    /// <summary>The slot of a history, filled with it (weight 0) when it is new; the table grows to stay at most three quarters full.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Slot Claim(double x, double tx, double t)
    {
        ref var slot = ref Find(x, tx, t);
        if (slot.T == 0d)
        {
            slot = new Slot(x, tx, t, 0d);
            if (++_count * 4 > _slots.Length * 3)
            {
                Grow();
                return ref Find(x, tx, t);
            }
        }

        return ref slot;
    }

    /// <summary>The slot holding a history, or the empty slot where it belongs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref Slot Find(double x, double tx, double t)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        var i = Hash(x, tx, t, _shift);
        while (true)
        {
            ref var slot = ref slots[i];
            if (slot.T == 0d || (slot.X.Equals(x) && slot.Tx.Equals(tx) && slot.T.Equals(t)))
            {
                return ref slot;
            }

            i = (i + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        _shift--;
        foreach (var slot in old)
        {
            if (slot.T != 0d)
            {
                Find(slot.X, slot.Tx, slot.T) = slot;
            }
        }
    }

    /// <summary>The slot a history hashes to: the top bits of a 64-bit mix (the low bits of round numbers are all zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(double x, double tx, double t, int shift)
    {
        var h = (Bits(x) * 0x9E3779B97F4A7C15UL) ^ (Bits(tx) * 0xC2B2AE3D27D4EB4FUL) ^ (Bits(t) * 0x165667B19E3779F9UL);
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        return (int)(h >> shift);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits(double value) => value == 0d ? 0UL : (ulong)BitConverter.DoubleToInt64Bits(value);

    /// <summary>
    /// Every age in order, in chunks of 8,192 (a growing list would copy what it holds at each doubling, into memory taken
    /// fresh from the system each time).
    /// </summary>
    private sealed class AgeLog
    {
        private const int ChunkLength = 8192;
        private readonly List<double[]> _chunks = [];
        private double[] _last = [];
        private int _used;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(double age)
        {
            if (_used == _last.Length)
            {
                _chunks.Add(_last = new double[ChunkLength]);
                _used = 0;
            }

            _last[_used++] = age;
        }

        /// <summary>Adds every age, in order, to a running sum.</summary>
        public double AddTo(double sum)
        {
            foreach (var chunk in _chunks)
            {
                var length = ReferenceEquals(chunk, _last) ? _used : chunk.Length;
                for (var i = 0; i < length; i++)
                {
                    sum += chunk[i];
                }
            }

            return sum;
        }
    }

    /// <summary>A history and its weight sum; an empty slot has T = 0. Histories order by x, then t_x, then T.</summary>
    internal record struct Slot(double X, double Tx, double T, double Weight) : IComparable<Slot>
    {
        /// <summary>The order of the rows: by x, then t_x, then T (compared as the sort's own comparison of doubles, inlined).</summary>
        public readonly int CompareTo(Slot other) =>
            X != other.X ? X.CompareTo(other.X) : Tx != other.Tx ? Tx.CompareTo(other.Tx) : T.CompareTo(other.T);
    }
}

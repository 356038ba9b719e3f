using System.Runtime.CompilerServices;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Appending the states of the later part of a log (a continuation, folded on another thread) to those of the earlier
/// part, so that the result is what stepping every purchase here in log order would give.
/// </summary>
/// <remarks>
/// <para>A customer whose later purchases all come on or after the last day of the earlier ones continues: the first
/// later period merges with the last earlier one when they are the same period, the first calibration period of the
/// later part counts towards spend only when it is not the customer's first period overall, and the sums are added.
/// Any other customer (a later purchase dated before an earlier one, or disorder within a part) is marked disordered,
/// as stepping would have marked it, and is folded anew in date order by the second pass.</para>
/// <para>Amounts are never negative, so every partial sum of a customer is at most its whole sum: when the later part's
/// sums are exact (no digit rounded away, seen as a result with fewer decimals than its operands) and the appended sums
/// fit the range of <see cref="decimal"/> at the most decimals of any of them (<see cref="CanAppendExactly"/>), every sum
/// stepping would have made is exact too, and both give the same decimal to the bit. Otherwise the caller adds the
/// later rows one by one instead.</para>
/// </remarks>
internal sealed partial class CustomerFolds
{
    private const int PrefetchAhead = 8;

    /// <summary>Whether a continuation's sum was rounded (or its first period's sum overflowed), so appending it might not give what stepping gives.</summary>
    public bool Inexact { get; private set; }

    /// <summary>
    /// Whether appending <paramref name="later"/> (customers below <paramref name="laterCount"/>) to these states
    /// (customers below <paramref name="count"/>) gives every sum exactly: the continuation rounded nothing, and the
    /// largest sums of both parts added together, at the most decimals any of them has, stay ten times inside the range
    /// of <see cref="decimal"/>.
    /// </summary>
    public bool CanAppendExactly(int count, CustomerFolds later, int laterCount)
    {
        if (later.Inexact)
        {
            return false;
        }

        var scale = 0;
        try
        {
            var repeat = Largest(_repeat, count, ref scale) + Largest(later._opening, laterCount, ref scale) + Largest(later._repeat, laterCount, ref scale);
            var holdout = Largest(_later, count, ref scale) + Largest(later._later, laterCount, ref scale);
            return scale < 27 && Math.Max(repeat, holdout) < decimal.MaxValue / Pow10(scale + 1);
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>
    /// Appends a continuation's state of customer <paramref name="from"/> to this fold's customer <paramref name="to"/>
    /// (an index below the last <see cref="Ensure"/>), as if its purchases had been stepped here after this fold's; the
    /// sums are exact when <see cref="CanAppendExactly"/> said so.
    /// </summary>
    /// <param name="to">The customer here.</param>
    /// <param name="later">The states of the rows that follow this fold's in the log, folded with the same grouping and calibration end.</param>
    /// <param name="from">The same customer's index in <paramref name="later"/>.</param>
    public void Append(int to, CustomerFolds later, int from)
    {
        ref readonly var t = ref later._states[from];
        if (t is { CalibrationCount: 0, LaterCount: 0 })
        {
            return;
        }

        ref var s = ref _states[to];
        if (s is { CalibrationCount: 0, LaterCount: 0 })
        {
            Adopt(ref s, to, later, from);
            return;
        }

        if (((s.Flags | t.Flags) & Disordered) != 0 || t.First < s.Last)
        {
            s.Flags |= Disordered;
            AnyDisordered = true;
            return;
        }

        if (t.CalibrationCount > 0)
        {
            // The earlier purchases all lie in the calibration period (none is after t.First, on or before the calibration end).
            var same = s.CalibrationCount > 0 && SameGroup(t.First, s.CalibrationLastDay);
            var opening = s.CalibrationCount + (same ? 0 : 1);
            if (opening > 1)
            {
                s.Flags |= (byte)((t.Flags & OpeningUnknown) != 0 ? RepeatUnknown : 0);
                if (later._opening is not null)
                {
                    Sums(ref _repeat)[to] += later._opening[from];
                }
            }

            if (later._repeat is not null)
            {
                Sums(ref _repeat)[to] += later._repeat[from];
            }

            s.Flags |= (byte)(t.Flags & RepeatUnknown);
            s.CalibrationLastDay = t.CalibrationCount == 1 && same ? s.CalibrationLastDay : t.CalibrationLastDay;
            s.CalibrationCount = opening + t.CalibrationCount - 1;
        }

        if (t.LaterCount > 0)
        {
            // With earlier holdout purchases the later part has no calibration purchase: t.First opens its first holdout period.
            var same = s.LaterCount > 0 && SameGroup(t.First, s.LaterLastDay);
            s.LaterLastDay = t.LaterCount == 1 && same ? s.LaterLastDay : t.LaterLastDay;
            s.LaterCount += t.LaterCount - (same ? 1 : 0);
            if (later._later is not null)
            {
                Sums(ref _later)[to] += later._later[from];
            }

            s.Flags |= (byte)(t.Flags & LaterUnknown);
        }

        s.Last = t.Last;
    }

    /// <summary>
    /// Appends each of a continuation's states <c>i</c> to this fold's customer <c>numbers[i]</c> (distinct indexes below
    /// the last <see cref="Ensure"/>), as <see cref="Append"/> one by one would. A large continuation is appended on two
    /// threads, each writing its own customers' states: this one, and another that first does <paramref name="alongside"/>
    /// (work that touches no state here) and then takes its share of what is left.
    /// </summary>
    /// <param name="numbers">The customer here of each of the continuation's customers.</param>
    /// <param name="later">The continuation's states.</param>
    /// <param name="alongside">Work done on the other thread meanwhile (on this thread, first, when there is no other), or null.</param>
    public void AppendAll(int[] numbers, CustomerFolds later, Action? alongside = null)
    {
        // The sums an append may write exist before the threads start, so that neither makes them.
        if (later._opening is not null || later._repeat is not null)
        {
            Sums(ref _repeat);
        }

        if (later._later is not null)
        {
            Sums(ref _later);
        }

        void Range(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                // The customers here lie anywhere in memory: the state some rows on is fetched while this one is appended.
                if (i + PrefetchAhead < to)
                {
                    PrefetchAppend(numbers[i + PrefetchAhead], later, i + PrefetchAhead);
                }

                Append(numbers[i], later, i);
            }
        }

        TwoThreads.Share(numbers.Length, Range, alongside);
    }

    /// <summary>Starts fetching the state (and sums) of customer <paramref name="to"/> that appending the continuation's customer <paramref name="from"/> writes.</summary>
    private void PrefetchAppend(int to, CustomerFolds later, int from)
    {
        CacheLine.Fetch(ref _states[to]);
        if (later._repeat is not null || later._opening is not null)
        {
            CacheLine.Fetch(ref _repeat![to]);
        }

        if (later._later is not null)
        {
            CacheLine.Fetch(ref _later![to]);
        }
    }

    private static decimal Largest(ChunkedArray<decimal>? sums, int count, ref int scale)
    {
        var largest = 0m;
        for (var i = 0; sums is not null && i < count; i++)
        {
            var sum = sums[i];
            largest = Math.Max(largest, sum);
            scale = Math.Max(scale, sum.Scale);
        }

        return largest;
    }

    private static decimal Pow10(int exponent)
    {
        var power = 1m;
        for (var i = 0; i < exponent; i++)
        {
            power *= 10m;
        }

        return power;
    }

    /// <summary>A customer first seen in the later part: its state there is what stepping here would have made.</summary>
    private void Adopt(ref State s, int to, CustomerFolds later, int from)
    {
        s = later._states[from];
        s.Flags &= unchecked((byte)~OpeningUnknown);
        if ((s.Flags & Disordered) != 0)
        {
            AnyDisordered = true;
        }

        if (later._repeat is not null)
        {
            Sums(ref _repeat)[to] = later._repeat[from];
        }

        if (later._later is not null)
        {
            Sums(ref _later)[to] = later._later[from];
        }
    }

    /// <summary>Adds <paramref name="amount"/> to <paramref name="sum"/>; false when the result lost a decimal (rounded) on the way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool AddExactly(ref decimal sum, decimal amount)
    {
        var result = sum + amount;
        var exact = result.Scale >= Math.Max(sum.Scale, amount.Scale);
        sum = result;
        return exact;
    }

    /// <summary>Keeps the amount of a purchase in a continuation's first calibration period, which the earlier part may count towards spend.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Opening(int customer, ref State s, decimal? amount)
    {
        if (amount is not { } a)
        {
            s.Flags |= OpeningUnknown;
            return;
        }

        try
        {
            Inexact |= !AddExactly(ref Sums(ref _opening)[customer], a);
        }
        catch (OverflowException)
        {
            // Stepping adds these amounts only when they count towards spend: the caller folds on one thread instead.
            Inexact = true;
        }
    }
}

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// Orders summary columns as <see cref="SummaryRows"/> keeps them (by x, then T, then t_x) without comparing rows: each
/// column's values are numbered in order of first appearance by a small table of their bit patterns, the few distinct
/// values are sorted and the numbers become ranks, and three stable counting sorts (by t_x, then T, then x) order the
/// rows. Identical rows are then adjacent, in input order, and their weights add in that order, as a dictionary of whole
/// rows adds them. The values must have one bit pattern each (no −0; NaN is excluded by the summaries' rules).
/// </summary>
internal static class SummaryRowsSort
{
    /// <summary>Sorts and merges the rows.</summary>
    /// <param name="columns">At least one row, with no −0.</param>
    /// <returns>The distinct values of each column (ascending), each unique row's indices into them, and its weight.</returns>
    public static SortedSummary Sort(SummaryColumns columns)
    {
        var n = columns.Count;
        var distinctX = Rank(columns.X, n, out var xRank);
        var distinctRecency = Rank(columns.Recency, n, out var recencyRank);
        var distinctAge = Rank(columns.Age, n, out var ageRank);

        var order = new int[n];
        var scratch = new int[n];
        CountingSort(null, recencyRank, distinctRecency.Length, order, n);
        CountingSort(order, ageRank, distinctAge.Length, scratch, n);
        CountingSort(scratch, xRank, distinctX.Length, order, n);

        int[] xIndex = scratch, ageIndex = new int[n], recencyIndex = new int[n];
        var weight = new double[n];
        var m = -1;
        for (var k = 0; k < n; k++)
        {
            var row = order[k];
            int x = xRank[row], age = ageRank[row], recency = recencyRank[row];
            if (m >= 0 && xIndex[m] == x && ageIndex[m] == age && recencyIndex[m] == recency)
            {
                weight[m] += columns.Weight[row];
                continue;
            }

            m++;
            (xIndex[m], ageIndex[m], recencyIndex[m], weight[m]) = (x, age, recency, columns.Weight[row]);
        }

        var count = m + 1;
        return count == n
            ? new SortedSummary(distinctX, xIndex, distinctRecency, recencyIndex, distinctAge, ageIndex, weight)
            : new SortedSummary(distinctX, xIndex[..count], distinctRecency, recencyIndex[..count], distinctAge, ageIndex[..count], weight[..count]);
    }

    /// <summary>The distinct values of a column in ascending order, and each row's rank among them.</summary>
    private static double[] Rank(double[] values, int n, out int[] rank)
    {
        var numbering = new ValueNumbering();
        rank = new int[n];
        for (var i = 0; i < n; i++)
        {
            rank[i] = numbering.Number(values[i]);
        }

        var distinct = numbering.Values();
        var numberAt = new int[distinct.Length];
        for (var k = 0; k < numberAt.Length; k++)
        {
            numberAt[k] = k;
        }

        Array.Sort(distinct, numberAt);
        var rankOf = new int[distinct.Length];
        for (var k = 0; k < rankOf.Length; k++)
        {
            rankOf[numberAt[k]] = k;
        }

        for (var i = 0; i < n; i++)
        {
            rank[i] = rankOf[rank[i]];
        }

        return distinct;
    }

    /// <summary>A stable counting sort of rows by a key in [0, buckets): <paramref name="source"/> null means rows 0…n−1.</summary>
    public static void CountingSort(int[]? source, int[] key, int buckets, int[] target, int n)
    {
        var next = new int[buckets + 1];
        for (var i = 0; i < n; i++)
        {
            next[key[source is null ? i : source[i]] + 1]++;
        }

        for (var b = 1; b < buckets; b++)
        {
            next[b] += next[b - 1];
        }

        for (var i = 0; i < n; i++)
        {
            var row = source is null ? i : source[i];
            target[next[key[row]]++] = row;
        }
    }

    /// <summary>Numbers values 0, 1, … in order of first appearance (open addressing on the bit patterns, at most half full).</summary>
    private sealed class ValueNumbering
    {
        private ulong[] _bits = new ulong[64];
        private int[] _numbers = new int[64]; // number + 1; 0 marks an empty slot
        private double[] _values = new double[32];
        private int _count;

        public int Number(double value)
        {
            var bits = (ulong)BitConverter.DoubleToInt64Bits(value);
            var mask = _bits.Length - 1;
            var i = Slot(bits, mask);
            while (_numbers[i] != 0)
            {
                if (_bits[i] == bits)
                {
                    return _numbers[i] - 1;
                }

                i = (i + 1) & mask;
            }

            if (_count == _values.Length)
            {
                Array.Resize(ref _values, _count * 2);
            }

            _values[_count] = value;
            (_bits[i], _numbers[i]) = (bits, ++_count);
            if (_count * 2 > _bits.Length)
            {
                Grow();
            }

            return _count - 1;
        }

        /// <summary>The values numbered so far, in order of their numbers.</summary>
        public double[] Values() => _values[.._count];

        private void Grow()
        {
            var (bits, numbers) = (_bits, _numbers);
            _bits = new ulong[bits.Length * 2];
            _numbers = new int[bits.Length * 2];
            var mask = _bits.Length - 1;
            for (var j = 0; j < bits.Length; j++)
            {
                if (numbers[j] == 0)
                {
                    continue;
                }

                var i = Slot(bits[j], mask);
                while (_numbers[i] != 0)
                {
                    i = (i + 1) & mask;
                }

                (_bits[i], _numbers[i]) = (bits[j], numbers[j]);
            }
        }

        /// <summary>The home slot: the bits folded (round numbers differ only in their high bits) and mixed.</summary>
        private static int Slot(ulong bits, int mask)
        {
            var h = (bits ^ (bits >> 32)) * 0x9E3779B97F4A7C15UL;
            return (int)(h ^ (h >> 32)) & mask;
        }
    }
}

/// <summary>Summary rows sorted and merged: the distinct values of each column, each unique row's indices into them, its weight.</summary>
internal readonly record struct SortedSummary(
    double[] DistinctX,
    int[] XIndex,
    double[] DistinctRecency,
    int[] RecencyIndex,
    double[] DistinctAge,
    int[] AgeIndex,
    double[] Weight);

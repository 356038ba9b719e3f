using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>
/// Folds accepted summary rows into weighted unique (x, t_x, T) rows and their fingerprint in one pass: the same weight
/// sums, in the same order, as the models' own compression and <see cref="ClvDataFingerprint.Of(IEnumerable{CustomerSummary})"/>
/// compute from the rows, so a fit on the result is the fit on the rows.
/// </summary>
internal sealed class UniqueSummaryAccumulator
{
    private readonly Dictionary<(double X, double Tx, double T), double> _weights = new(HistoryComparer.Instance);
    private int _rows;
    private double _customers;
    private double _sumFrequency;
    private double _sumAge;

    /// <summary>Adds one accepted row.</summary>
    public void Add(double frequency, double recency, double age, double weight)
    {
        ref var sum = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_weights, (frequency, recency, age), out _);
        sum += weight;
        (_rows, _customers, _sumFrequency, _sumAge) = (_rows + 1, _customers + weight, _sumFrequency + (weight * frequency), _sumAge + (weight * age));
    }

    /// <summary>The fingerprint of the rows added so far.</summary>
    public ClvDataFingerprint Fingerprint => new(_rows, _customers, _sumFrequency, _sumAge);

    /// <summary>The unique rows, ordered by x, then t_x, then T.</summary>
    public CustomerSummary[] Rows()
    {
        var keys = _weights.Keys.ToArray();
        Array.Sort(keys, static (p, q) => p.X != q.X ? p.X.CompareTo(q.X) : p.Tx != q.Tx ? p.Tx.CompareTo(q.Tx) : p.T.CompareTo(q.T));
        var rows = new CustomerSummary[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            rows[i] = new CustomerSummary(keys[i].X, keys[i].Tx, keys[i].T, weight: _weights[keys[i]]);
        }

        return rows;
    }

    /// <summary>
    /// Equality of (x, t_x, T) as the default comparer has it for finite values (0 equals −0), with a hash that mixes all
    /// 64 bits of each value: round numbers (whole and half periods) differ only in their high bits, which the default
    /// hash of a double folds together, and collide.
    /// </summary>
    private sealed class HistoryComparer : IEqualityComparer<(double X, double Tx, double T)>
    {
        public static readonly HistoryComparer Instance = new();

        public bool Equals((double X, double Tx, double T) a, (double X, double Tx, double T) b) =>
            a.X.Equals(b.X) && a.Tx.Equals(b.Tx) && a.T.Equals(b.T);

        public int GetHashCode((double X, double Tx, double T) key)
        {
            var h = (Bits(key.X) * 0x9E3779B97F4A7C15UL) ^ (Bits(key.Tx) * 0xC2B2AE3D27D4EB4FUL) ^ (Bits(key.T) * 0x165667B19E3779F9UL);
            h ^= h >> 29;
            h *= 0xBF58476D1CE4E5B9UL;
            return (int)(h ^ (h >> 32));
        }

        private static ulong Bits(double value) => value == 0d ? 0UL : (ulong)BitConverter.DoubleToInt64Bits(value);
    }
}

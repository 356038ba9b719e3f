namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The per-row part of the BG/NBD-family log-likelihood at one point: each unique row's weighted log-likelihood term and
/// its three gradient terms, written to a buffer by chunks of rows that may run on several cores, and added up in row
/// order as the chunks are written, so the totals are the one-loop sums to the bit however the rows were split.
/// </summary>
/// <remarks>
/// The row's terms are ln[B(a, b+x′) (α+T)^−(r+x) + B(a+1, b+x′−1) (α+t_x)^−(r+x)] as a log-sum-exp of the two logs
/// (one <c>exp</c> and one <c>log</c> per row: the cost of a fit over many distinct rows), and its derivatives with
/// respect to r and α, and the weight of the second term (for a and b). When 1 + e rounds to 1, ln(1 + e) is 0 exactly
/// and is not computed.
/// </remarks>
internal readonly struct BgNbdFamilyRowTerms
{
    /// <summary>Terms written per row: ln L, the subtrahends of ∂/∂r and ∂/∂α, and the weight of the t_x term.</summary>
    public const int Stride = 4;

    /// <summary>Rows per chunk of work.</summary>
    private const int ChunkRows = 4096;

    /// <summary>From this many rows the chunks run in parallel (below, the hand-over costs more than it saves).</summary>
    private const int ParallelFrom = 4 * ChunkRows;

    private readonly SummaryRows _rows;
    private readonly double _r;
    private readonly double[] _lbA;
    private readonly double[] _lbB;
    private readonly double[] _logAT;
    private readonly double[] _invAT;
    private readonly double[] _logATx;
    private readonly double[] _invATx;
    private readonly double[] _terms;

    public BgNbdFamilyRowTerms(SummaryRows rows, double r, double[] lbA, double[] lbB, double[] logAT, double[] invAT, double[] logATx, double[] invATx, double[] terms)
    {
        (_rows, _r, _lbA, _lbB, _logAT, _invAT, _logATx, _invATx, _terms) = (rows, r, lbA, lbB, logAT, invAT, logATx, invATx, terms);
    }

    /// <summary>
    /// Writes every row's terms and adds them up in row order: ln L, ∂/∂r and ∂/∂α (their terms subtracted from 0), and
    /// into <paramref name="weightB"/> each x's sum of the t_x terms' weights. With many rows, the chunks are written on
    /// several cores while this thread adds up each chunk, in order, as soon as it is written (and writes chunks itself
    /// while the next one is not ready), so the sums overlap the writing. The additions are those of one plain loop in
    /// row order, however the chunks were shared out: the same values to the bit.
    /// </summary>
    /// <param name="parallel">Whether several cores may be used.</param>
    /// <param name="weightB">Receives each distinct x's weight of the t_x term (entries of no row are left as they are).</param>
    /// <returns>The log-likelihood's and the two gradients' per-row sums.</returns>
    public (double LogLikelihood, double R, double Alpha) FillAndSum(bool parallel, double[] weightB)
    {
        var n = _rows.Count;
        var sum = new RunningSum(_terms, _rows.XIndex, weightB);
        if (!parallel || n < ParallelFrom || Environment.ProcessorCount == 1)
        {
            Fill(0, n);
            sum.Add(0, n);
            return sum.Finish();
        }

        var chunks = new Chunks(this, (n + ChunkRows - 1) / ChunkRows);
        for (var helper = 1; helper < Math.Min(Environment.ProcessorCount, chunks.Count); helper++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static c => c.Help(), chunks, preferLocal: false);
        }

        for (var c = 0; c < chunks.Count; c++)
        {
            chunks.WaitFor(c);
            sum.Add(c * ChunkRows, Math.Min(n, (c + 1) * ChunkRows));
        }

        return sum.Finish();
    }

    /// <summary>Writes the terms of rows [from, to).</summary>
    private void Fill(int from, int to)
    {
        var rows = _rows;
        var terms = _terms;
        for (var i = from; i < to; i++)
        {
            var g = rows.XIndex[i];
            var w = rows.Weight[i];
            var rx = _r + rows.DistinctX[g];
            var ti = rows.AgeIndex[i];
            var termA = _lbA[g] - (rx * _logAT[ti]);
            var at = i * Stride;
            if (double.IsNegativeInfinity(_lbB[g]))
            {
                terms[at] = w * termA;
                terms[at + 1] = w * _logAT[ti];
                terms[at + 2] = w * rx * _invAT[ti];
                terms[at + 3] = 0d;
                continue;
            }

            var si = rows.RecencyIndex[i];
            var termB = _lbB[g] - (rx * _logATx[si]);
            var d = termB - termA;
            double lse, wB;
            if (d <= 0d)
            {
                var e = Math.Exp(d);
                var onePlus = 1d + e;
                lse = termA + (onePlus == 1d ? 0d : Math.Log(onePlus));
                wB = e / onePlus;
            }
            else
            {
                var e = Math.Exp(-d);
                var onePlus = 1d + e;
                lse = termB + (onePlus == 1d ? 0d : Math.Log(onePlus));
                wB = 1d / onePlus;
            }

            var wA = 1d - wB;
            terms[at] = w * lse;
            terms[at + 1] = w * ((wA * _logAT[ti]) + (wB * _logATx[si]));
            terms[at + 2] = w * rx * ((wA * _invAT[ti]) + (wB * _invATx[si]));
            terms[at + 3] = w * wB;
        }
    }

    /// <summary>The sums over the rows added so far, in row order (each x group's sum runs from 0: the rows are ordered by x).</summary>
    private struct RunningSum(double[] terms, int[] xIndex, double[] weightB)
    {
        private double _ll;
        private double _dr;
        private double _dAlpha;
        private double _groupB;
        private int _group;

        /// <summary>Adds rows [from, to), which follow the rows added so far (the sums run in locals: registers, not memory).</summary>
        public void Add(int from, int to)
        {
            double ll = _ll, dr = _dr, dAlpha = _dAlpha, groupB = _groupB;
            var group = _group;
            var span = terms.AsSpan(from * Stride, (to - from) * Stride);
            var xs = xIndex.AsSpan(from, to - from);
            for (var i = 0; i < xs.Length; i++)
            {
                var row = span.Slice(i * Stride, Stride);
                ll += row[0];
                dr -= row[1];
                dAlpha -= row[2];
                var x = xs[i];
                if (x != group)
                {
                    weightB[group] = groupB;
                    group = x;
                    groupB = 0d;
                }

                groupB += row[3];
            }

            (_ll, _dr, _dAlpha, _groupB, _group) = (ll, dr, dAlpha, groupB, group);
        }

        /// <summary>The totals, once every row has been added; the last x group's weight is written.</summary>
        public readonly (double LogLikelihood, double R, double Alpha) Finish()
        {
            weightB[_group] = _groupB;
            return (_ll, _dr, _dAlpha);
        }
    }

    /// <summary>
    /// The chunks of one evaluation: each is claimed once (by the thread that adds up or by a helper) and marked written;
    /// a helper that starts after every chunk was claimed does nothing.
    /// </summary>
    private sealed class Chunks(BgNbdFamilyRowTerms terms, int count)
    {
        private readonly int[] _written = new int[count];
        private int _next;

        public int Count => count;

        /// <summary>A helper's work: writes unclaimed chunks until none is left.</summary>
        public void Help()
        {
            while (TryWriteNext())
            {
            }
        }

        /// <summary>Returns once chunk <paramref name="chunk"/> is written, writing unclaimed chunks meanwhile.</summary>
        public void WaitFor(int chunk)
        {
            var spin = default(SpinWait);
            while (Volatile.Read(ref _written[chunk]) == 0)
            {
                if (!TryWriteNext())
                {
                    // Another thread is writing it (a chunk's work): spin or yield, never sleep a whole millisecond.
                    spin.SpinOnce(sleep1Threshold: -1);
                }
            }
        }

        private bool TryWriteNext()
        {
            var c = Interlocked.Increment(ref _next) - 1;
            if (c >= count)
            {
                return false;
            }

            terms.Fill(c * ChunkRows, Math.Min(terms._rows.Count, (c + 1) * ChunkRows));
            Volatile.Write(ref _written[c], 1);
            return true;
        }
    }
}

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The per-row part of the BG/NBD-family log-likelihood at one point: each unique row's weighted log-likelihood term and
/// its three gradient terms, written to a buffer by chunks of rows that may run on several cores. The caller then adds
/// the buffer up in row order, so the totals are the one-loop sums to the bit however the rows were split.
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

    /// <summary>Writes every row's terms, on several cores when the rows are many (the result does not depend on it).</summary>
    /// <param name="parallel">Whether several cores may be used.</param>
    public void FillAll(bool parallel)
    {
        var n = _rows.Count;
        if (!parallel || n < ParallelFrom || Environment.ProcessorCount == 1)
        {
            Fill(0, n);
            return;
        }

        var self = this;
        Parallel.For(0, (n + ChunkRows - 1) / ChunkRows, c => self.Fill(c * ChunkRows, Math.Min(n, (c + 1) * ChunkRows)));
    }

    /// <summary>
    /// Adds the rows' terms up in row order: ln L, ∂/∂r and ∂/∂α (their terms subtracted from 0), and into
    /// <paramref name="weightB"/> each x's sum of the t_x terms' weights (the rows are ordered by x, so each x's rows are
    /// consecutive and its sum runs from 0). The sums are kept in registers, one addition after the other as in a plain
    /// loop: the same values to the bit.
    /// </summary>
    /// <param name="terms">The terms written by <see cref="FillAll"/>.</param>
    /// <param name="xIndex">Each row's index into the distinct x values.</param>
    /// <param name="count">The rows.</param>
    /// <param name="weightB">Receives each distinct x's weight of the t_x term (entries of no row are left as they are).</param>
    /// <returns>The log-likelihood's and the two gradients' per-row sums.</returns>
    public static (double LogLikelihood, double R, double Alpha) Sum(double[] terms, int[] xIndex, int count, double[] weightB)
    {
        double ll = 0d, dr = 0d, dAlpha = 0d, groupB = 0d;
        var group = 0;
        var span = terms.AsSpan(0, count * Stride);
        var xs = xIndex.AsSpan(0, count);
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

        weightB[group] = groupB;
        return (ll, dr, dAlpha);
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
}

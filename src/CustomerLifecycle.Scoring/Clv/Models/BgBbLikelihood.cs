namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The BG/BB log-likelihood bound to weighted (x, t_x, n) rows, with its analytic gradient, for <see cref="MaximumLikelihood"/>.
/// </summary>
internal sealed class BgBbLikelihood : IWeightedLogLikelihood
{
    public const string Name = "bg-bb";

    private static readonly string[] Names = ["alpha", "beta", "gamma", "delta"];

    private readonly DiscreteSummary[] _rows;

    public BgBbLikelihood(IEnumerable<DiscreteSummary> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        _rows = [.. rows];
        foreach (var row in _rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
        }

        Customers = _rows.Sum(r => r.Weight);
    }

    public string ModelName => Name;

    public IReadOnlyList<string> ParameterNames => Names;

    public int Rows => _rows.Length;

    public double Customers { get; }

    public int DefaultStarts => 1;

    public bool HasGradient => true;

    public void InitialGuess(Span<double> parameters) => parameters.Fill(1d);

    public double LogLikelihood(ReadOnlySpan<double> parameters, Span<double> gradient)
    {
        double a = parameters[0], b = parameters[1], g = parameters[2], d = parameters[3];
        var total = 0d;
        if (gradient.IsEmpty)
        {
            foreach (var row in _rows)
            {
                total += row.Weight * RowLogLikelihood(a, b, g, d, row.Frequency, row.Recency, row.Periods);
            }

            return total;
        }

        gradient.Clear();
        Span<double> rowGradient = stackalloc double[4];
        Span<double> termGradient = stackalloc double[4];
        foreach (var row in _rows)
        {
            int x = row.Frequency, tx = row.Recency, n = row.Periods;
            var log = Term(n - x, 0d, n, termGradient);
            termGradient.CopyTo(rowGradient);
            for (var i = 0; i < n - tx; i++)
            {
                var term = Term(tx - x + i, 1d, tx + i, termGradient);
                var next = DiscreteMath.LogAddExp(log, term);
                double keep = Math.Exp(log - next), add = Math.Exp(term - next);
                for (var j = 0; j < 4; j++)
                {
                    rowGradient[j] = (rowGradient[j] * keep) + (termGradient[j] * add);
                }

                log = next;
            }

            total += row.Weight * log;
            for (var j = 0; j < 4; j++)
            {
                gradient[j] += row.Weight * rowGradient[j];
            }

            // ln B(α+x, β+u) − ln B(α, β) + ln B(γ+c, δ+v) − ln B(γ, δ) and its gradient.
            double Term(double u, double c, double v, Span<double> grad)
            {
                grad[0] = DiscreteMath.LogBetaRatioSlopeFirst(a, b, x, u);
                grad[1] = DiscreteMath.LogBetaRatioSlopeSecond(a, b, x, u);
                grad[2] = DiscreteMath.LogBetaRatioSlopeFirst(g, d, c, v);
                grad[3] = DiscreteMath.LogBetaRatioSlopeSecond(g, d, c, v);
                return DiscreteMath.LogBetaRatio(a, b, x, u) + DiscreteMath.LogBetaRatio(g, d, c, v);
            }
        }

        return total;
    }

    /// <summary>
    /// ln L(α, β, γ, δ | x, t_x, n) = ln[B(α+x, β+n−x)/B(α, β) · B(γ, δ+n)/B(γ, δ)
    /// + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α, β) · B(γ+1, δ+t_x+i)/B(γ, δ)], by log-sum-exp, with every ratio of
    /// Beta functions computed without cancellation (<see cref="DiscreteMath.LogBetaRatio"/>).
    /// </summary>
    internal static double RowLogLikelihood(double a, double b, double g, double d, int x, int tx, int n)
    {
        var log = DiscreteMath.LogBetaRatio(a, b, x, n - x) + DiscreteMath.LogBetaRatio(g, d, 0d, n);
        for (var i = 0; i < n - tx; i++)
        {
            log = DiscreteMath.LogAddExp(log, DiscreteMath.LogBetaRatio(a, b, x, tx - x + i) + DiscreteMath.LogBetaRatio(g, d, 1d, tx + i));
        }

        return log;
    }
}

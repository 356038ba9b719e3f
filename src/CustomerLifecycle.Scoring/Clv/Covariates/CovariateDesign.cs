namespace CustomerLifecycle.Scoring.Clv.Covariates;

/// <summary>The process a base parameter belongs to, for the covariate links.</summary>
internal enum CovariateProcess
{
    /// <summary>No covariate acts on the parameter (a shape such as r or s).</summary>
    None,

    /// <summary>The purchase (transaction) process.</summary>
    Transaction,

    /// <summary>The lifetime (dropout) process.</summary>
    Life,
}

/// <summary>How covariates act on one base parameter: p_i = p·exp(sign·η_process(i)).</summary>
/// <param name="Process">The process of the parameter.</param>
/// <param name="Sign">+1 or −1: the direction of the exponential link.</param>
internal readonly record struct CovariateLink(CovariateProcess Process, double Sign)
{
    public static CovariateLink Fixed => new(CovariateProcess.None, 0d);

    public static CovariateLink Transaction(double sign) => new(CovariateProcess.Transaction, sign);

    public static CovariateLink Life(double sign) => new(CovariateProcess.Life, sign);
}

/// <summary>
/// The layout of a covariate fit's parameter vector θ = (ln p₁ … ln p_k, γ_trans, γ_life, γ_constrained): the base
/// model's links, which covariate columns each coefficient block uses, and the L2 penalties.
/// </summary>
internal sealed class CovariateDesign
{
    public CovariateDesign(IReadOnlyList<string> baseNames, CovariateLink[] links, ClvCovariateOptions options)
    {
        BaseNames = baseNames;
        Links = links;
        Names = options.Names.ToArray();
        Transaction = Indices(options.TransactionNames);
        Life = Indices(options.LifeNames);
        Constrained = Indices(options.Constrained);
        TransactionPenalty = options.TransactionPenalty;
        LifePenalty = options.LifePenalty;
        Used = Transaction.Concat(Life).Concat(Constrained).Distinct().Order().ToArray();

        int[] Indices(IReadOnlyList<string> names) => names.Select(n => Array.IndexOf(Names, n)).ToArray();
    }

    public IReadOnlyList<string> BaseNames { get; }

    public CovariateLink[] Links { get; }

    public string[] Names { get; }

    /// <summary>Column indices of the purchase-process coefficients.</summary>
    public int[] Transaction { get; }

    /// <summary>Column indices of the lifetime-process coefficients.</summary>
    public int[] Life { get; }

    /// <summary>Column indices of the coefficients shared by both processes.</summary>
    public int[] Constrained { get; }

    /// <summary>Every column that some coefficient uses, ascending.</summary>
    public int[] Used { get; }

    public double TransactionPenalty { get; }

    public double LifePenalty { get; }

    public int BaseCount => BaseNames.Count;

    public int Dimension => BaseCount + Transaction.Length + Life.Length + Constrained.Length;

    /// <summary>Offset of the first γ_trans in θ.</summary>
    public int TransactionOffset => BaseCount;

    public int LifeOffset => BaseCount + Transaction.Length;

    public int ConstrainedOffset => LifeOffset + Life.Length;

    /// <summary>η_trans and η_life of one covariate vector at θ.</summary>
    public (double Transaction, double Life) LinearPredictors(ReadOnlySpan<double> theta, IReadOnlyList<double> z)
    {
        double shared = 0d, transaction = 0d, life = 0d;
        for (var c = 0; c < Constrained.Length; c++)
        {
            shared += theta[ConstrainedOffset + c] * z[Constrained[c]];
        }

        for (var c = 0; c < Transaction.Length; c++)
        {
            transaction += theta[TransactionOffset + c] * z[Transaction[c]];
        }

        for (var c = 0; c < Life.Length; c++)
        {
            life += theta[LifeOffset + c] * z[Life[c]];
        }

        return (transaction + shared, life + shared);
    }

    /// <summary>The individual base parameters p_i = p·exp(sign·η) of one covariate vector, written into <paramref name="destination"/>.</summary>
    public void IndividualParameters(ReadOnlySpan<double> theta, IReadOnlyList<double> z, Span<double> destination)
    {
        var (transaction, life) = LinearPredictors(theta, z);
        for (var j = 0; j < BaseCount; j++)
        {
            var link = Links[j];
            var eta = link.Process switch
            {
                CovariateProcess.Transaction => link.Sign * transaction,
                CovariateProcess.Life => link.Sign * life,
                _ => 0d,
            };
            destination[j] = Math.Exp(Math.Clamp(theta[j] + eta, -700d, 700d));
        }
    }

    /// <summary>The L2 penalty at θ; adds its gradient to <paramref name="gradient"/> when that is not empty.</summary>
    public double Penalty(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var penalty = 0d;
        Block(TransactionOffset, Transaction.Length, TransactionPenalty, theta, gradient);
        Block(LifeOffset, Life.Length, LifePenalty, theta, gradient);
        Block(ConstrainedOffset, Constrained.Length, TransactionPenalty + LifePenalty, theta, gradient);
        return penalty;

        void Block(int offset, int count, double lambda, ReadOnlySpan<double> t, Span<double> g)
        {
            if (lambda == 0d)
            {
                return;
            }

            for (var c = 0; c < count; c++)
            {
                var gamma = t[offset + c];
                penalty += lambda * gamma * gamma;
                if (!g.IsEmpty)
                {
                    g[offset + c] += 2d * lambda * gamma;
                }
            }
        }
    }

    /// <summary>The names of θ's entries: the base names, then transaction.X, life.X, constrained.X.</summary>
    public string[] ParameterNames() =>
        [
            .. BaseNames,
            .. Transaction.Select(c => "transaction." + Names[c]),
            .. Life.Select(c => "life." + Names[c]),
            .. Constrained.Select(c => "constrained." + Names[c]),
        ];
}

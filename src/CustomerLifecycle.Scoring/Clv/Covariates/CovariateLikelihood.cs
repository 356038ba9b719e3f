using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Covariates;

/// <summary>
/// The weighted log-likelihood of a base model whose parameters vary with time-invariant covariates: the customers are
/// grouped by covariate vector, each group is the base model's own weighted likelihood on its unique rows (so all of its
/// caching per distinct x, t_x and T still applies), evaluated at that group's individual parameters; the gradient with
/// respect to θ = (ln p, γ) follows by the chain rule from each group's analytic gradient.
/// </summary>
internal sealed class CovariateLikelihood
{
    private readonly IWeightedLogLikelihood[] _groups;
    private readonly IReadOnlyList<double>[] _values;
    private readonly double[] _individual;
    private readonly double[] _groupGradient;

    public CovariateLikelihood(CovariateDesign design, IWeightedLogLikelihood[] groups, IReadOnlyList<double>[] values)
    {
        Design = design;
        _groups = groups;
        _values = values;
        _individual = new double[design.BaseCount];
        _groupGradient = new double[design.BaseCount];
        Customers = groups.Sum(g => g.Customers);
        Rows = groups.Sum(g => g.Rows);
    }

    public CovariateDesign Design { get; }

    public double Customers { get; }

    public int Rows { get; }

    public int Groups => _groups.Length;

    /// <summary>The unpenalised log-likelihood at θ and, when <paramref name="gradient"/> is not empty, its gradient in θ.</summary>
    public double LogLikelihood(ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var design = Design;
        var k = design.BaseCount;
        var wantGradient = !gradient.IsEmpty;
        if (wantGradient)
        {
            gradient.Clear();
        }

        var ll = 0d;
        for (var g = 0; g < _groups.Length; g++)
        {
            var z = _values[g];
            design.IndividualParameters(theta, z, _individual);
            var groupLl = _groups[g].LogLikelihood(_individual, wantGradient ? _groupGradient : []);
            if (!double.IsFinite(groupLl))
            {
                return double.NegativeInfinity;
            }

            ll += groupLl;
            if (wantGradient)
            {
                Chain(design, z, gradient);
            }
        }

        return ll;
    }

    /// <summary>Adds one group's gradient, ∂ℓ/∂ln p_i = p_i·∂ℓ/∂p_i, to the θ gradient.</summary>
    private void Chain(CovariateDesign design, IReadOnlyList<double> z, Span<double> gradient)
    {
        double transaction = 0d, life = 0d;
        for (var j = 0; j < design.BaseCount; j++)
        {
            var s = _individual[j] * _groupGradient[j];
            if (!double.IsFinite(s))
            {
                s = 0d;
            }

            gradient[j] += s;
            var link = design.Links[j];
            if (link.Process == CovariateProcess.Transaction)
            {
                transaction += link.Sign * s;
            }
            else if (link.Process == CovariateProcess.Life)
            {
                life += link.Sign * s;
            }
        }

        for (var c = 0; c < design.Transaction.Length; c++)
        {
            gradient[design.TransactionOffset + c] += transaction * z[design.Transaction[c]];
        }

        for (var c = 0; c < design.Life.Length; c++)
        {
            gradient[design.LifeOffset + c] += life * z[design.Life[c]];
        }

        for (var c = 0; c < design.Constrained.Length; c++)
        {
            gradient[design.ConstrainedOffset + c] += (transaction + life) * z[design.Constrained[c]];
        }
    }
}

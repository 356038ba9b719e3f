namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The shape every probabilistic CLV model fits through (continuous-time and discrete alike): a fixed, weighted data set
/// bound to a model, whose total log-likelihood <see cref="MaximumLikelihood"/> maximises. All parameters are &gt; 0.
/// </summary>
internal interface IWeightedLogLikelihood
{
    /// <summary>The model name reported in the fit, e.g. "bg-nbd".</summary>
    string ModelName { get; }

    /// <summary>The parameter names in literature order; their count is the dimension.</summary>
    IReadOnlyList<string> ParameterNames { get; }

    /// <summary>Unique rows of the bound data.</summary>
    int Rows { get; }

    /// <summary>Customers represented: the sum of the weights (&gt; 0).</summary>
    double Customers { get; }

    /// <summary>How many starts a fit tries when the options do not say (1 for well-behaved surfaces).</summary>
    int DefaultStarts { get; }

    /// <summary>Whether <see cref="LogLikelihood"/> fills an analytic gradient; else the driver uses central differences.</summary>
    bool HasGradient { get; }

    /// <summary>Writes a sensible starting point (all values &gt; 0).</summary>
    /// <param name="parameters">Receives the start; length = <see cref="ParameterNames"/>.Count.</param>
    void InitialGuess(Span<double> parameters);

    /// <summary>The total weighted log-likelihood Σ wᵢ ln Lᵢ at the given natural-scale parameters (all &gt; 0).</summary>
    /// <param name="parameters">The parameters in literature order.</param>
    /// <param name="gradient">
    /// Empty to skip the gradient; otherwise (only when <see cref="HasGradient"/>) receives ∂LL/∂parameter on the natural scale.
    /// </param>
    /// <returns>The log-likelihood; finite for finite positive parameters, or −∞ where the data are impossible.</returns>
    double LogLikelihood(ReadOnlySpan<double> parameters, Span<double> gradient);
}

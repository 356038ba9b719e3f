namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>One fitted model parameter, named as in the literature (r, alpha, a, b, s, beta, p, q, v, gamma, delta).</summary>
/// <param name="Name">The literature name, e.g. "alpha".</param>
/// <param name="Value">The maximum-likelihood estimate; finite and &gt; 0 for every model here.</param>
/// <param name="StandardError">
/// The asymptotic standard error from the inverse Hessian of the negative log-likelihood (delta method from the log scale the
/// fit works on); null when the Hessian at the optimum is not positive definite (see <see cref="ClvModelFit.StandardErrorsUnavailableReason"/>).
/// </param>
public sealed record ClvParameter(string Name, double Value, double? StandardError);

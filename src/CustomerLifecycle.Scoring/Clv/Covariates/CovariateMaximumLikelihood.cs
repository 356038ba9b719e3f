using System.Globalization;
using CustomerLifecycle.Scoring.Clv.Models;
using MathNet.Numerics.LinearAlgebra;

namespace CustomerLifecycle.Scoring.Clv.Covariates;

/// <summary>
/// Maximises the penalised covariate log-likelihood over θ = (ln p, γ) with the BFGS iteration of the plain fits: first
/// the plain model on the pooled rows, whose estimate with every coefficient 0 is the first start; further starts
/// perturb it deterministically. Standard errors come from the inverse Hessian of the penalised negative
/// log-likelihood (differences of the analytic gradient), by the delta method p·SE(ln p) for the base parameters.
/// </summary>
internal static class CovariateMaximumLikelihood
{
    /// <summary>A failed trial point's objective: large and finite, so the line search backs off.</summary>
    private const double Failed = 1e100;

    private const double PerturbationHalfWidth = 1.5d;

    private const double CoefficientPerturbationHalfWidth = 0.5d;

    public static (ClvModelFit Fit, double Penalty) Fit(CovariateLikelihood likelihood, IWeightedLogLikelihood pooled, ClvCovariateOptions options)
    {
        var design = likelihood.Design;
        var plain = MaximumLikelihood.Fit(pooled, options.Fit);
        var start = new double[design.Dimension];
        for (var j = 0; j < design.BaseCount; j++)
        {
            start[j] = Math.Log(plain.Parameters[j].Value);
        }

        var starts = options.Fit.Starts ?? pooled.DefaultStarts;
        var random = new Random(20050101);
        BfgsOutcome? best = null;
        for (var s = 0; s < starts; s++)
        {
            var theta = (double[])start.Clone();
            if (s > 0)
            {
                for (var i = 0; i < theta.Length; i++)
                {
                    var width = i < design.BaseCount ? PerturbationHalfWidth : CoefficientPerturbationHalfWidth;
                    theta[i] += width * ((2d * random.NextDouble()) - 1d);
                }
            }

            var outcome = new ScaledBfgsMinimizer(options.Fit.Tolerance, options.Fit.MaxIterations, Failed)
                .Minimize((point, gradient) => Objective(likelihood, point, gradient), theta);
            if (best is null || outcome.Value < best.Value - 1e-12)
            {
                best = outcome;
            }
        }

        return Finish(likelihood, pooled.ModelName, best!, options.Fit.Tolerance);
    }

    /// <summary>The penalised negative log-likelihood per customer and its gradient in θ.</summary>
    internal static double Objective(CovariateLikelihood likelihood, ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var n = likelihood.Customers;
        var ll = likelihood.LogLikelihood(theta, gradient);
        if (!double.IsFinite(ll))
        {
            gradient.Clear();
            return Failed;
        }

        if (!gradient.IsEmpty)
        {
            for (var i = 0; i < gradient.Length; i++)
            {
                gradient[i] = double.IsFinite(gradient[i]) ? -gradient[i] : 0d;
            }
        }

        var penalty = likelihood.Design.Penalty(theta, gradient);
        if (!gradient.IsEmpty)
        {
            for (var i = 0; i < gradient.Length; i++)
            {
                gradient[i] /= n;
            }
        }

        return (-ll + penalty) / n;
    }

    private static (ClvModelFit Fit, double Penalty) Finish(CovariateLikelihood likelihood, string model, BfgsOutcome best, double tolerance)
    {
        var design = likelihood.Design;
        var theta = best.Point;
        var k = theta.Length;
        var names = design.ParameterNames();
        var values = new double[k];
        for (var i = 0; i < k; i++)
        {
            values[i] = i < design.BaseCount ? Math.Exp(Math.Clamp(theta[i], -700d, 700d)) : theta[i];
        }

        var penalty = design.Penalty(theta, []);
        var logLikelihood = likelihood.LogLikelihood(theta, []);
        var converged = false;
        string message;
        double[]? standardErrors = null;
        string? reason = "the fit did not converge";
        var outOfBounds = Enumerable.Range(0, k).FirstOrDefault(i => Math.Abs(theta[i]) > MaximumLikelihood.LogParameterBound, -1);
        if (!double.IsFinite(logLikelihood) || best.Value >= Failed)
        {
            message = "no start reached a point where the data are possible (the log-likelihood stayed −∞)";
            logLikelihood = double.MinValue;
        }
        else if (outOfBounds >= 0)
        {
            message = string.Create(CultureInfo.InvariantCulture, $"{names[outOfBounds]} ran to the boundary ({values[outOfBounds]:G4}): the data do not identify it");
        }
        else
        {
            var gradient = new double[k];
            var value = Objective(likelihood, theta, gradient);
            var relative = ScaledBfgsMinimizer.RelativeGradient(theta, value, gradient);
            converged = relative <= 10d * tolerance;
            message = converged
                ? best.Message
                : string.Create(CultureInfo.InvariantCulture, $"{best.Message}; relative gradient {relative:G3} above tolerance {tolerance:G3}");
            if (converged)
            {
                reason = StandardErrors(likelihood, theta, out standardErrors);
                if (reason is not null)
                {
                    converged = false;
                    message = $"{message}, but {reason}";
                }
            }
        }

        var parameters = new ClvParameter[k];
        for (var i = 0; i < k; i++)
        {
            var se = standardErrors?[i];
            parameters[i] = new ClvParameter(names[i], values[i], se is null ? null : i < design.BaseCount ? values[i] * se : se);
        }

        return (new ClvModelFit(model, parameters, logLikelihood, best.Iterations, converged, message, likelihood.Rows, likelihood.Customers, reason), penalty);
    }

    /// <summary>Standard errors of θ from the inverse Hessian of the total penalised NLL; returns why not, or null.</summary>
    private static string? StandardErrors(CovariateLikelihood likelihood, double[] theta, out double[]? standardErrors)
    {
        standardErrors = null;
        var k = theta.Length;
        var n = likelihood.Customers;
        var h = GradientHessian.Of((point, gradient) => Objective(likelihood, point, gradient), theta);
        var matrix = Matrix<double>.Build.DenseOfArray(h) * n;
        if (matrix.Enumerate().Any(v => !double.IsFinite(v)))
        {
            return "the Hessian at the optimum is not finite";
        }

        Matrix<double> inverse;
        try
        {
            inverse = matrix.Cholesky().Solve(Matrix<double>.Build.DenseIdentity(k));
        }
        catch (ArgumentException)
        {
            return "the Hessian at the optimum is not positive definite (a covariate without variation, or a flat likelihood surface)";
        }

        var result = new double[k];
        for (var i = 0; i < k; i++)
        {
            var variance = inverse[i, i];
            if (!(variance > 0d) || !double.IsFinite(variance))
            {
                return "the inverse Hessian has a non-positive variance";
            }

            result[i] = Math.Sqrt(variance);
        }

        standardErrors = result;
        return null;
    }
}

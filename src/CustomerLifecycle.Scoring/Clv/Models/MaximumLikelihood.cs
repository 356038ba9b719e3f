using System.Globalization;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// The maximum-likelihood driver shared by every CLV model: minimises the weighted mean negative log-likelihood over the
/// log-parameters with a BFGS iteration that ends by returning, never by throwing (<see cref="ScaledBfgsMinimizer"/>) (analytic gradients when the model has them, else central differences), from one or
/// more deterministic starts, then takes a numerical Hessian at the optimum for standard errors (delta method from the
/// log scale: SE(p) = p·SE(ln p)).
/// </summary>
internal static class MaximumLikelihood
{
    /// <summary>|ln p| beyond this (p outside about [1e-11, 7e10]) counts as running to the boundary: not identified.</summary>
    internal const double LogParameterBound = 25d;

    /// <summary>A failed trial point's objective: large and finite, so the line search backs off instead of throwing.</summary>
    private const double Penalty = 1e100;

    /// <summary>A standard error of ln p above this (a 95 % interval wider than a factor e^±10) means p is not identified.</summary>
    internal const double LogStandardErrorBound = 5d;

    /// <summary>The largest |ln p| reported: e^700 is still a finite double.</summary>
    private const double MaxLogParameter = 700d;

    private const double PerturbationHalfWidth = 1.5d;

    /// <summary>Fits the model to its bound data.</summary>
    /// <param name="model">The model bound to its weighted data.</param>
    /// <param name="options">Fit options, or null for the defaults.</param>
    /// <returns>The fit; <see cref="ClvModelFit.Converged"/> false (with a reason) when no start converged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or the model has no data.</exception>
    public static ClvModelFit Fit(IWeightedLogLikelihood model, ClvFitOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options = OptionsGuard.Valid<ClvFitOptions, ClvFitOptionsValidator>(options ?? new ClvFitOptions(), nameof(options));
        if (model.Rows == 0 || !(model.Customers > 0d))
        {
            throw new ArgumentException($"A {model.ModelName} fit needs at least one row with positive weight.", nameof(model));
        }

        var k = model.ParameterNames.Count;
        var start = new double[k];
        model.InitialGuess(start);
        var logStart = new double[k];
        for (var i = 0; i < k; i++)
        {
            logStart[i] = Math.Log(start[i]);
        }

        var starts = options.Starts ?? model.DefaultStarts;
        var random = new Random(20050101); // fixed seed: the same data and options always give the same fit
        Attempt? best = null;
        for (var s = 0; s < starts; s++)
        {
            var theta = (double[])logStart.Clone();
            if (s > 0)
            {
                for (var i = 0; i < k; i++)
                {
                    theta[i] += PerturbationHalfWidth * ((2d * random.NextDouble()) - 1d);
                }
            }

            var attempt = Run(model, theta, options);
            if (best is null || attempt.IsBetterThan(best))
            {
                best = attempt;
            }
        }

        return Finish(model, best!, options);
    }

    /// <summary>The mean negative log-likelihood and its gradient with respect to the log-parameters.</summary>
    internal static double Objective(IWeightedLogLikelihood model, ReadOnlySpan<double> theta, Span<double> gradient)
    {
        var k = theta.Length;
        Span<double> p = stackalloc double[k];
        for (var i = 0; i < k; i++)
        {
            p[i] = Math.Exp(Math.Clamp(theta[i], -700d, 700d));
        }

        var n = model.Customers;
        if (gradient.IsEmpty)
        {
            var ll = model.LogLikelihood(p, []);
            return double.IsFinite(ll) ? -ll / n : Penalty;
        }

        if (model.HasGradient)
        {
            var ll = model.LogLikelihood(p, gradient);
            if (!double.IsFinite(ll))
            {
                gradient.Clear();
                return Penalty;
            }

            for (var i = 0; i < k; i++)
            {
                gradient[i] = double.IsFinite(gradient[i]) ? -gradient[i] * p[i] / n : 0d;
            }

            return -ll / n;
        }

        var f = Objective(model, theta, []);
        Span<double> shifted = stackalloc double[k];
        theta.CopyTo(shifted);
        const double h = 1e-6;
        for (var i = 0; i < k; i++)
        {
            shifted[i] = theta[i] + h;
            var up = Objective(model, shifted, []);
            shifted[i] = theta[i] - h;
            var down = Objective(model, shifted, []);
            shifted[i] = theta[i];
            gradient[i] = up < Penalty && down < Penalty ? (up - down) / (2d * h) : 0d;
        }

        return f;
    }

    private static Attempt Run(IWeightedLogLikelihood model, double[] theta, ClvFitOptions options)
    {
        // Parameter and progress tolerances far below the gradient tolerance: the gradient test decides convergence.
        var outcome = new ScaledBfgsMinimizer(options.Tolerance, options.MaxIterations, Penalty)
            .Minimize((point, gradient) => Objective(model, point, gradient), theta);
        return new Attempt(outcome.Point, outcome.Value, outcome.Iterations, outcome.Message, outcome.Gradient);
    }

    private static ClvModelFit Finish(IWeightedLogLikelihood model, Attempt best, ClvFitOptions options)
    {
        var k = best.Theta.Length;
        var names = model.ParameterNames;
        var values = new double[k];
        for (var i = 0; i < k; i++)
        {
            // A parameter that ran off to the boundary must still be reported as a finite number (the fit then says it did not converge).
            values[i] = Math.Exp(Math.Clamp(best.Theta[i], -MaxLogParameter, MaxLogParameter));
        }

        var logLikelihood = best.MeanNll < Penalty ? -best.MeanNll * model.Customers : double.NegativeInfinity;
        string message;
        var converged = false;
        var outOfBounds = Enumerable.Range(0, k).FirstOrDefault(i => Math.Abs(best.Theta[i]) > LogParameterBound, -1);
        if (!double.IsFinite(logLikelihood))
        {
            message = "no start reached a point where the data are possible (the log-likelihood stayed −∞)";
            logLikelihood = double.MinValue;
        }
        else if (outOfBounds >= 0)
        {
            message = string.Create(
                CultureInfo.InvariantCulture,
                $"parameter {names[outOfBounds]} ran to the boundary ({values[outOfBounds]:G4}): the data do not identify it");
        }
        else
        {
            var gradient = RelativeGradient(model, best.Theta, best.MeanNll, best.Gradient);
            converged = gradient <= 10d * options.Tolerance;
            message = converged
                ? best.Message
                : string.Create(CultureInfo.InvariantCulture, $"{best.Message}; relative gradient {gradient:G3} above tolerance {options.Tolerance:G3}");
        }

        double[]? standardErrors = null;
        double[,]? covariance = null;
        string? reason;
        if (!converged)
        {
            reason = "the fit did not converge";
        }
        else
        {
            reason = StandardErrors(model, best.Theta, out standardErrors, out covariance);
            if (reason is not null)
            {
                // Without a usable curvature at the optimum the data do not pin the parameters down: never report that as converged.
                converged = false;
                message = string.Create(CultureInfo.InvariantCulture, $"{message}, but {reason}");
            }

            var flat = standardErrors is null ? -1 : Enumerable.Range(0, k).FirstOrDefault(i => standardErrors[i] / values[i] > LogStandardErrorBound, -1);
            if (flat >= 0)
            {
                converged = false;
                message = string.Create(
                    CultureInfo.InvariantCulture,
                    $"parameter {names[flat]} = {values[flat]:G4} is not identified by the data (standard error of its log {standardErrors![flat] / values[flat]:G3}); the likelihood is flat towards the boundary");
            }
        }

        var parameters = new ClvParameter[k];
        for (var i = 0; i < k; i++)
        {
            parameters[i] = new ClvParameter(names[i], values[i], standardErrors?[i]);
        }

        return new ClvModelFit(model.ModelName, parameters, logLikelihood, best.Iterations, converged, message, model.Rows, model.Customers, reason)
        {
            LogParameterCovariance = reason is null ? ClvModelFit.CovarianceRows(covariance) : null,
        };
    }

    private static double RelativeGradient(IWeightedLogLikelihood model, double[] theta, double value, double[]? known)
    {
        var g = known;
        if (g is null)
        {
            g = new double[theta.Length];
            Objective(model, theta, g);
        }

        return ScaledBfgsMinimizer.RelativeGradient(theta, value, g);
    }

    /// <summary>Standard errors from a central-difference Hessian of the total NLL in log-parameters; returns why not, or null.</summary>
    private static string? StandardErrors(IWeightedLogLikelihood model, double[] theta, out double[]? standardErrors, out double[,]? covariance)
    {
        standardErrors = null;
        covariance = null;
        var k = theta.Length;
        var hessian = Hessian(model, theta);
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                if (!double.IsFinite(hessian[i, j]))
                {
                    return "the Hessian at the optimum is not finite";
                }
            }
        }

        var inverse = SymmetricMatrix.Inverse(hessian, model.Customers);
        if (inverse is null)
        {
            return "the Hessian at the optimum is not positive definite (a flat or degenerate likelihood surface)";
        }

        var result = new double[k];
        for (var i = 0; i < k; i++)
        {
            var variance = inverse[i, i];
            if (!(variance > 0d) || !double.IsFinite(variance))
            {
                return "the inverse Hessian has a non-positive variance";
            }

            result[i] = Math.Exp(theta[i]) * Math.Sqrt(variance);
            if (!double.IsFinite(result[i]))
            {
                return "a standard error overflows (the parameter is far outside the range the data inform)";
            }
        }

        standardErrors = result;
        covariance = inverse;
        return null;
    }

    /// <summary>The Hessian of the mean NLL in log-parameters: differences of the gradient, or second differences of the value.</summary>
    private static double[,] Hessian(IWeightedLogLikelihood model, double[] theta)
    {
        if (model.HasGradient)
        {
            return GradientHessian.Of((point, gradient) => Objective(model, point, gradient), theta);
        }

        var k = theta.Length;
        var h = new double[k, k];
        const double step = 1e-4;
        var f0 = Objective(model, theta, []);
        for (var i = 0; i < k; i++)
        {
            for (var j = i; j < k; j++)
            {
                h[i, j] = i == j
                    ? (Shifted(i, step, i, 0d) - (2d * f0) + Shifted(i, -step, i, 0d)) / (step * step)
                    : (Shifted(i, step, j, step) - Shifted(i, step, j, -step) - Shifted(i, -step, j, step) + Shifted(i, -step, j, -step)) / (4d * step * step);
            }
        }

        for (var i = 0; i < k; i++)
        {
            for (var j = i + 1; j < k; j++)
            {
                var mean = 0.5d * (h[i, j] + h[j, i]);
                h[i, j] = mean;
                h[j, i] = mean;
            }
        }

        return h;

        double Shifted(int i, double di, int j, double dj)
        {
            var point = (double[])theta.Clone();
            point[i] += di;
            point[j] += dj;
            return Objective(model, point, []);
        }
    }

    private sealed record Attempt(double[] Theta, double MeanNll, int Iterations, string Message, double[]? Gradient = null)
    {
        public bool IsBetterThan(Attempt other) => MeanNll < other.MeanNll - 1e-12;
    }
}

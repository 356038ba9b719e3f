using System.Globalization;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// A plain BFGS minimiser with a weak-Wolfe bisection line search (Armijo constant 1e-4, curvature constant 0.9) that
/// ends every run by returning, never by throwing. Two choices set how it starts: the first trial moves no coordinate by
/// more than <see cref="FirstStepLength"/>, and before the first update the identity inverse Hessian is scaled by
/// sᵀy/yᵀy (Shanno &amp; Phua 1978; Nocedal &amp; Wright, Numerical Optimization, eq. 6.20), so the second step already has
/// the curvature's scale. The run stops at the first evaluated point whose relative gradient
/// max |gᵢ|·max(|θᵢ|, 1) / max(|f|, 1) is below the tolerance (a line search's trial point included), when the
/// parameters stop moving, or after the iteration limit; the result is then the best point evaluated.
/// </summary>
/// <param name="tolerance">The relative-gradient tolerance.</param>
/// <param name="maximumIterations">The most search directions, ≥ 1.</param>
/// <param name="failedValue">The value the objective returns where it is undefined; such points never count as converged.</param>
internal sealed class ScaledBfgsMinimizer(double tolerance, int maximumIterations, double failedValue)
{
    /// <summary>The largest change of any coordinate the first line-search trial makes.</summary>
    internal const double FirstStepLength = 0.25d;

    private const double ParameterTolerance = 1e-15;
    private const double LineSearchParameterTolerance = 1e-10;
    private const int LineSearchIterations = 1000;
    private const double SufficientDecrease = 1e-4;
    private const double Curvature = 0.9d;

    /// <summary>Minimises <paramref name="objective"/> (value, and gradient written into its second argument) from <paramref name="start"/>.</summary>
    /// <param name="objective">The objective; it must not keep the arrays it is given.</param>
    /// <param name="start">The starting point (not changed).</param>
    /// <returns>The best point found and why the run stopped.</returns>
    public BfgsOutcome Minimize(Func<double[], double[], double> objective, double[] start)
    {
        var run = new Run(objective, tolerance, failedValue, start);
        try
        {
            return Iterate(run, start);
        }
        catch (ArithmeticException ex)
        {
            // A likelihood whose series cannot converge at a trial point: the best point so far is the result.
            return run.Outcome(run.Evaluations, string.Create(CultureInfo.InvariantCulture, $"the optimiser stopped after {run.Evaluations} evaluations: {ex.Message}"));
        }
    }

    /// <summary>max |gᵢ|·max(|θᵢ|, 1) / max(|f|, 1): the convergence measure.</summary>
    internal static double RelativeGradient(ReadOnlySpan<double> theta, double value, ReadOnlySpan<double> gradient)
    {
        var normaliser = Math.Max(Math.Abs(value), 1d);
        var worst = 0d;
        for (var i = 0; i < theta.Length; i++)
        {
            worst = Math.Max(worst, Math.Abs(gradient[i]) * Math.Max(Math.Abs(theta[i]), 1d) / normaliser);
        }

        return worst;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0d;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double[] Times(double[,] matrix, double[] vector)
    {
        var k = vector.Length;
        var result = new double[k];
        for (var i = 0; i < k; i++)
        {
            var sum = 0d;
            for (var j = 0; j < k; j++)
            {
                sum += matrix[i, j] * vector[j];
            }

            result[i] = sum;
        }

        return result;
    }

    private static double[,] Identity(int k)
    {
        var h = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            h[i, i] = 1d;
        }

        return h;
    }

    private static double[] Negated(double[] v) => Array.ConvertAll(v, x => -x);

    private static double FirstStep(double[] direction) => Math.Min(1d, FirstStepLength / direction.Max(Math.Abs));

    private BfgsOutcome Iterate(Run run, double[] start)
    {
        var candidate = run.Evaluate(start);
        if (run.Met is not null)
        {
            return run.Outcome(1, "gradient below tolerance");
        }

        var direction = Negated(candidate.Gradient);
        var search = LineSearch(run, candidate, direction, FirstStep(direction));
        if (run.Met is not null)
        {
            return run.Outcome(1, "gradient below tolerance");
        }

        if (search is null)
        {
            return LineSearchFailed(run);
        }

        var inverseHessian = Identity(start.Length);
        var scale = true;
        var step = Difference(search.Point, candidate.Point);
        var previous = candidate;
        candidate = search;
        for (var iteration = 1; iteration < maximumIterations; iteration++)
        {
            direction = Direction(ref inverseHessian, ref scale, previous, candidate, step, out var firstStep);
            search = LineSearch(run, candidate, direction, firstStep);
            if (run.Met is not null)
            {
                return run.Outcome(iteration, "gradient below tolerance");
            }

            if (search is null)
            {
                return LineSearchFailed(run);
            }

            step = Difference(search.Point, candidate.Point);
            previous = candidate;
            candidate = search;
            if (Stopped(candidate, previous) is { } reason)
            {
                return run.Outcome(iteration, reason);
            }
        }

        return run.Outcome(maximumIterations, string.Create(CultureInfo.InvariantCulture, $"stopped after {maximumIterations} iterations without meeting the tolerance"));
    }

    private static BfgsOutcome LineSearchFailed(Run run) =>
        run.Outcome(run.Evaluations, string.Create(CultureInfo.InvariantCulture, $"the optimiser stopped after {run.Evaluations} evaluations: the line search found no acceptable step"));

    private static double[] Difference(double[] a, double[] b)
    {
        var d = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            d[i] = a[i] - b[i];
        }

        return d;
    }

    private string? Stopped(Evaluation candidate, Evaluation previous)
    {
        if (RelativeGradient(candidate.Point, candidate.Value, candidate.Gradient) < tolerance)
        {
            return "gradient below tolerance";
        }

        var progress = 0d;
        for (var i = 0; i < candidate.Point.Length; i++)
        {
            progress = Math.Max(progress, Math.Abs(candidate.Point[i] - previous.Point[i]) / Math.Max(Math.Abs(previous.Point[i]), 1d));
        }

        return progress < ParameterTolerance ? "no further progress in the objective" : null;
    }

    /// <summary>The BFGS update of the inverse Hessian H with s = step, y = Δgradient, then the direction −H·g.</summary>
    private static double[] Direction(ref double[,] h, ref bool scale, Evaluation previous, Evaluation candidate, double[] s, out double firstStep)
    {
        var k = s.Length;
        firstStep = 1d;
        var y = Difference(candidate.Gradient, previous.Gradient);
        var sy = Dot(s, y);
        if (sy > 0d && double.IsFinite(sy))
        {
            if (scale)
            {
                var factor = sy / Dot(y, y);
                for (var i = 0; i < k; i++)
                {
                    for (var j = 0; j < k; j++)
                    {
                        h[i, j] *= factor;
                    }
                }

                scale = false;
            }

            // H⁺ = H + (sᵀy + yᵀHy)/(sᵀy)² · ssᵀ − (Hy sᵀ + s yᵀH)/(sᵀy); H is symmetric, so yᵀH = (Hy)ᵀ.
            var hy = Times(h, y);
            var c = (sy + Dot(y, hy)) / (sy * sy);
            for (var i = 0; i < k; i++)
            {
                for (var j = 0; j < k; j++)
                {
                    h[i, j] = h[i, j] + (s[i] * s[j] * c) - (((hy[i] * s[j]) + (s[i] * hy[j])) / sy);
                }
            }
        }

        // Without positive curvature along the step the update is skipped; if H no longer gives a descent direction, restart.
        var direction = Negated(Times(h, candidate.Gradient));
        if (!(Dot(direction, candidate.Gradient) < 0d))
        {
            h = Identity(k);
            scale = true;
            direction = Negated(candidate.Gradient);
            firstStep = FirstStep(direction);
        }

        return direction;
    }

    /// <summary>
    /// A weak-Wolfe step by bisection (doubling while the upper bound is open): the accepted point, or the last one tried
    /// once the bracket is narrower than the parameter tolerance; null when no bracket closed within the limit.
    /// </summary>
    private static Evaluation? LineSearch(Run run, Evaluation from, double[] direction, double initialStep)
    {
        var lower = 0d;
        var upper = double.PositiveInfinity;
        var step = initialStep;
        var slope = Dot(direction, from.Gradient);
        var k = direction.Length;
        var trial = new double[k];
        for (var iteration = 0; iteration < LineSearchIterations; iteration++)
        {
            for (var i = 0; i < k; i++)
            {
                trial[i] = from.Point[i] + (direction[i] * step);
            }

            var at = run.Evaluate(trial);
            if (run.Met is not null)
            {
                return at;
            }

            if (at.Value > from.Value + (SufficientDecrease * step * slope))
            {
                upper = step;
                step = 0.5d * (lower + upper);
            }
            else if (Dot(direction, at.Gradient) < Curvature * slope)
            {
                lower = step;
                step = double.IsPositiveInfinity(upper) ? 2d * lower : 0.5d * (lower + upper);
            }
            else
            {
                return at;
            }

            if (!double.IsPositiveInfinity(upper))
            {
                var change = 0d;
                for (var i = 0; i < k; i++)
                {
                    change = Math.Max(change, Math.Abs(direction[i] * (upper - lower)) / Math.Max(Math.Abs(at.Point[i]), 1d));
                }

                if (change < LineSearchParameterTolerance)
                {
                    return at;
                }
            }

            if (iteration == LineSearchIterations - 1)
            {
                return double.IsPositiveInfinity(upper) ? null : at;
            }
        }

        return null;
    }

    /// <summary>One evaluated point.</summary>
    private sealed record Evaluation(double[] Point, double Value, double[] Gradient);

    /// <summary>The evaluations of one run: the best point so far, and the first that met the tolerance.</summary>
    private sealed class Run(Func<double[], double[], double> objective, double tolerance, double failedValue, double[] start)
    {
        private Evaluation? _best;

        public Evaluation? Met { get; private set; }

        public int Evaluations { get; private set; }

        public Evaluation Evaluate(double[] point)
        {
            var x = (double[])point.Clone();
            var g = new double[x.Length];
            var f = objective(x, g);
            var e = new Evaluation(x, f, g);
            Evaluations++;
            if (_best is null || f < _best.Value)
            {
                _best = e;
            }

            if (f < failedValue && RelativeGradient(x, f, g) < tolerance)
            {
                Met = e;
            }

            return e;
        }

        public BfgsOutcome Outcome(int iterations, string message)
        {
            var result = Met ?? _best;
            return result is null
                ? new BfgsOutcome((double[])start.Clone(), double.PositiveInfinity, null, iterations, message)
                : new BfgsOutcome(result.Point, result.Value, result.Gradient, iterations, message);
        }
    }
}

/// <summary>The end of a BFGS run: the reported point, its value and gradient (null if nothing was evaluated), iterations, and why it stopped.</summary>
internal sealed record BfgsOutcome(double[] Point, double Value, double[]? Gradient, int Iterations, string Message);

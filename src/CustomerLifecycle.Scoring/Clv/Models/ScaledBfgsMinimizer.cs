using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using MathNet.Numerics.Optimization.LineSearch;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// MathNet's BFGS iteration (<see cref="BfgsMinimizerBase"/>: weak-Wolfe line search, relative-gradient test) with two
/// changes to how it starts. MathNet's <see cref="BfgsMinimizer"/> first tries a step of 100·tolerance/|g|², which at a
/// 1e-8 tolerance is about 1e-6 and costs a dozen doublings of the line search; here the first trial moves no
/// (log-)parameter by more than <see cref="FirstStepLength"/>. And before the first update the identity inverse Hessian
/// is scaled by sᵀy/yᵀy (Shanno &amp; Phua 1978; Nocedal &amp; Wright, Numerical Optimization, eq. 6.20), so the second
/// step already has the curvature's scale.
/// </summary>
internal sealed class ScaledBfgsMinimizer(double gradientTolerance, double parameterTolerance, double functionProgressTolerance, int maximumIterations)
    : BfgsMinimizerBase(gradientTolerance, parameterTolerance, functionProgressTolerance, maximumIterations)
{
    /// <summary>The largest change of any coordinate the first line-search trial makes.</summary>
    internal const double FirstStepLength = 0.25d;

    private bool _scaleBeforeUpdate;

    /// <summary>Iterations (search directions) started so far; still right when an evaluation ends the run by throwing.</summary>
    public int Iterations { get; private set; }

    /// <summary>Minimises <paramref name="objective"/> (value and gradient) from <paramref name="initialGuess"/>.</summary>
    /// <exception cref="MaximumIterationsException">The iteration limit was reached first.</exception>
    /// <exception cref="EvaluationException">The objective or its gradient is not finite at the start.</exception>
    /// <exception cref="InnerOptimizationException">A line search failed.</exception>
    public MinimizationResult FindMinimum(IObjectiveFunction objective, Vector<double> initialGuess)
    {
        objective.EvaluateAt(initialGuess);
        ValidateGradientAndObjective(objective);
        var exit = ExitCriteriaSatisfied(objective, null, 0);
        if (exit != ExitCondition.None)
        {
            return new MinimizationResult(objective, 0, exit);
        }

        var lineSearcher = new WeakWolfeLineSearch(1e-4, 0.9, Math.Max(ParameterTolerance, 1e-10), 1000);
        Iterations = 0;
        var inverseHessian = Matrix<double>.Build.DenseIdentity(initialGuess.Count);
        var direction = -objective.Gradient;
        var firstStep = Math.Min(1d, FirstStepLength / direction.InfinityNorm());
        LineSearchResult search;
        try
        {
            search = lineSearcher.FindConformingStep(objective, direction, firstStep);
        }
        catch (Exception ex) when (ex is OptimizationException or ArgumentException)
        {
            throw new InnerOptimizationException("Line search failed.", ex);
        }

        IObjectiveFunction previous = objective;
        IObjectiveFunction candidate = search.FunctionInfoAtMinimum;
        ValidateGradientAndObjective(candidate);
        var step = candidate.Point - initialGuess;
        var lineSearchSteps = search.Iterations;
        var nontrivial = search.Iterations > 0 ? 1 : 0;
        _scaleBeforeUpdate = true;
        var iterations = DoBfgsUpdate(ref exit, lineSearcher, ref inverseHessian, ref direction, ref previous, ref search, ref candidate, ref step, ref lineSearchSteps, ref nontrivial);
        if (iterations == MaximumIterations && exit == ExitCondition.None)
        {
            throw new MaximumIterationsException(string.Create(CultureInfo.InvariantCulture, $"Maximum iterations ({MaximumIterations}) reached."));
        }

        return new MinimizationResult(candidate, iterations, exit);
    }

    /// <summary>The BFGS update of the inverse Hessian H with s = step, y = Δgradient, then the direction −H·g.</summary>
    protected override Vector<double> CalculateSearchDirection(
        ref Matrix<double> inversePseudoHessian,
        out double maxLineSearchStep,
        out double startingStepSize,
        IObjectiveFunction previousPoint,
        IObjectiveFunction candidate,
        Vector<double> step)
    {
        Iterations++;
        startingStepSize = 1d;
        maxLineSearchStep = double.PositiveInfinity;
        var y = candidate.Gradient - previousPoint.Gradient;
        var sy = step * y;
        if (sy > 0d && double.IsFinite(sy))
        {
            if (_scaleBeforeUpdate)
            {
                inversePseudoHessian = inversePseudoHessian.Multiply(sy / (y * y));
                _scaleBeforeUpdate = false;
            }

            // H⁺ = H + (sᵀy + yᵀHy)/(sᵀy)² · ssᵀ − (Hy sᵀ + s yᵀH)/(sᵀy); H is symmetric, so yᵀH = (Hy)ᵀ.
            var hy = inversePseudoHessian * y;
            var outer = step.OuterProduct(step).Multiply((sy + (y * hy)) / (sy * sy));
            var cross = hy.OuterProduct(step) + step.OuterProduct(hy);
            inversePseudoHessian = inversePseudoHessian + outer - cross.Divide(sy);
        }

        // Without positive curvature along the step the update is skipped; if H no longer gives a descent direction, restart.
        var direction = -(inversePseudoHessian * candidate.Gradient);
        if (!(direction * candidate.Gradient < 0d))
        {
            inversePseudoHessian = Matrix<double>.Build.DenseIdentity(step.Count);
            _scaleBeforeUpdate = true;
            direction = -candidate.Gradient;
            startingStepSize = Math.Min(1d, FirstStepLength / direction.InfinityNorm());
        }

        return direction;
    }
}

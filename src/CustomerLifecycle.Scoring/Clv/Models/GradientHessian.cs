namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>A Hessian from central differences of an analytic gradient, symmetrised: the curvature the fits take their standard errors from.</summary>
internal static class GradientHessian
{
    /// <summary>H[i, j] = ∂g_j/∂θ_i by central differences of step <paramref name="step"/>, then (H + Hᵀ)/2.</summary>
    /// <param name="gradient">Writes the gradient at a point into its second argument (the value it returns is ignored).</param>
    /// <param name="theta">The point.</param>
    /// <param name="step">The difference step on θ's scale.</param>
    public static double[,] Of(Func<double[], double[], double> gradient, double[] theta, double step = 1e-5)
    {
        var k = theta.Length;
        var h = new double[k, k];
        var shifted = (double[])theta.Clone();
        var up = new double[k];
        var down = new double[k];
        for (var i = 0; i < k; i++)
        {
            shifted[i] = theta[i] + step;
            gradient(shifted, up);
            shifted[i] = theta[i] - step;
            gradient(shifted, down);
            shifted[i] = theta[i];
            for (var j = 0; j < k; j++)
            {
                h[i, j] = (up[j] - down[j]) / (2d * step);
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
    }
}

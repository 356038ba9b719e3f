namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>Small dense symmetric positive-definite matrices (Hessians and covariances of a few parameters) by Cholesky factorisation.</summary>
internal static class SymmetricMatrix
{
    /// <summary>The lower Cholesky factor L of scale·A = LLᵀ, or null when scale·A is not positive definite (a pivot that is not &gt; 0).</summary>
    public static double[,]? Cholesky(double[,] matrix, double scale = 1d)
    {
        var k = matrix.GetLength(0);
        var l = new double[k, k];
        for (var j = 0; j < k; j++)
        {
            var pivot = matrix[j, j] * scale;
            for (var m = 0; m < j; m++)
            {
                pivot -= l[j, m] * l[j, m];
            }

            if (!(pivot > 0d) || !double.IsFinite(pivot))
            {
                return null;
            }

            l[j, j] = Math.Sqrt(pivot);
            for (var i = j + 1; i < k; i++)
            {
                var sum = matrix[i, j] * scale;
                for (var m = 0; m < j; m++)
                {
                    sum -= l[i, m] * l[j, m];
                }

                l[i, j] = sum / l[j, j];
            }
        }

        return l;
    }

    /// <summary>(scale·A)⁻¹ = L⁻ᵀL⁻¹ from the Cholesky factor, or null when scale·A is not positive definite.</summary>
    public static double[,]? Inverse(double[,] matrix, double scale = 1d)
    {
        if (Cholesky(matrix, scale) is not { } l)
        {
            return null;
        }

        // Columns of L⁻¹ by forward substitution; then (A⁻¹)ᵢⱼ = Σₘ (L⁻¹)ₘᵢ (L⁻¹)ₘⱼ.
        var k = l.GetLength(0);
        var inverseL = new double[k, k];
        for (var c = 0; c < k; c++)
        {
            for (var i = c; i < k; i++)
            {
                var sum = i == c ? 1d : 0d;
                for (var m = c; m < i; m++)
                {
                    sum -= l[i, m] * inverseL[m, c];
                }

                inverseL[i, c] = sum / l[i, i];
            }
        }

        var inverse = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var sum = 0d;
                for (var m = i; m < k; m++)
                {
                    sum += inverseL[m, i] * inverseL[m, j];
                }

                inverse[i, j] = sum;
                inverse[j, i] = sum;
            }
        }

        return inverse;
    }
}

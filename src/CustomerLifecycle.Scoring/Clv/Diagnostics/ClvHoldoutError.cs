namespace CustomerLifecycle.Scoring.Clv.Diagnostics;

/// <summary>
/// How far a model's per-customer holdout predictions were from what the customers did: the conditional expectation of
/// holdout transactions against the actual count, customer by customer and in total.
/// </summary>
/// <param name="Customers">Customers compared (the sum of the weights).</param>
/// <param name="MeanAbsoluteError">Mean over customers of |actual − expected|.</param>
/// <param name="RootMeanSquaredError">Square root of the mean over customers of (actual − expected)².</param>
/// <param name="TotalActual">Holdout transactions of all customers.</param>
/// <param name="TotalExpected">The model's expected holdout transactions of all customers.</param>
public sealed record ClvHoldoutError(double Customers, double MeanAbsoluteError, double RootMeanSquaredError, double TotalActual, double TotalExpected)
{
    /// <summary>The total-sales error: (expected − actual) / actual, a fraction (0.03 is 3 % too many); undefined (NaN) when no transaction was made.</summary>
    public double RelativeTotalError => TotalActual == 0d ? double.NaN : (TotalExpected - TotalActual) / TotalActual;
}

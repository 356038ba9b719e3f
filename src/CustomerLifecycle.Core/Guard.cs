using System.Globalization;

namespace CustomerLifecycle.Core;

/// <summary>Argument checks shared by the Core types.</summary>
internal static class Guard
{
    public static void NotEmpty(CustomerId customer, string paramName)
    {
        if (customer.IsEmpty)
        {
            throw new ArgumentException("The customer id is empty (default); make one with CustomerId.From.", paramName);
        }
    }

    public static void FiniteNonNegative(double value, string paramName)
    {
        if (!double.IsFinite(value) || value < 0d)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number ≥ 0; got {value.ToString(CultureInfo.InvariantCulture)}.");
        }
    }
}

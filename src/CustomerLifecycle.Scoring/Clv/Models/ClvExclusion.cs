using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>A customer a fit left out, and why.</summary>
/// <param name="Index">The customer's position in the input (0-based).</param>
/// <param name="Customer">The customer id, or null when the input row had none.</param>
/// <param name="Code">A stable code, e.g. "monetary_value.not_positive".</param>
/// <param name="Reason">The reason in words.</param>
public sealed record ClvExclusion(int Index, CustomerId? Customer, string Code, string Reason)
{
    /// <summary>The customer id when there is one, else "customer summary {Index + 1}" (1-based, as people count).</summary>
    /// <returns>The label.</returns>
    public string Label() => Customer is { } id ? $"customer {id}" : $"customer summary {Index + 1}";
}

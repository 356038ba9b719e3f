using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Deterministic;

/// <summary>The result of <see cref="TopCustomers.Select"/>: the selected customers and the share of value they hold.</summary>
/// <param name="Selected">The selected customers, highest value first (ties by customer id).</param>
/// <param name="CustomerCount">How many customers were ranked.</param>
/// <param name="SelectedValue">The value held by the selected customers.</param>
/// <param name="TotalValue">The value of all customers.</param>
/// <param name="Basis">Which value ranked them.</param>
/// <param name="TiedAtCutoff">Whether an unselected customer has the same value as the last selected one.</param>
public sealed record TopCustomersReport(
    IReadOnlyList<CustomerValue> Selected,
    int CustomerCount,
    Money SelectedValue,
    Money TotalValue,
    ValueBasis Basis,
    bool TiedAtCutoff)
{
    /// <summary>The share of all value the selected customers hold, or null when all values are 0.</summary>
    public Fraction? ShareOfValue => TotalValue.Amount == 0m ? null : Fraction.From((double)(SelectedValue.Amount / TotalValue.Amount));
}

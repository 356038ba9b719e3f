namespace CustomerLifecycle.Data.Text;

/// <summary>An amount read from text, with its currency mark as written.</summary>
/// <param name="Value">The amount.</param>
/// <param name="Currency">The currency symbol or code as written (<c>$</c>, <c>¥</c>, <c>USD</c>), or null when there was none.</param>
public readonly record struct MoneyAmount(decimal Value, string? Currency);

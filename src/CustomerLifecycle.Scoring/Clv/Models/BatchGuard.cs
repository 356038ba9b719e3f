namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>Argument checks of the span-based batch APIs.</summary>
internal static class BatchGuard
{
    public static void SameLength(ReadOnlySpan<double> x, ReadOnlySpan<double> tx, ReadOnlySpan<double> age, Span<double> destination)
    {
        if (tx.Length != x.Length || age.Length != x.Length || destination.Length != x.Length)
        {
            throw new ArgumentException(
                $"x, tx, T and destination must have the same length; got {x.Length}, {tx.Length}, {age.Length} and {destination.Length}.",
                nameof(destination));
        }
    }
}

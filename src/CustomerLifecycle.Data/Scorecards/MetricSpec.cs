using System.Globalization;

namespace CustomerLifecycle.Data.Scorecards;

/// <summary>A metric a metrics file may give: its name, its allowed closed range and what it is (for help and messages).</summary>
/// <param name="Name">The name, matched case-insensitively.</param>
/// <param name="Min">The smallest value accepted.</param>
/// <param name="Max">The largest value accepted (<see cref="double.MaxValue"/> for no bound).</param>
/// <param name="Meaning">What the figure is, quoted when a value is out of range.</param>
public sealed record MetricSpec(string Name, double Min, double Max, string Meaning)
{
    /// <summary>A fraction in [0, 1] (a trailing % is accepted in files).</summary>
    /// <param name="name">The name.</param>
    /// <param name="meaning">What the figure is.</param>
    /// <returns>The spec.</returns>
    public static MetricSpec Fraction(string name, string meaning) => new(name, 0d, 1d, meaning);

    /// <summary>A count or amount of at least 0.</summary>
    /// <param name="name">The name.</param>
    /// <param name="meaning">What the figure is.</param>
    /// <returns>The spec.</returns>
    public static MetricSpec NonNegative(string name, string meaning) => new(name, 0d, double.MaxValue, meaning);

    /// <summary>A Net Promoter Score in [−100, 100].</summary>
    /// <param name="name">The name.</param>
    /// <param name="meaning">What the figure is.</param>
    /// <returns>The spec.</returns>
    public static MetricSpec Nps(string name, string meaning) => new(name, -100d, 100d, meaning);

    /// <summary>The range in words: <c>[0, 1]</c>, <c>[0, ∞]</c>.</summary>
    internal string Range => $"[{Bound(Min)}, {Bound(Max)}]";

    private static string Bound(double value) => value == double.MaxValue ? "∞" : value.ToString(CultureInfo.InvariantCulture);
}

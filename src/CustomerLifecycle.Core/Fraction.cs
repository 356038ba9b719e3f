using System.Globalization;

namespace CustomerLifecycle.Core;

/// <summary>A proportion or rate between 0 and 1 inclusive, such as a retention rate or a share of promoters.</summary>
/// <remarks>
/// Held as a fraction (0.7), never as a percentage: <see cref="FromPercent"/> and <see cref="ToPercentString"/> make
/// the conversion explicit. NaN and infinities are rejected. The default value is 0.
/// </remarks>
public readonly record struct Fraction : IComparable<Fraction>, IFormattable
{
    private Fraction(double value) => Value = value;

    /// <summary>Zero.</summary>
    public static Fraction Zero => default;

    /// <summary>One (100 %).</summary>
    public static Fraction One => new(1d);

    /// <summary>The fraction, 0–1.</summary>
    public double Value { get; }

    /// <summary>The fraction as a percentage, 0–100.</summary>
    public double Percent => Value * 100d;

    /// <summary>Makes a fraction, or reports that the value is not a finite number in [0, 1].</summary>
    /// <param name="value">The fraction, 0–1.</param>
    /// <param name="fraction">The fraction, or <c>default</c>.</param>
    /// <returns>Whether the value is valid.</returns>
    public static bool TryFrom(double value, out Fraction fraction)
    {
        var ok = value is >= 0d and <= 1d; // false for NaN
        fraction = ok ? new Fraction(value) : default;
        return ok;
    }

    /// <summary>Makes a fraction.</summary>
    /// <param name="value">The fraction, 0–1 (0.7 for 70 %).</param>
    /// <returns>The fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN, infinite or outside [0, 1].</exception>
    public static Fraction From(double value) => TryFrom(value, out var f)
        ? f
        : throw new ArgumentOutOfRangeException(nameof(value), value, $"A fraction must be a finite number in [0, 1] (0.7 for 70 %); got {value.ToString(CultureInfo.InvariantCulture)}.");

    /// <summary>Makes a fraction from a percentage.</summary>
    /// <param name="percent">The percentage, 0–100 (70 for 70 %).</param>
    /// <returns>The fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is NaN, infinite or outside [0, 100].</exception>
    public static Fraction FromPercent(double percent) => percent is >= 0d and <= 100d
        ? new Fraction(percent / 100d)
        : throw new ArgumentOutOfRangeException(nameof(percent), percent, $"A percentage must be a finite number in [0, 100]; got {percent.ToString(CultureInfo.InvariantCulture)}.");

    /// <summary>The share <paramref name="part"/> / <paramref name="whole"/>.</summary>
    /// <param name="part">The count in the subset, 0 ≤ part ≤ whole.</param>
    /// <param name="whole">The count of the whole, positive.</param>
    /// <returns>The fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="whole"/> is not positive or <paramref name="part"/> is outside [0, whole].</exception>
    public static Fraction Of(long part, long whole)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(whole);
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, whole);
        return new Fraction((double)part / whole);
    }

    /// <summary>The complement, 1 − value.</summary>
    /// <returns>The complement.</returns>
    public Fraction Complement() => new(1d - Value);

    /// <summary>Formats as a percentage with a fixed number of decimals, e.g. "70.0%".</summary>
    /// <param name="decimals">Digits after the point, 0–6; 1 by default.</param>
    /// <param name="provider">The culture; invariant when null.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–6.</exception>
    public string ToPercentString(int decimals = 1, IFormatProvider? provider = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 6);
        return Percent.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), provider ?? CultureInfo.InvariantCulture) + "%";
    }

    /// <inheritdoc/>
    public int CompareTo(Fraction other) => Value.CompareTo(other.Value);

    /// <summary>The fraction as a plain number, invariant culture, e.g. "0.7". Use <see cref="ToPercentString"/> for "70.0%".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats the fraction: "P" or "P<i>n</i>" gives a percentage with <i>n</i> decimals; anything else formats <see cref="Value"/>.</summary>
    /// <param name="format">A numeric format string.</param>
    /// <param name="formatProvider">The culture; invariant when null.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (format is { Length: > 0 } && (format[0] == 'P' || format[0] == 'p'))
        {
            var decimals = format.Length > 1 && int.TryParse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 1;
            return ToPercentString(Math.Clamp(decimals, 0, 6), formatProvider);
        }

        return Value.ToString(format, formatProvider ?? CultureInfo.InvariantCulture);
    }

    /// <summary>Compares two fractions.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>True when left &lt; right.</returns>
    public static bool operator <(Fraction left, Fraction right) => left.Value < right.Value;

    /// <summary>Compares two fractions.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>True when left &gt; right.</returns>
    public static bool operator >(Fraction left, Fraction right) => left.Value > right.Value;

    /// <summary>Compares two fractions.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>True when left ≤ right.</returns>
    public static bool operator <=(Fraction left, Fraction right) => left.Value <= right.Value;

    /// <summary>Compares two fractions.</summary>
    /// <param name="left">The first fraction.</param>
    /// <param name="right">The second fraction.</param>
    /// <returns>True when left ≥ right.</returns>
    public static bool operator >=(Fraction left, Fraction right) => left.Value >= right.Value;
}

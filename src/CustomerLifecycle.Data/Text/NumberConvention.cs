using System.Globalization;

namespace CustomerLifecycle.Data.Text;

/// <summary>
/// Which character separates the decimals of the numbers in a file: unspecified (the default), or fixed by a culture
/// or by the character itself. Unspecified reads only what is unambiguous (see <see cref="NumberText"/>).
/// </summary>
public sealed class NumberConvention
{
    private NumberConvention(char? decimalSeparator, string description)
    {
        DecimalSeparator = decimalSeparator;
        Description = description;
    }

    /// <summary>No convention given: a point is a decimal point, a comma is read only where it cannot be a decimal comma.</summary>
    public static NumberConvention Unspecified { get; } = new(null, "no culture or decimal separator given");

    /// <summary>The decimal separator, or null when unspecified.</summary>
    public char? DecimalSeparator { get; }

    /// <summary>How the convention was given, for messages (<c>culture fr-FR</c>).</summary>
    public string Description { get; }

    /// <summary>The decimal separator of a culture (<c>fr-FR</c>: comma; <c>en-US</c>, <c>zh-CN</c>: point).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The convention.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentException">The culture's decimal separator is neither a point nor a comma.</exception>
    public static NumberConvention ForCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var separator = culture.NumberFormat.NumberDecimalSeparator;
        if (separator is not ("." or ","))
        {
            throw new ArgumentException($"culture {culture.Name} separates decimals with \"{separator}\"; only a point or a comma is supported", nameof(culture));
        }

        return new NumberConvention(separator[0], $"culture {(culture.Name.Length == 0 ? "invariant" : culture.Name)}");
    }

    /// <summary>An explicit decimal separator.</summary>
    /// <param name="separator">A point or a comma.</param>
    /// <returns>The convention.</returns>
    /// <exception cref="ArgumentException"><paramref name="separator"/> is neither a point nor a comma.</exception>
    public static NumberConvention WithDecimalSeparator(char separator) => separator is '.' or ','
        ? new NumberConvention(separator, $"decimal separator '{separator}'")
        : throw new ArgumentException($"the decimal separator must be a point or a comma; got '{separator}'", nameof(separator));

    /// <inheritdoc />
    public override string ToString() => Description;
}

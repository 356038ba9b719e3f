using CustomerLifecycle.Core;
using CustomerLifecycle.Data.Text;

namespace CustomerLifecycle.Data.Summaries;

/// <summary>The field rules the discrete-time inputs share: finite numbers, whole numbers, weights, optional customer ids.</summary>
internal static class WholeNumbers
{
    public static bool TryNumber(string? text, NumberConvention numbers, out double value) =>
        NumberText.TryParseDouble(text, numbers, out value, out _);

    public static bool TryWhole(string? text, NumberConvention numbers, out int value)
    {
        value = 0;
        if (!TryNumber(text, numbers, out var d) || Math.Floor(d) != d || Math.Abs(d) > int.MaxValue)
        {
            return false;
        }

        value = (int)d;
        return true;
    }

    public static bool TryWeight(string? text, NumberConvention numbers, out double weight)
    {
        weight = 1d;
        return string.IsNullOrWhiteSpace(text) || (TryNumber(text, numbers, out weight) && weight > 0d);
    }

    public static bool TryCustomer(string? text, out CustomerId? customer)
    {
        customer = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (!CustomerId.TryFrom(text, out var id))
        {
            return false;
        }

        customer = id;
        return true;
    }
}

namespace CustomerLifecycle.Data.Text;

/// <summary>Why one field of a row could not be read.</summary>
/// <param name="Kind">
/// A stable word a reader appends to its column's code (<c>amount.ambiguous</c>): <see cref="Missing"/>,
/// <see cref="NotANumber"/>, <see cref="Ambiguous"/>, <see cref="OutOfRange"/> or <see cref="Invalid"/>.
/// </param>
/// <param name="Reason">A readable reason that starts with the value as written, for a reader to prefix with the column name.</param>
public sealed record TextFieldError(string Kind, string Reason)
{
    /// <summary>The field is empty.</summary>
    public const string Missing = "missing";

    /// <summary>The field is not a number in any convention.</summary>
    public const string NotANumber = "not_a_number";

    /// <summary>The field is a number in more than one convention (such as <c>1.234,5</c> without a culture): rejected, never guessed.</summary>
    public const string Ambiguous = "ambiguous";

    /// <summary>The field is a date or time stamp outside the <see cref="Core.SupportedDates"/> range.</summary>
    public const string OutOfRange = "out_of_range";

    /// <summary>The field is not of the expected form (a date, a time stamp).</summary>
    public const string Invalid = "invalid";

    /// <summary>The code of this error for a column: <c>amount.ambiguous</c>.</summary>
    /// <param name="field">The field's name in codes, such as <c>amount</c>.</param>
    /// <returns>The code.</returns>
    public string CodeFor(string field) => $"{field}.{Kind}";
}

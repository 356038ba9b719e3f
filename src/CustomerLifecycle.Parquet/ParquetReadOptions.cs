using CustomerLifecycle.Data.Text;
using FluentValidation;
using NodaTime;

namespace CustomerLifecycle.Parquet;

/// <summary>How the Parquet readers read values that a Parquet file leaves open: the zone of time stamps, the decimal
/// separator of amounts stored as text, and whether any rejected row fails the whole read.</summary>
public sealed record ParquetReadOptions
{
    /// <summary>
    /// The zone in which time stamps become purchase dates: a TIMESTAMP adjusted to UTC (DuckDB's TIMESTAMPTZ, Spark's
    /// default) is an instant, dated in this zone; a local TIMESTAMP and a DATE are dated as written.
    /// </summary>
    /// <value>UTC by default.</value>
    public DateTimeZone Zone { get; set; } = DateTimeZone.Utc;

    /// <summary>Which character separates decimals in amounts stored as text (see <see cref="NumberText"/>); typed
    /// DECIMAL, DOUBLE and integer columns need none.</summary>
    /// <value><see cref="NumberConvention.Unspecified"/> by default.</value>
    public NumberConvention Numbers { get; set; } = NumberConvention.Unspecified;

    /// <summary>Whether any rejected row (or purchase of unknown value) makes the read throw
    /// <see cref="ImportRejectedException"/> instead of returning a report of the rows.</summary>
    /// <value>False by default.</value>
    public bool Strict { get; set; }
}

/// <summary>Validates <see cref="ParquetReadOptions"/> (codes <c>zone.missing</c>, <c>numbers.missing</c>).</summary>
public sealed class ParquetReadOptionsValidator : AbstractValidator<ParquetReadOptions>
{
    /// <summary>Makes the validator: a zone and a number convention are required.</summary>
    public ParquetReadOptionsValidator()
    {
        RuleFor(o => o.Zone).NotNull().WithErrorCode("zone.missing").WithMessage("a zone is required (UTC for none)");
        RuleFor(o => o.Numbers).NotNull().WithErrorCode("numbers.missing").WithMessage("a number convention is required (NumberConvention.Unspecified for none)");
    }
}

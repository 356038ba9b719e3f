using FluentValidation;

namespace CustomerLifecycle.DuckDb;

/// <summary>How the embedded DuckDB engine may use the machine: memory, threads and spill space.</summary>
/// <remarks>
/// DuckDB's grouping spills to <see cref="TemporaryDirectory"/> when its working set passes <see cref="MemoryLimit"/>,
/// so a log whose customer table is larger than memory is still summarised, more slowly.
/// </remarks>
public sealed record DuckDbEngineOptions
{
    /// <summary>The most memory DuckDB may hold, in DuckDB's notation (<c>512MB</c>, <c>2GB</c>); null for DuckDB's
    /// default (80% of the machine's memory).</summary>
    /// <value>Null by default.</value>
    public string? MemoryLimit { get; set; }

    /// <summary>Worker threads; null for one per core.</summary>
    /// <value>Null by default.</value>
    public int? Threads { get; set; }

    /// <summary>Where DuckDB spills intermediate results that do not fit in <see cref="MemoryLimit"/>; null for
    /// DuckDB's default (a <c>.tmp</c> folder beside a database file, none for an in-memory database, which then
    /// cannot spill).</summary>
    /// <value>Null by default.</value>
    public string? TemporaryDirectory { get; set; }
}

/// <summary>Validates <see cref="DuckDbEngineOptions"/>.</summary>
public sealed class DuckDbEngineOptionsValidator : AbstractValidator<DuckDbEngineOptions>
{
    /// <summary>Makes the validator: a memory limit is a number and a unit (KB, MB, GB, TB, KiB … TiB), threads at least 1,
    /// a temporary directory not blank.</summary>
    public DuckDbEngineOptionsValidator()
    {
        RuleFor(o => o.MemoryLimit)
            .Matches(@"^\s*\d+(\.\d+)?\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)\s*$")
            .When(o => o.MemoryLimit is not null)
            .WithMessage("The memory limit must be a number and a unit, e.g. 512MB or 2GB.");
        RuleFor(o => o.Threads).GreaterThanOrEqualTo(1).When(o => o.Threads is not null);
        RuleFor(o => o.TemporaryDirectory).NotEmpty().When(o => o.TemporaryDirectory is not null)
            .WithMessage("The temporary directory must not be blank.");
    }
}

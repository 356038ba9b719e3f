using FluentValidation;

namespace CustomerLifecycle.Data.Transactions.Partitioning;

/// <summary>
/// The rules <see cref="TransactionPartitionOptions"/> must meet (codes <c>memory_limit.too_small</c>,
/// <c>partitions.out_of_range</c>, <c>temporary_directory.blank</c>).
/// </summary>
public sealed class TransactionPartitionOptionsValidator : AbstractValidator<TransactionPartitionOptions>
{
    /// <summary>Makes the validator.</summary>
    public TransactionPartitionOptionsValidator()
    {
        RuleFor(o => o.MemoryLimit).GreaterThanOrEqualTo(TransactionPartitionOptions.MinimumMemoryLimit).WithErrorCode("memory_limit.too_small")
            .WithMessage(o => $"the memory limit must be at least {MemorySize.Format(TransactionPartitionOptions.MinimumMemoryLimit)}; got {MemorySize.Format(o.MemoryLimit)}");
        RuleFor(o => o.Partitions).InclusiveBetween(1, TransactionPartitionOptions.MaximumPartitions).When(o => o.Partitions is not null)
            .WithErrorCode("partitions.out_of_range").WithMessage(o => $"the number of partitions must be 1 to {TransactionPartitionOptions.MaximumPartitions}; got {o.Partitions}");
        RuleFor(o => o.TemporaryDirectory).Must(d => d is null || !string.IsNullOrWhiteSpace(d)).WithErrorCode("temporary_directory.blank")
            .WithMessage("the temporary folder must be null (the system's) or a path");
    }
}

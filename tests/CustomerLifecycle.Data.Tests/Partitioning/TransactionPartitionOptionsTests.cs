using CustomerLifecycle.Data.Transactions.Partitioning;

namespace CustomerLifecycle.Data.Tests.Partitioning;

/// <summary>The memory bound: sizes as people write them, the options' rules, and the number of partitions a bound asks for.</summary>
public sealed class TransactionPartitionOptionsTests
{
    [Theory]
    [InlineData("256MB", 256_000_000L)]
    [InlineData("256 mib", 268_435_456L)]
    [InlineData("1.5GiB", 1_610_612_736L)]
    [InlineData(" 2 KB ", 2_000L)]
    [InlineData("300000000", 300_000_000L)]
    [InlineData("512B", 512L)]
    [InlineData("1TiB", 1_099_511_627_776L)]
    [InlineData("0.5KiB", 512L)]
    public void A_size_is_read_in_decimal_or_binary_units(string text, long bytes)
    {
        Assert.True(MemorySize.TryParse(text, out var read));
        Assert.Equal(bytes, read);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("MB")]
    [InlineData("-1MB")]
    [InlineData("1e9")]
    [InlineData("12XB")]
    [InlineData("1,5GB")]
    [InlineData(".5GB")]
    [InlineData("99999999999TiB")]
    [InlineData("256 MB extra")]
    public void A_size_that_is_no_amount_of_memory_is_refused(string? text)
    {
        Assert.False(MemorySize.TryParse(text, out var bytes));
        Assert.Equal(0, bytes);
    }

    [Theory]
    [InlineData(268_435_456L, "256 MiB")]
    [InlineData(1_610_612_736L, "1.5 GiB")]
    [InlineData(512L, "512 B")]
    [InlineData(300_000_000L, "286.1 MiB")]
    public void A_size_is_written_in_the_largest_binary_unit(long bytes, string text) => Assert.Equal(text, MemorySize.Format(bytes));

    [Fact]
    public void The_default_options_are_valid() => Assert.True(new TransactionPartitionOptionsValidator().Validate(new TransactionPartitionOptions()).IsValid);

    [Theory]
    [InlineData(64L * 1024 * 1024 - 1, null, "/tmp", "memory_limit.too_small")]
    [InlineData(0L, null, null, "memory_limit.too_small")]
    [InlineData(256L << 20, 0, null, "partitions.out_of_range")]
    [InlineData(256L << 20, 257, null, "partitions.out_of_range")]
    [InlineData(256L << 20, null, " ", "temporary_directory.blank")]
    public void Bad_options_are_refused_with_their_code(long limit, int? partitions, string? folder, string code)
    {
        var options = new TransactionPartitionOptions { MemoryLimit = limit, Partitions = partitions, TemporaryDirectory = folder };

        var error = Assert.Single(new TransactionPartitionOptionsValidator().Validate(options).Errors);

        Assert.Equal(code, error.ErrorCode);
        Assert.Throws<ArgumentException>(() => new TransactionLogPartitioner(options));
    }

    [Theory]
    [InlineData(904_232_738L, 256L << 20, 52)]
    [InlineData(48_194_792L, 256L << 20, 3)]
    [InlineData(1_000_000L, 256L << 20, 1)]
    [InlineData(0L, 64L << 20, 1)]
    [InlineData(1L << 40, 64L << 20, 256)]
    public void A_bound_asks_for_enough_partitions_that_one_fits_even_if_every_row_were_a_new_customer(long length, long limit, int partitions)
    {
        // 12.5 bytes of customer tables per byte of log, after 48 MiB for the runtime: 904 MB × 12.5 / 208 MiB = 51.8 → 52.
        Assert.Equal(partitions, new TransactionLogPartitioner(new TransactionPartitionOptions { MemoryLimit = limit }).PartitionsFor(length));
    }

    [Fact]
    public void A_log_of_unknown_size_is_cut_into_128_partitions_and_a_given_number_wins()
    {
        Assert.Equal(128, new TransactionLogPartitioner().PartitionsFor(null));
        Assert.Equal(5, new TransactionLogPartitioner(new TransactionPartitionOptions { Partitions = 5 }).PartitionsFor(904_232_738L));
    }
}

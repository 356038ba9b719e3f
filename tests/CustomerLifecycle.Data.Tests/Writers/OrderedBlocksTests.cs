using CustomerLifecycle.Data.Writers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Data.Tests.Writers;

/// <summary>Blocks made on several threads are written in their order, each once, a buffer never reused before its block is written.</summary>
public class OrderedBlocksTests
{
    [Property(MaxTest = 100)]
    public Property Blocks_made_on_any_threads_are_written_in_order_each_once()
    {
        var cases = from blocks in Gen.Choose(0, 60)
                    from helpers in Gen.Choose(0, 3)
                    from extra in Gen.Choose(1, 4)
                    select (Blocks: blocks, Helpers: helpers, Buffers: helpers + extra);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var buffers = Enumerable.Range(0, c.Buffers).Select(_ => new int[1]).ToArray();
            var written = new List<int>();
            OrderedBlocks.Run(
                buffers,
                c.Blocks,
                c.Helpers,
                (buffer, k) =>
                {
                    // Uneven work, so that later blocks are often made before earlier ones.
                    Thread.SpinWait((k * 7919 % 13) * 200);
                    buffer[0] = k;
                },
                buffer => written.Add(buffer[0]));
            return written.SequenceEqual(Enumerable.Range(0, c.Blocks));
        });
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_failure_making_or_writing_a_block_is_thrown_after_every_thread_stops(bool making)
    {
        var buffers = new[] { new int[1], new int[1], new int[1], new int[1] };
        var written = 0;

        var error = Assert.Throws<IOException>(() => OrderedBlocks.Run(
            buffers,
            40,
            helpers: 2,
            (buffer, k) =>
            {
                if (making && k == 17)
                {
                    throw new IOException("make 17");
                }

                buffer[0] = k;
            },
            buffer =>
            {
                if (!making && buffer[0] == 9)
                {
                    throw new IOException("write 9");
                }

                written++;
            }));

        Assert.Equal(making ? "make 17" : "write 9", error.Message);
        // Blocks before the failed one may or may not have been written when a helper fails; a failed write stops at once.
        Assert.InRange(written, making ? 0 : 9, making ? 17 : 9);
    }
}

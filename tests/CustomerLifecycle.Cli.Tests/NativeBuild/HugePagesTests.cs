using System.Runtime.InteropServices;
using CustomerLifecycle.Cli.Infrastructure;

namespace CustomerLifecycle.Cli.Tests.NativeBuild;

/// <summary>The tool's huge-page advice finds the heap's address range in a <c>/proc/self/maps</c> listing.</summary>
public class HugePagesTests
{
    private static readonly string[] Maps =
    [
        "5571b0d00000-5571b1541000 r-xp 00022000 fe:00 12525943                   /tmp/lifecycle",
        "5571b1e4f000-5571b242f000 rw-p 00000000 00:00 0                          [heap]",
        "7f0990efe000-7f099267e000 ---p 00000000 00:00 0",
        "7f099c041000-7f099c400000 ---p 00000000 00:00 0",
        "7f099c400000-7f099c800000 rw-p 00000000 00:00 0",
        "7f099c800000-7f155e5d2000 ---p 00000000 00:00 0",
        "7f155e5d2000-7f155e5d3000 r--p 00000000 fe:00 332392                     /usr/lib/libc.so.6",
        "7f155e5d3000-7f155edd3000 rw-p 00000000 00:00 0",
    ];

    [Fact]
    public void The_heap_range_is_the_whole_run_of_neighbouring_anonymous_mappings_around_the_address()
    {
        Assert.Equal((0x7f099c041000UL, 0x7f155e5d2000UL), HugePages.AnonymousRunAround(Maps, 0x7f099c400010));
        Assert.Equal((0x7f099c041000UL, 0x7f155e5d2000UL), HugePages.AnonymousRunAround(Maps, 0x7f099c041000));
        Assert.Equal((0x7f155e5d3000UL, 0x7f155edd3000UL), HugePages.AnonymousRunAround(Maps, 0x7f155e5d3abc));
    }

    [Fact]
    public void An_address_in_a_file_a_named_mapping_or_no_mapping_gives_no_range()
    {
        Assert.Equal((0UL, 0UL), HugePages.AnonymousRunAround(Maps, 0x5571b0d00100)); // the program's code
        Assert.Equal((0UL, 0UL), HugePages.AnonymousRunAround(Maps, 0x5571b1e4f100)); // [heap]: named
        Assert.Equal((0UL, 0UL), HugePages.AnonymousRunAround(Maps, 0x7f155e5d2100)); // a library
        Assert.Equal((0UL, 0UL), HugePages.AnonymousRunAround(Maps, 0x7f0000000000)); // between mappings
        Assert.Equal((0UL, 0UL), HugePages.AnonymousRunAround(Maps, 0x7f155edd3000)); // one past the end
        Assert.Equal((0UL, 0UL), HugePages.AnonymousRunAround([], 0x7f099c400010));
    }

    [Fact]
    public void A_gap_between_anonymous_mappings_ends_the_run()
    {
        string[] maps = ["1000-2000 rw-p 00000000 00:00 0", "3000-4000 rw-p 00000000 00:00 0", "4000-5000 ---p 00000000 00:00 0"];
        Assert.Equal((0x1000UL, 0x2000UL), HugePages.AnonymousRunAround(maps, 0x1800));
        Assert.Equal((0x3000UL, 0x5000UL), HugePages.AnonymousRunAround(maps, 0x4800));
    }

    [Fact]
    public void A_malformed_listing_is_refused_rather_than_guessed()
    {
        Assert.Throws<FormatException>(() => HugePages.AnonymousRunAround(["zz-10 rw-p 00000000 00:00 0"], 0x5));
    }

    [LinuxFact]
    public void On_linux_this_process_heap_lies_in_an_anonymous_range_of_at_least_its_live_bytes()
    {
        var probe = new byte[1 << 20];
        var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
        try
        {
            var address = (ulong)handle.AddrOfPinnedObject();
            var (start, end) = HugePages.AnonymousRunAround(File.ReadLines("/proc/self/maps"), address);
            Assert.InRange(address, start, end - (ulong)probe.Length);
        }
        finally
        {
            handle.Free();
        }
    }

    [LinuxFact]
    public void The_advice_is_not_given_when_the_environment_turns_it_off()
    {
        var before = Environment.GetEnvironmentVariable(HugePages.Variable);
        try
        {
            foreach (var off in new[] { "off", "OFF", "0" })
            {
                Environment.SetEnvironmentVariable(HugePages.Variable, off);
                Assert.False(HugePages.AdviseHeap());
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable(HugePages.Variable, before);
        }
    }

    [LinuxFact(NeedsHugePages = true)]
    public void A_kernel_with_transparent_huge_pages_takes_the_advice_for_the_heap() => Assert.True(HugePages.AdviseHeap());

    private sealed class LinuxFactAttribute : FactAttribute
    {
        private const string Switch = "/sys/kernel/mm/transparent_hugepage/enabled";

        public LinuxFactAttribute()
        {
            if (!OperatingSystem.IsLinux())
            {
                Skip = "/proc/self/maps and madvise exist on Linux only.";
            }
        }

        /// <summary>Skip also where the kernel has no transparent huge pages (it refuses the advice, which the tool ignores)
        /// or where the environment already turns the advice off.</summary>
        public bool NeedsHugePages
        {
            get => false;
            init
            {
                if (value && Skip is null && !File.Exists(Switch))
                {
                    Skip = $"This kernel has no transparent huge pages ({Switch} is missing).";
                }
                else if (value && Skip is null && Environment.GetEnvironmentVariable(HugePages.Variable) is not null)
                {
                    Skip = $"{HugePages.Variable} is set in this environment.";
                }
            }
        }
    }
}

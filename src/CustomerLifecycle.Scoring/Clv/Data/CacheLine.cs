using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>
/// Asks the processor to bring an item's cache line in ahead of its use, so that the look-ups of several rows wait for
/// memory at once instead of one after the other. Only a hint: where the instruction is missing (not x86) nothing
/// happens and the later read waits as it would have.
/// </summary>
internal static class CacheLine
{
    /// <summary>Starts loading the cache line of <paramref name="item"/> (an element of a managed array).</summary>
    /// <remarks>The address may go stale if the garbage collector moves the array at once: a prefetch never faults, so
    /// the worst case is a wasted hint.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Fetch<T>(ref T item)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0(Unsafe.AsPointer(ref item));
        }
    }
}

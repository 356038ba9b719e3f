using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace CustomerLifecycle.Followups;

/// <summary>
/// Asks the processor to bring an object's first cache lines in ahead of its use, so that reading it later does not wait
/// for memory. Only a hint: where the instruction is missing (not x86) nothing happens and the later read waits as it
/// would have.
/// </summary>
internal static class CacheLine
{
    /// <summary>Starts loading the first two cache lines of <paramref name="item"/>.</summary>
    /// <remarks>The address may go stale if the garbage collector moves the object at once: a prefetch never faults, so the
    /// worst case is a wasted hint.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe void Fetch(object item)
    {
        if (Sse.IsSupported)
        {
            ref var first = ref Unsafe.As<RawObject>(item).First;
            Sse.Prefetch0(Unsafe.AsPointer(ref first));
            Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref first, 64)));
        }
    }

    /// <summary>Any object seen as its first byte of data.</summary>
    private sealed class RawObject
    {
        public byte First;
    }
}

namespace CustomerLifecycle.Data;

/// <summary>Marks the CustomerLifecycle.Data assembly (file formats: readers and writers over caller-supplied streams).</summary>
internal static class DataAssembly
{
}

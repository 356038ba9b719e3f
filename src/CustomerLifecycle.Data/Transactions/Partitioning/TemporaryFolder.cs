namespace CustomerLifecycle.Data.Transactions.Partitioning;

/// <summary>A private folder for partition files, made inside a given folder and deleted with everything in it.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    private TemporaryFolder(string path) => Path = path;

    /// <summary>The folder.</summary>
    public string Path { get; }

    /// <summary>Makes a new folder with a random name inside <paramref name="parent"/> (the system's temporary folder when null).</summary>
    /// <exception cref="DirectoryNotFoundException">The parent folder does not exist.</exception>
    public static TemporaryFolder Create(string? parent)
    {
        parent ??= System.IO.Path.GetTempPath();
        if (!Directory.Exists(parent))
        {
            throw new DirectoryNotFoundException($"{parent}: no such folder for temporary files");
        }

        var path = System.IO.Path.Combine(parent, "lifecycle-partitions-" + System.IO.Path.GetRandomFileName());
        Directory.CreateDirectory(path);
        return new TemporaryFolder(path);
    }

    /// <summary>A file in the folder.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Deletes the folder and its files; a folder already gone is no error.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Already deleted.
        }
    }
}

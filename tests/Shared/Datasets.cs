namespace CustomerLifecycle.Tests.Shared;

/// <summary>
/// The published data sets (CDNOW, the BG/BB donations) that tests read in place from the datasets folder beside the
/// repository — <c>../shared/datasets</c> from the repository root, present on every development machine and in CI —
/// and never copy into the repository. The environment variable <see cref="EnvironmentVariable"/> names another folder.
/// Tests that need a file carry <see cref="DatasetFactAttribute"/> or <see cref="DatasetTheoryAttribute"/>, so a clone
/// without the folder skips them with a message naming the missing folder.
/// </summary>
public static class Datasets
{
    /// <summary>The environment variable that, when set, names the datasets folder.</summary>
    public const string EnvironmentVariable = "CUSTOMERLIFECYCLE_DATASETS";

    private static readonly Lazy<string?> Located = new(Locate);

    /// <summary>The datasets folder, or null when neither the variable nor a <c>shared/datasets</c> folder above the tests names one.</summary>
    public static string? Folder => Located.Value;

    /// <summary>The full path of <paramref name="file"/> in the datasets folder (a path that does not exist when the folder is absent).</summary>
    public static string File(string file) => Path.Combine(Folder ?? Path.Combine("..", "shared", "datasets"), file);

    /// <summary>Why a test that reads <paramref name="files"/> cannot run, or null when every one of them is there.</summary>
    public static string? SkipReason(params string[] files)
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (Folder is null && !string.IsNullOrWhiteSpace(configured))
        {
            return $"needs the published datasets folder, but ${EnvironmentVariable} names {configured}, which does not exist";
        }

        if (Folder is null)
        {
            return $"needs the published datasets folder ../shared/datasets (the repository's sibling shared/datasets, or ${EnvironmentVariable}), " +
                   $"which is absent above {AppContext.BaseDirectory}" + (files.Length == 0 ? string.Empty : $"; this test reads {string.Join(", ", files)} there");
        }

        var missing = files.Where(f => !System.IO.File.Exists(Path.Combine(Folder, f))).ToArray();
        return missing.Length == 0 ? null : $"the datasets folder {Folder} lacks {string.Join(", ", missing)}";
    }

    private static string? Locate()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>A fact that reads published data sets in place; skipped, naming the missing folder, where they are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DatasetFactAttribute : FactAttribute
{
    /// <summary>A fact that needs <paramref name="files"/> from the datasets folder.</summary>
    public DatasetFactAttribute(params string[] files)
    {
        Files = files;
        Skip = Datasets.SkipReason(files);
    }

    /// <summary>The data set files the test reads.</summary>
    public IReadOnlyList<string> Files { get; }
}

/// <summary>A theory that reads published data sets in place; skipped, naming the missing folder, where they are absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class DatasetTheoryAttribute : TheoryAttribute
{
    /// <summary>A theory that needs <paramref name="files"/> from the datasets folder.</summary>
    public DatasetTheoryAttribute(params string[] files)
    {
        Files = files;
        Skip = Datasets.SkipReason(files);
    }

    /// <summary>The data set files the test reads.</summary>
    public IReadOnlyList<string> Files { get; }
}

namespace CustomerLifecycle.Site.Tests;

/// <summary>Paths of the repository the tests run in (found by walking up to CustomerLifecycle.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Site => Path.Combine(Root, "docs", "_site");

    public static string Artifacts => Path.Combine(Root, "artifacts");

    public static string TestResults => Directory.CreateDirectory(Path.Combine(Root, "TestResults", "site")).FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CustomerLifecycle.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CustomerLifecycle.sln not found above " + AppContext.BaseDirectory);
    }
}

using System.Reflection;

namespace CustomerLifecycle.Cli.Tests.NativeBuild;

/// <summary>
/// Every library package is built with the trimming and Native AOT analysers on (IsAotCompatible), which marks the
/// assembly trimmable: an application published with PublishAot may reference it and gets no warning from it.
/// </summary>
public sealed class TrimmableLibrariesTests
{
    private static readonly string[] LibraryNames =
    [
        "CustomerLifecycle.Core", "CustomerLifecycle.Data", "CustomerLifecycle.DuckDb", "CustomerLifecycle.Followups",
        "CustomerLifecycle.Parquet", "CustomerLifecycle.Scorecards", "CustomerLifecycle.Scoring",
    ];

    public static TheoryData<string> Libraries() => [.. LibraryNames];

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Every_library_package_is_marked_trimmable(string name)
    {
        var assembly = Assembly.Load(name);
        var trimmable = assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == "IsTrimmable");
        Assert.True(trimmable is not null, $"{name} is not built with IsAotCompatible");
        Assert.Equal("True", trimmable.Value);
    }

    [Fact]
    public void The_list_names_every_library_the_tool_references()
    {
        var referenced = typeof(Program).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("CustomerLifecycle.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        Assert.Equal(LibraryNames.Order(StringComparer.Ordinal), referenced);
    }
}

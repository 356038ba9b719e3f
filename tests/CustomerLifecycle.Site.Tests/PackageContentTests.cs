using System.IO.Compression;
using System.Reflection.Metadata;
using System.Xml.Linq;

namespace CustomerLifecycle.Site.Tests;

/// <summary>
/// Unpacks each .nupkg in artifacts/ (written by <c>dotnet pack CustomerLifecycle.sln -c Release -o artifacts</c>, which
/// .ci/run runs before the tests) and checks what a consumer gets: README, icon, licence expression, repository and
/// release-notes metadata, a DLL and its XML docs per target framework, dependencies at the lowest supported versions
/// (the versions Directory.Packages.props pins), and a symbol package whose PDBs embed the sources.
/// </summary>
public class PackageContentTests
{
    private static readonly Guid EmbeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    public static TheoryData<string> Packages()
    {
        var data = new TheoryData<string>();
        foreach (var id in new[] { "CustomerLifecycle.Core", "CustomerLifecycle.Scoring", "CustomerLifecycle.Followups", "CustomerLifecycle.Scorecards", "CustomerLifecycle.Data" })
        {
            data.Add(id);
        }

        return data;
    }

    [PackagesTheory]
    [MemberData(nameof(Packages))]
    public void Library_package_has_readme_icon_licence_metadata_and_xml_docs_per_target_framework(string id)
    {
        using var package = ZipFile.OpenRead(PackagePath(id, ".nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("README.md", entries);
        Assert.Contains("icon.png", entries);
        var metadata = Nuspec(package);
        XNamespace ns = metadata.Name.Namespace;
        Assert.Equal("expression", metadata.Element(ns + "license")?.Attribute("type")?.Value);
        Assert.Equal("MIT", metadata.Element(ns + "license")?.Value);
        Assert.Equal("README.md", metadata.Element(ns + "readme")?.Value);
        Assert.Equal("icon.png", metadata.Element(ns + "icon")?.Value);
        Assert.Contains("CHANGELOG.md", metadata.Element(ns + "releaseNotes")?.Value, StringComparison.Ordinal);
        var repository = metadata.Element(ns + "repository");
        Assert.Equal("git", repository?.Attribute("type")?.Value);
        Assert.StartsWith("https://", repository?.Attribute("url")?.Value, StringComparison.Ordinal);

        var frameworks = metadata.Element(ns + "dependencies")!.Elements(ns + "group").Select(g => g.Attribute("targetFramework")!.Value).ToList();
        Assert.Equal(["net10.0", "net8.0"], frameworks.Order(StringComparer.Ordinal));
        Assert.All(frameworks, tf =>
        {
            Assert.Contains($"lib/{tf}/{id}.dll", entries);
            Assert.Contains($"lib/{tf}/{id}.xml", entries);
        });
        var readme = new StreamReader(package.GetEntry("README.md")!.Open()).ReadToEnd();
        Assert.Contains(id, readme, StringComparison.Ordinal);
    }

    [PackagesTheory]
    [MemberData(nameof(Packages))]
    public void Library_package_depends_on_the_lowest_supported_versions(string id)
    {
        using var package = ZipFile.OpenRead(PackagePath(id, ".nupkg"));
        var metadata = Nuspec(package);
        XNamespace ns = metadata.Name.Namespace;
        var pinned = XDocument.Load(Path.Combine(Repository.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .ToDictionary(p => p.Attribute("Include")!.Value, p => p.Attribute("Version")!.Value, StringComparer.Ordinal);
        var own = metadata.Element(ns + "version")!.Value;
        var dependencies = metadata.Descendants(ns + "dependency").ToList();
        Assert.All(dependencies, d =>
        {
            var dependency = d.Attribute("id")!.Value;
            var version = d.Attribute("version")!.Value;
            var expected = dependency.StartsWith("CustomerLifecycle.", StringComparison.Ordinal) ? own : pinned[dependency];
            Assert.True(version == expected, $"{id} depends on {dependency} {version}; the lowest supported is {expected}");
            Assert.DoesNotContain("Analyzers", dependency, StringComparison.Ordinal);
        });
    }

    [PackagesTheory]
    [MemberData(nameof(Packages))]
    public void Symbol_package_embeds_every_source_so_stepping_in_works_offline(string id)
    {
        using var symbols = ZipFile.OpenRead(PackagePath(id, ".snupkg"));
        var pdbs = symbols.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, pdbs.Count);
        foreach (var pdb in pdbs)
        {
            using var copy = new MemoryStream();
            using (var stream = pdb.Open())
            {
                stream.CopyTo(copy);
            }

            copy.Position = 0;
            using var provider = MetadataReaderProvider.FromPortablePdbStream(copy);
            var reader = provider.GetMetadataReader();
            var embedded = reader.CustomDebugInformation.Select(reader.GetCustomDebugInformation)
                .Count(c => c.Parent.Kind == HandleKind.Document && reader.GetGuid(c.Kind) == EmbeddedSource);
            var documents = reader.Documents.Count(h => reader.GetString(reader.GetDocument(h).Name).EndsWith(".cs", StringComparison.Ordinal));
            Assert.True(documents > 0 && embedded >= documents, $"{pdb.FullName}: {embedded} embedded sources for {documents} documents");
        }
    }

    [PackagesFact]
    public void Tool_package_has_readme_icon_and_licence()
    {
        using var package = ZipFile.OpenRead(PackagePath("CustomerLifecycle.Cli", ".nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", entries);
        Assert.Contains("icon.png", entries);
        Assert.Equal("MIT", Nuspec(package).Element(Nuspec(package).Name.Namespace + "license")?.Value);
    }

    private static string PackagePath(string id, string extension)
    {
        var matches = Directory.EnumerateFiles(Repository.Artifacts, id + ".*" + extension)
            .Where(p => char.IsDigit(Path.GetFileName(p)[(id.Length + 1)..][0]))
            .ToList();
        return Assert.Single(matches);
    }

    private static XElement Nuspec(ZipArchive package)
    {
        var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream).Root!.Elements().First(e => e.Name.LocalName == "metadata");
    }
}

/// <summary>Skip text shared by the package tests when artifacts/ holds no packages.</summary>
internal static class PackagesPresent
{
    public static string? SkipReason => Directory.Exists(Repository.Artifacts) && Directory.EnumerateFiles(Repository.Artifacts, "*.nupkg").Any()
        ? null
        : $"No packages in {Repository.Artifacts}: run `dotnet pack CustomerLifecycle.sln -c Release -o artifacts` first (.ci/run does, before the tests).";
}

/// <summary>A package theory, skipped when nothing was packed.</summary>
internal sealed class PackagesTheoryAttribute : TheoryAttribute
{
    public PackagesTheoryAttribute() => Skip = PackagesPresent.SkipReason;
}

/// <summary>A package fact, skipped when nothing was packed.</summary>
internal sealed class PackagesFactAttribute : FactAttribute
{
    public PackagesFactAttribute() => Skip = PackagesPresent.SkipReason;
}

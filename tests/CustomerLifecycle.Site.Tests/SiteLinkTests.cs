using System.Text.RegularExpressions;

namespace CustomerLifecycle.Site.Tests;

/// <summary>Every internal link and anchor of the generated site resolves (read from the HTML files, no browser needed).</summary>
public partial class SiteLinkTests
{
    [SiteFact]
    public void Every_internal_link_and_anchor_of_the_site_resolves()
    {
        var pages = Directory.EnumerateFiles(Repository.Site, "*.html", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}public{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var page in pages)
        {
            foreach (Match link in Href().Matches(File.ReadAllText(page)))
            {
                var href = System.Net.WebUtility.HtmlDecode(link.Groups["href"].Value);
                if (href.Length == 0 || Uri.TryCreate(href, UriKind.Absolute, out _) || href.StartsWith("//", StringComparison.Ordinal))
                {
                    continue; // external (http, mailto) links are not this test's business
                }

                checkedLinks++;
                var hash = href.IndexOf('#', StringComparison.Ordinal);
                var pathPart = (hash < 0 ? href : href[..hash]).Split('?')[0];
                var anchor = hash < 0 ? null : Uri.UnescapeDataString(href[(hash + 1)..]);
                var target = pathPart.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, Uri.UnescapeDataString(pathPart)));
                if (Directory.Exists(target))
                {
                    target = Path.Combine(target, "index.html");
                }

                if (!File.Exists(target))
                {
                    broken.Add($"{Relative(page)}: {href} (no file)");
                }
                else if (!string.IsNullOrEmpty(anchor) && target.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(target, ids).Contains(anchor))
                {
                    broken.Add($"{Relative(page)}: {href} (no anchor '{anchor}')");
                }
            }
        }

        Assert.True(checkedLinks > 500, $"only {checkedLinks} internal links found: is the site complete?");
        Assert.True(broken.Count == 0, $"{broken.Count} broken links:\n" + string.Join('\n', broken.Distinct().Take(40)));
    }

    private static HashSet<string> IdsOf(string page, Dictionary<string, HashSet<string>> cache)
    {
        if (!cache.TryGetValue(page, out var set))
        {
            set = Id().Matches(File.ReadAllText(page)).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups["id"].Value)).ToHashSet(StringComparer.Ordinal);
            cache[page] = set;
        }

        return set;
    }

    private static string Relative(string page) => Path.GetRelativePath(Repository.Site, page);

    [GeneratedRegex(@"<(?:a|link)\b[^>]*?\shref=""(?<href>[^""]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();

    [GeneratedRegex(@"\s(?:id|name)=""(?<id>[^""]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex Id();
}

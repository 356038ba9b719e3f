using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CustomerLifecycle.Site.Tests;

/// <summary>The generated site, served from 127.0.0.1 and opened in headless Chromium.</summary>
public sealed partial class SiteBrowserTests : IDisposable
{
    private static readonly string[] PackageNamespacePages =
    [
        "api/CustomerLifecycle.Core.html", "api/CustomerLifecycle.Scoring.Nps.html", "api/CustomerLifecycle.Scoring.Clv.Models.html",
        "api/CustomerLifecycle.Followups.html", "api/CustomerLifecycle.Scorecards.html",
    ];

    private readonly StaticServer _server = new(Repository.Site, new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [SearchProbe] = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, SearchProbe)),
    });

    private const string SearchProbe = "search-probe.html";

    public void Dispose() => _server.Dispose();

    [SiteFact]
    public void Every_page_and_each_package_api_page_loads_without_console_errors_and_with_no_raw_tex()
    {
        var pages = Directory.EnumerateFiles(Repository.Site, "*.html", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Repository.Site, p).Replace('\\', '/'))
            .Where(p => !p.StartsWith("api/", StringComparison.Ordinal) && !p.StartsWith("public/", StringComparison.Ordinal) && !p.EndsWith("toc.html", StringComparison.Ordinal))
            .Concat(PackageNamespacePages)
            .Order(StringComparer.Ordinal)
            .ToList();
        var problems = new ConcurrentBag<string>();
        var typeset = new ConcurrentBag<string>();
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = 2 }, page =>
        {
            var (dom, console) = Chromium.Load(_server.BaseUrl + page);
            if (!dom.Contains("</article>", StringComparison.Ordinal))
            {
                problems.Add($"{page}: no article rendered");
            }

            foreach (var line in console.Where(l => ConsoleError().IsMatch(l)))
            {
                problems.Add($"{page}: console: {line}");
            }

            if (dom.Contains("<mjx-container", StringComparison.Ordinal))
            {
                typeset.Add(page);
            }

            var tex = RawTex().Match(VisibleText(dom));
            if (tex.Success)
            {
                problems.Add($"{page}: raw TeX left on the page near \"{tex.Value}\"");
            }
        });

        Assert.True(problems.IsEmpty, string.Join('\n', problems.Order(StringComparer.Ordinal)));
        Assert.Contains("concepts/nps.html", typeset);
        Assert.Contains("concepts/clv-models.html", typeset);
    }

    [SiteFact]
    public void Api_page_of_each_package_lists_its_main_types()
    {
        var expected = new Dictionary<string, string[]>
        {
            ["api/CustomerLifecycle.Core.html"] = ["CustomerId", "Money", "LikelihoodScore", "Fraction"],
            ["api/CustomerLifecycle.Scoring.Nps.html"] = ["NpsCalculator", "NpsTally", "NpsSampleSize", "WeightedNpsTally"],
            ["api/CustomerLifecycle.Scoring.Clv.Models.html"] = ["BgNbdModel", "ParetoNbdModel", "GammaGammaModel"],
            ["api/CustomerLifecycle.Followups.html"] = ["FollowupPlanner", "FollowupPlan", "PlannedTask"],
            ["api/CustomerLifecycle.Scorecards.html"] = ["Scorecard", "BandScale"],
        };
        foreach (var (page, types) in expected)
        {
            var dom = Chromium.Load(_server.BaseUrl + page).Dom.Replace("<wbr>", string.Empty, StringComparison.Ordinal); // the template breaks long names
            var ns = page["api/".Length..^".html".Length];
            Assert.All(types, t => Assert.True(
                dom.Contains($"href=\"{ns}.{t}.html\">{t}</a>", StringComparison.Ordinal), $"{page} does not list {t} with a link to its page"));
        }
    }

    [SiteFact]
    public void Main_entry_point_api_pages_show_their_compiled_examples()
    {
        // docs/api-examples/*.md pull code snippets from docs/examples (compiled and run by CustomerLifecycle.Docs.Tests).
        var calculator = File.ReadAllText(Path.Combine(Repository.Site, "api", "CustomerLifecycle.Scoring.Nps.NpsCalculator.html"));
        var sampleSize = File.ReadAllText(Path.Combine(Repository.Site, "api", "CustomerLifecycle.Scoring.Nps.NpsSampleSize.html"));
        Assert.Matches(@"Examples</h2>\s*<pre><code class=""lang-csharp"">var control = NpsTally.FromCounts\(152, 32, 16\)", calculator);
        Assert.Matches(@"Examples</h2>\s*<pre><code class=""lang-csharp"">var perGroup = NpsSampleSize.PerGroup\(", sampleSize);
    }

    [SiteFact]
    public void Search_index_finds_pareto_nbd_and_adjusted_wald()
    {
        // The search box's worker queries index.json (lunr over each page's title and text); the terms must be in it.
        using var index = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Site, "index.json")));
        var entries = index.RootElement.EnumerateObject()
            .Select(e => (Href: e.Value.GetProperty("href").GetString()!, Text: e.Value.GetProperty("title").GetString() + " " + e.Value.GetProperty("summary").GetString()))
            .ToList();
        Assert.Contains(entries, e => e.Text.Contains("Pareto/NBD", StringComparison.Ordinal) && e.Href.StartsWith("concepts/", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Text.Contains("adjusted Wald", StringComparison.OrdinalIgnoreCase) && e.Href.StartsWith("concepts/", StringComparison.Ordinal));
        var home = Chromium.Load(_server.BaseUrl + "index.html").Dom;
        Assert.Matches("<input[^>]+type=\"search\"", home);
    }

    [SiteFact]
    public void Typing_into_the_search_box_finds_pareto_nbd_and_adjusted_wald_on_concept_pages()
    {
        // search-probe.html opens the home page in a frame of the same origin, waits for the search worker, types each term
        // into the box (an input event, as a keystroke makes) and reports the result links it lists.
        var dom = Chromium.Load(_server.BaseUrl + SearchProbe).Dom;
        var report = SearchReport().Match(dom);
        Assert.True(report.Success, "the search probe wrote no report: " + dom[..Math.Min(dom.Length, 400)]);
        using var results = JsonDocument.Parse(System.Net.WebUtility.HtmlDecode(report.Groups[1].Value));
        foreach (var term in new[] { "Pareto/NBD", "adjusted Wald" })
        {
            var links = results.RootElement.GetProperty(term).EnumerateArray().Select(l => l.GetString()!).ToList();
            Assert.Contains(links, l => l.StartsWith("concepts/", StringComparison.Ordinal));
        }
    }

    [SiteFact]
    public void Home_page_and_an_api_page_screenshots_are_kept_as_test_artifacts()
    {
        var home = Chromium.Screenshot(_server.BaseUrl + "index.html", Path.Combine(Repository.TestResults, "site-home.png"), 1280, 1000);
        var api = Chromium.Screenshot(_server.BaseUrl + "api/CustomerLifecycle.Scoring.Nps.NpsCalculator.html", Path.Combine(Repository.TestResults, "site-api-npscalculator.png"), 1280, 1000);
        Assert.True(new FileInfo(home).Length > 10_000, "the home page screenshot is nearly empty");
        Assert.True(new FileInfo(api).Length > 10_000, "the API page screenshot is nearly empty");
    }

    /// <summary>The page's text as a reader sees it: no scripts, styles, code blocks or typeset formulas, no tags.</summary>
    private static string VisibleText(string dom)
    {
        var text = Invisible().Replace(dom, " ");
        return System.Net.WebUtility.HtmlDecode(Tag().Replace(text, " "));
    }

    [GeneratedRegex(@"<(script|style|pre|code|mjx-container|svg)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Invisible();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\\\(|\\\)|\\\[|\\\]|\$\$|\\frac|\\sqrt|\\text\{|\\alpha|\\sum|\$[^$\s][^$]{0,40}\\[a-z]+")]
    private static partial Regex RawTex();

    [GeneratedRegex(@"Uncaught|error|Failed to load|net::ERR_", RegexOptions.IgnoreCase)]
    private static partial Regex ConsoleError();

    [GeneratedRegex(@"<pre id=""out"">(\{.*?\})</pre>", RegexOptions.Singleline)]
    private static partial Regex SearchReport();
}

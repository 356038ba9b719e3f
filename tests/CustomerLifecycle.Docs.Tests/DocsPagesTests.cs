using System.Text.RegularExpressions;

namespace CustomerLifecycle.Docs.Tests;

/// <summary>
/// Every code block in docs/*.md that follows a marker <c>&lt;!-- example: File.cs#name --&gt;</c> must equal, line for line
/// (indentation normalised), the region between <c>// &lt;example:name&gt;</c> and <c>// &lt;/example:name&gt;</c> in
/// docs/examples/File.cs — which this project compiles. So the pages cannot show code that does not build.
/// </summary>
public partial class DocsPagesTests
{
    private static readonly string Root = AppContext.BaseDirectory;

    public static TheoryData<string, string, string> Blocks()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var page in Directory.EnumerateFiles(Path.Combine(Root, "Pages"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (Match m in Marker().Matches(File.ReadAllText(page)))
            {
                data.Add(Path.GetFileName(page), m.Groups["file"].Value + "#" + m.Groups["name"].Value, m.Groups["code"].Value);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Page_code_block_is_the_compiled_example(string page, string reference, string block)
    {
        var parts = reference.Split('#');
        var source = File.ReadAllText(Path.Combine(Root, "ExampleSources", parts[0]));
        var region = Regex.Match(source, $@"// <example:{Regex.Escape(parts[1])}>\r?\n(?<code>.*?)\r?\n\s*// </example:{Regex.Escape(parts[1])}>", RegexOptions.Singleline);
        Assert.True(region.Success, $"{page}: no region '{parts[1]}' in {parts[0]}");
        Assert.Equal(Normalise(region.Groups["code"].Value), Normalise(block));
    }

    [Fact]
    public void Every_page_with_csharp_uses_compiled_examples()
    {
        foreach (var page in Directory.EnumerateFiles(Path.Combine(Root, "Pages"), "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(page);
            var csharpBlocks = Regex.Matches(text, "```csharp").Count;
            var marked = Marker().Matches(text).Count;
            Assert.True(csharpBlocks == marked, $"{Path.GetFileName(page)}: {csharpBlocks} csharp blocks but {marked} with an example marker");
        }
    }

    private static string Normalise(string code)
    {
        // #region lines mark the snippets the API reference includes (docfx code snippets); pages do not show them.
        var lines = code.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd())
            .Where(l => !l.TrimStart().StartsWith("#region", StringComparison.Ordinal) && !l.TrimStart().StartsWith("#endregion", StringComparison.Ordinal)).ToArray();
        var indent = lines.Where(l => l.Length > 0).Select(l => l.Length - l.TrimStart().Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())).Trim('\n');
    }

    [GeneratedRegex(@"<!-- example: (?<file>[\w./-]+\.cs)#(?<name>[\w-]+) -->\s*```csharp\r?\n(?<code>.*?)\r?\n```", RegexOptions.Singleline)]
    private static partial Regex Marker();
}

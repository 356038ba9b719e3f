using Spectre.Console;

namespace CustomerLifecycle.Cli.Demo;

/// <summary>One section of <c>lifecycle demo</c>: computed from embedded, deterministic sample data, no files, no network.</summary>
internal interface IDemoSection
{
    /// <summary>The section's heading: the question it answers or what it shows.</summary>
    string Title { get; }

    /// <summary>The <c>lifecycle</c> command that does the same on the user's own data, printed after the section.</summary>
    string TryNext { get; }

    /// <summary>Computes and writes the section.</summary>
    void Render(IAnsiConsole console);
}

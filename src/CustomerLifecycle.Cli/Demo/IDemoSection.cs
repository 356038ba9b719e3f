using Spectre.Console;

namespace CustomerLifecycle.Cli.Demo;

/// <summary>One section of <c>lifecycle demo</c>: computed from embedded, deterministic sample data, no files, no network.</summary>
internal interface IDemoSection
{
    /// <summary>The section's heading.</summary>
    string Title { get; }

    /// <summary>Computes and writes the section.</summary>
    void Render(IAnsiConsole console);
}

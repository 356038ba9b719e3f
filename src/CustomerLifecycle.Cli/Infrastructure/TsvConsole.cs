using Spectre.Console;
using Spectre.Console.Rendering;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>
/// A console that prints every <see cref="Table"/> as tab-separated values (header line, then one line per row, cells as
/// plain text with tabs and line breaks turned into spaces) and everything else as the console it wraps would.
/// </summary>
internal sealed class TsvConsole(IAnsiConsole inner) : IAnsiConsole
{
    public Profile Profile => inner.Profile;

    public IAnsiConsoleCursor Cursor => inner.Cursor;

    public IAnsiConsoleInput Input => inner.Input;

    public IExclusivityMode ExclusivityMode => inner.ExclusivityMode;

    public RenderPipeline Pipeline => inner.Pipeline;

    public void Clear(bool home) => inner.Clear(home);

    public void WriteAnsi(Action<AnsiWriter> action) => inner.WriteAnsi(action);

    public void Write(IRenderable renderable)
    {
        if (renderable is not Table table)
        {
            inner.Write(renderable);
            return;
        }

        inner.Write(new Text(Line(table.Columns.Select(c => c.Header)) + Environment.NewLine));
        foreach (var row in table.Rows)
        {
            inner.Write(new Text(Line(row) + Environment.NewLine));
        }
    }

    private string Line(IEnumerable<IRenderable> cells) => string.Join('\t', cells.Select(Plain));

    /// <summary>The text of a cell without styles; tabs and line breaks become spaces so that a row stays one line.</summary>
    private string Plain(IRenderable cell)
    {
        var text = string.Concat(cell.Render(RenderOptions.Create(inner), Terminal.NaturalWidth).Select(s => s.IsLineBreak ? " " : s.Text));
        return text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();
    }
}

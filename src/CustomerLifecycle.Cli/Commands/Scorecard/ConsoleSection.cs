using System.Globalization;
using CustomerLifecycle.Cli.Report;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Scorecard;

/// <summary>Draws a report section on the console (tables, coloured bands, funnel bars), for the scorecard commands and the demo.</summary>
internal static class ConsoleSection
{
    public static void Render(IAnsiConsole console, ReportSection section, bool withTitle = true)
    {
        if (withTitle)
        {
            console.MarkupLine($"[bold]{Markup.Escape(section.Title)}[/]");
        }

        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case ScorecardBlock s:
                    Scorecard(console, s);
                    break;
                case TableBlock t:
                    var table = new Table().AddColumns(t.Header.Select(h => new TableColumn(Markup.Escape(h))).ToArray());
                    foreach (var row in t.Rows)
                    {
                        table.AddRow(row.Select(c => new Text(c)).ToArray());
                    }

                    console.Write(table);
                    break;
                case ParagraphBlock p:
                    console.MarkupLine($"[{Colour(p.Tone)}]{Markup.Escape(p.Text)}[/]");
                    break;
                case ChartBlock { Chart: FunnelChart f }:
                    Funnel(console, f);
                    break;
                case ChartBlock { Chart: NpsTrendChart t }:
                    var trend = new Table().AddColumns("period", "NPS", Markup.Escape(t.ConfidenceLabel), "n");
                    foreach (var p in t.Points)
                    {
                        trend.AddRow(
                            p.Label,
                            p.Nps is { } n ? n.ToString("0.0", CultureInfo.InvariantCulture) : "—",
                            p.Low is { } l && p.High is { } h ? string.Create(CultureInfo.InvariantCulture, $"[[{l:0.0}, {h:0.0}]]") : "—",
                            p.Responses.ToString(CultureInfo.InvariantCulture));
                    }

                    console.Write(trend);
                    break;
                default:
                    break; // band positions, CLV plots: the tables beside them carry the same figures
            }
        }
    }

    private static void Scorecard(IAnsiConsole console, ScorecardBlock s)
    {
        var table = new Table().AddColumns(
            new TableColumn(Markup.Escape(s.Headings.Metric)),
            new TableColumn(Markup.Escape(s.Headings.Value)).RightAligned(),
            new TableColumn(Markup.Escape(s.Headings.Band)),
            new TableColumn(string.Empty));
        foreach (var row in s.Rows)
        {
            table.AddRow(
                new Markup(Markup.Escape(row.Metric)),
                new Text(row.Value),
                new Markup(row.Band is null ? "—" : $"[{Colour(row.Tone)}]{Markup.Escape(row.Band)}[/]"),
                new Markup(row.Note is null ? string.Empty : $"[grey]{Markup.Escape(row.Note)}[/]"));
        }

        console.Write(table);
        if (s.Verdict is { } verdict)
        {
            console.MarkupLine($"[bold {Colour(s.VerdictTone)}]{Markup.Escape(verdict)}[/]");
        }
    }

    private static void Funnel(IAnsiConsole console, FunnelChart f)
    {
        var chart = new BarChart().Width(Math.Min(100, Math.Max(60, console.Profile.Width - 4)));
        for (var i = 0; i < f.Stages.Count; i++)
        {
            var s = f.Stages[i];
            var label = s.Conversion is { } c ? $"{s.Label} ({HtmlText.Value(c, ValueFormat.Percent)})" : s.Label;
            chart.AddItem(Markup.Escape(label + (f.Bottleneck == i ? " ◀" : string.Empty)), Math.Round(s.Count, 2), f.Bottleneck == i ? Color.Red : Color.DodgerBlue1);
        }

        console.Write(chart);
    }

    private static string Colour(ReportTone tone) => tone switch
    {
        ReportTone.Best => "green",
        ReportTone.Good => "chartreuse3",
        ReportTone.Fair => "yellow",
        ReportTone.Poor => "red",
        _ => "default",
    };
}

using System.Text;

namespace CustomerLifecycle.Cli.Report;

/// <summary>
/// Renders a <see cref="ReportDocument"/> as one self-contained HTML page: inline CSS, inline SVG charts, no script,
/// no external URL. Every piece of data is HTML-encoded; the same document always gives the same bytes.
/// </summary>
internal static class HtmlReport
{
    private const string Css = """
        :root{color-scheme:light;--ink:#1f2933;--muted:#616e7c;--line:#d9e2ec}
        *{box-sizing:border-box}
        body{margin:0;background:#f5f7fa;color:var(--ink);font:15px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif}
        main{max-width:980px;margin:0 auto;padding:24px 20px 48px}
        h1{font-size:26px;margin:0 0 4px}
        .subtitle{color:var(--muted);margin:0 0 20px}
        section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:16px 20px;margin:0 0 18px}
        h2{font-size:19px;margin:0 0 12px}
        p{margin:8px 0}
        table{border-collapse:collapse;width:100%;margin:6px 0 10px}
        th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:middle}
        th{font-size:13px;color:var(--muted);font-weight:600}
        td.num{font-variant-numeric:tabular-nums;white-space:nowrap}
        .badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:13px;white-space:nowrap;background:#e4e7eb}
        .tone-best{background:#c8e6c9}.tone-good{background:#dcedc8}.tone-fair{background:#fff3c4}.tone-poor{background:#ffcdd2}
        .verdict{padding:8px 12px;border-radius:6px;font-weight:600}
        .note{display:block;color:var(--muted);font-size:13px}
        svg.chart{display:block;max-width:100%;height:auto;font-size:11px}
        svg.chart-funnel,svg.chart-nps-trend,svg.chart-clv-tracking{margin:8px 0}
        svg .label{font-size:13px;fill:var(--ink)}
        svg .value{font-size:12px;fill:var(--ink)}
        svg .alert{fill:#c62828;font-weight:600}
        svg .tick{font-size:10px;fill:var(--muted)}
        svg .legend{font-size:12px;fill:var(--ink)}
        svg .grid{stroke:#e4e7eb;stroke-width:1}
        svg .zero{stroke:#9aa5b1;stroke-width:1;stroke-dasharray:4 3}
        svg .ci-band{fill:#90caf9;fill-opacity:.55;stroke:none}
        svg .ci-bar{stroke:#64b5f6;stroke-width:4}
        svg .nps-line{fill:none;stroke:#1565c0;stroke-width:2.5}
        svg .nps-point{fill:#1565c0}
        svg .actual-line{fill:none;stroke:#263238;stroke-width:2.5}
        svg .expected-line{fill:none;stroke:#ef6c00;stroke-width:2.5;stroke-dasharray:7 4}
        svg .holdout{stroke:#9aa5b1;stroke-width:1.5;stroke-dasharray:3 3}
        svg .marker-line{stroke:#1f2933;stroke-width:3}
        svg .marker-head{fill:#1f2933}
        svg .band{stroke:#fff;stroke-width:1}
        td.best{font-weight:700;background:#e8f5e9}
        svg.chart-clv-lines,svg.chart-clv-bins{margin:8px 0}
        svg .model-0{fill:none;stroke:#ef6c00;stroke-width:2.5;stroke-dasharray:7 4}
        svg .model-1{fill:none;stroke:#2e7d32;stroke-width:2.5;stroke-dasharray:2 3}
        svg .model-2{fill:none;stroke:#6a1b9a;stroke-width:2.5;stroke-dasharray:10 3 2 3}
        svg .bar-actual{fill:#455a64}svg .bar-model-0{fill:#ef6c00}svg .bar-model-1{fill:#66bb6a}svg .bar-model-2{fill:#9575cd}
        """;

    /// <summary>The page as a string.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A chart value is NaN or infinite.</exception>
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sb = new StringBuilder(16 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(HtmlText.Encode(document.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlText.Encode(document.Title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n<main>\n")
            .Append("<h1>").Append(HtmlText.Encode(document.Title)).Append("</h1>\n");
        if (document.Subtitle is { } subtitle)
        {
            sb.Append("<p class=\"subtitle\">").Append(HtmlText.Encode(subtitle)).Append("</p>\n");
        }

        foreach (var section in document.Sections)
        {
            sb.Append("<section>\n<h2>").Append(HtmlText.Encode(section.Title)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                Block(sb, block);
                sb.Append('\n');
            }

            sb.Append("</section>\n");
        }

        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Block(StringBuilder sb, ReportBlock block)
    {
        switch (block)
        {
            case ParagraphBlock p:
                sb.Append("<p class=\"").Append(p.Tone == ReportTone.Neutral ? "text" : "verdict " + ToneClass(p.Tone)).Append("\">")
                    .Append(HtmlText.Encode(p.Text)).Append("</p>");
                break;
            case ScorecardBlock s:
                Scorecard(sb, s);
                break;
            case TableBlock t:
                Table(sb, t);
                break;
            case MarkedTableBlock m:
                MarkedTable(sb, m);
                break;
            case ChartBlock c:
                SvgCharts.Write(sb, c.Chart);
                break;
            default:
                throw new ArgumentException($"Unknown block type {block.GetType().Name}.", nameof(block));
        }
    }

    private static void Scorecard(StringBuilder sb, ScorecardBlock s)
    {
        Head(sb, "<table class=\"scorecard\">", [s.Headings.Metric, s.Headings.Value, s.Headings.Band, s.Headings.Position]);
        foreach (var row in s.Rows)
        {
            sb.Append("<tr><td>").Append(HtmlText.Encode(row.Metric));
            if (row.Note is { } note)
            {
                sb.Append("<span class=\"note\">").Append(HtmlText.Encode(note)).Append("</span>");
            }

            sb.Append("</td><td class=\"num\">").Append(HtmlText.Encode(row.Value)).Append("</td><td>");
            if (row.Band is { } band)
            {
                sb.Append("<span class=\"badge ").Append(ToneClass(row.Tone)).Append("\">").Append(HtmlText.Encode(band)).Append("</span>");
            }
            else
            {
                sb.Append('—');
            }

            sb.Append("</td><td>");
            if (row.Position is { } chart)
            {
                SvgCharts.Write(sb, chart);
            }

            sb.Append("</td></tr>\n");
        }

        sb.Append("</tbody>\n</table>");
        if (s.Verdict is { } verdict)
        {
            sb.Append("\n<p class=\"verdict ").Append(ToneClass(s.VerdictTone)).Append("\">").Append(HtmlText.Encode(verdict)).Append("</p>");
        }
    }

    private static void Table(StringBuilder sb, TableBlock t)
    {
        Head(sb, "<table>", t.Header);
        foreach (var row in t.Rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                sb.Append("<td>").Append(HtmlText.Encode(cell)).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>");
    }

    private static void MarkedTable(StringBuilder sb, MarkedTableBlock t)
    {
        Head(sb, "<table class=\"comparison\">", t.Header);
        foreach (var row in t.Rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                sb.Append("<td").Append(cell.Numeric || cell.Best ? $" class=\"{(cell.Numeric ? "num" : string.Empty)}{(cell.Numeric && cell.Best ? " " : string.Empty)}{(cell.Best ? "best" : string.Empty)}\"" : string.Empty).Append('>')
                    .Append(HtmlText.Encode(cell.Text));
                if (cell.Best)
                {
                    sb.Append(" <span title=\"").Append(HtmlText.Encode(t.BestLabel)).Append("\" aria-label=\"").Append(HtmlText.Encode(t.BestLabel)).Append("\">★</span>");
                }

                sb.Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>");
    }

    /// <summary>Opens a table with its (encoded) column headings and its body.</summary>
    private static void Head(StringBuilder sb, string open, IEnumerable<string> headings)
    {
        sb.Append(open).Append("\n<thead><tr>");
        foreach (var h in headings)
        {
            sb.Append("<th>").Append(HtmlText.Encode(h)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
    }

    private static string ToneClass(ReportTone tone) => tone switch
    {
        ReportTone.Best => "tone-best",
        ReportTone.Good => "tone-good",
        ReportTone.Fair => "tone-fair",
        ReportTone.Poor => "tone-poor",
        _ => "tone-neutral",
    };
}

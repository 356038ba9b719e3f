using System.CommandLine;
using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Cli.Commands.Scorecard;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Cli.Report;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Scorecards;
using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Cli.Commands.Report;

/// <summary><c>lifecycle report &lt;folder or files&gt; -o report.html</c>: one self-contained HTML page with scorecards and charts.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Folders and/or files; files are recognised by name (activation*, lifecycle*, funnel*, nps*/survey*, clv*/tracking*; see docs/report.md). May be left out when --diagnostics is given.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string>("--output", "-o") { Description = "The HTML file to write.", Required = true };
        var culture = CultureOption.Create();
        var zone = CommonOptions.Zone();
        var period = new Option<NpsPeriod?>("--period")
        {
            Description = "The NPS trend's period: day, week, month, quarter or year (in --zone); by default the coarsest of month, week and day that gives at least 4 points.",
        };
        var title = new Option<string?>("--title") { Description = "The page title (default: 'Customer lifecycle report')." };
        var diagnostics = new Option<string?>("--diagnostics")
        {
            Description = "The JSON output of 'lifecycle clv diagnose … --json': adds the model comparison table, the tracking plots and the frequency-bin plot.",
        };
        var input = new TextInput();
        var command = new Command("report", "Write one self-contained HTML report (scorecards, funnel, band positions, NPS trend with CI, CLV tracking).");
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.Options.Add(culture);
        command.Options.Add(zone);
        command.Options.Add(period);
        command.Options.Add(title);
        command.Options.Add(diagnostics);
        input.AddTo(command);
        command.SetAction(parse =>
        {
            var uiCulture = CultureOption.Resolve(parse.GetValue(culture));
            var text = ReportText.For(uiCulture);
            var tz = CommonOptions.ResolveZone(parse.GetValue(zone));
            var diagnosticsPath = parse.GetValue(diagnostics);
            var paths = parse.GetValue(inputs) ?? [];
            var found = paths.Length == 0 && diagnosticsPath is not null ? [] : ReportInputs.Find(paths);
            var session = new ImportSession(input.Resolve(parse, NodaTime.DateTimeZone.Utc));
            var sections = new List<ReportSection>();
            var rejected = new List<(string Path, RejectedRow Row)>();
            foreach (var input in found)
            {
                switch (input.Kind)
                {
                    case ReportInputKind.Scorecard:
                        var outcome = input.Scorecard!.Compute(input.Path, uiCulture, session);
                        rejected.AddRange(outcome.Rejected.Select(r => (input.Path, r)));
                        sections.Add(outcome.Section);
                        break;
                    case ReportInputKind.Survey:
                        var survey = SurveyCsv.Read(input.Path, tz);
                        session.Count(input.Path, survey.Import);
                        rejected.AddRange(survey.Import.Rejected.Select(r => (input.Path, r)));
                        sections.Add(NpsReportSection.Build(survey.Import.Accepted, new NpsCalculator(), tz, parse.GetValue(period) ?? NpsReportSection.AutoPeriod(survey.Import.Accepted, tz), text));
                        break;
                    case ReportInputKind.ClvTracking:
                        var tracking = session.Read(input.Path, options => ClvTrackingCsv.ReadFile(input.Path, options));
                        rejected.AddRange(tracking.Rejected.Select(r => (input.Path, r)));
                        sections.Add(ClvReportSection.Build(TrackingPoints(tracking), HoldoutStart(tracking), text));
                        break;
                }
            }

            if (diagnosticsPath is not null)
            {
                sections.Add(ClvDiagnosticsSection.Build(ClvDiagnosticsFile.Read(diagnosticsPath), text));
            }

            if (rejected.Count > 0)
            {
                sections.Add(new ReportSection(
                    text.Rejected,
                    [new TableBlock(["file", "line", "code", "reason"], rejected.Select(r => (IReadOnlyList<string>)[Path.GetFileName(r.Path), r.Row.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Row.Code, r.Row.Reason]).ToArray())]));
            }

            var document = new ReportDocument(
                parse.GetValue(title) ?? text.Title,
                text.Language,
                $"{text.Sources}: {string.Join(", ", found.Select(f => f.Path).Append(diagnosticsPath).OfType<string>().Select(Path.GetFileName))}",
                sections);
            var path = parse.GetValue(output)!;
            OutputFile.Write(path, HtmlReport.Render(document), found.Select(f => f.Path).Append(diagnosticsPath).OfType<string>());
            Terminal.WriteRaw($"wrote {path}: {sections.Count} sections from {found.Count} files");
            foreach (var (file, row) in rejected.Take(20))
            {
                Console.Error.WriteLine($"{file}: line {row.Line}: {row.Reason} ({row.Code})"); // one line per row, never wrapped
            }

            session.WriteTotals();

            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The tracking periods as the report draws them.</summary>
    private static ClvTrackingPointView[] TrackingPoints(ImportResult<ClvTrackingRow> tracking) =>
        [.. tracking.Accepted.Select(p => new ClvTrackingPointView(p.Period, p.Actual, p.Expected))];

    /// <summary>The index of the first hold-out period among the accepted ones, or null when none is marked.</summary>
    private static int? HoldoutStart(ImportResult<ClvTrackingRow> tracking)
    {
        var i = tracking.Accepted.ToList().FindIndex(p => p.Holdout);
        return i >= 0 ? i : null;
    }
}

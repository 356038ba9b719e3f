using System.CommandLine;
using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Scoring.Nps;
using NodaTime.Text;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Nps;

/// <summary><c>lifecycle nps &lt;file.csv&gt;</c> and <c>lifecycle nps compare &lt;a.csv&gt; &lt;b.csv&gt;</c>.</summary>
internal static class NpsCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Survey CSV with a header and at least a 'score' column (0–10); optional customer_id, responded_at, touchpoint, first_visit, weight." };
        var json = CommonOptions.Json();
        var by = new Option<string?>("--by") { Description = "Segment by this column (e.g. touchpoint, centre)." };
        var confidence = ConfidenceOption();
        var method = MethodOption();
        var zone = CommonOptions.Zone();
        var text = new TextInput();
        var period = new Option<NpsPeriod?>("--period") { Description = "Add a trend by calendar period: day, week, month, quarter or year (in --zone)." };

        var command = new Command("nps", "Net Promoter Score with a confidence interval, first-visit NPS, perfect rate, weighting, segments and trend.");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.Options.Add(by);
        command.Options.Add(confidence);
        command.Options.Add(method);
        command.Options.Add(zone);
        command.Options.Add(period);
        text.AddTo(command);
        command.Subcommands.Add(CreateCompare());
        command.SetAction(parse =>
        {
            var calculator = Calculator(parse.GetValue(confidence), parse.GetValue(method));
            var tz = CommonOptions.ResolveZone(parse.GetValue(zone));
            var byColumn = parse.GetValue(by);
            var trendPeriod = parse.GetValue(period);
            var path = parse.GetValue(file)!;
            var tallies = SurveyCsv.Tally(path, text.Resolve(parse, tz), byColumn, trendPeriod);
            var estimate = calculator.Estimate(tallies.All);
            var firstVisit = calculator.Estimate(tallies.FirstVisits);
            var weightedEstimate = tallies.HasWeights ? calculator.Estimate(tallies.Weighted) : null;
            IReadOnlyList<SegmentJson>? segments = byColumn is null ? null : Segments(tallies.Segments, calculator);
            IReadOnlyList<PeriodJson>? trend = tallies.Trend is { } t ? Trend(t, calculator) : null;

            var report = new NpsReportJson(
                path,
                estimate.Tally.Total,
                estimate.Tally.Promoters,
                estimate.Tally.Passives,
                estimate.Tally.Detractors,
                NpsSummaryJson.Round(estimate.Nps),
                NpsSummaryJson.Round(estimate.Interval?.Low),
                NpsSummaryJson.Round(estimate.Interval?.High),
                NpsSummaryJson.MethodName(estimate.Method),
                estimate.ConfidenceLevel,
                NpsSummaryJson.Round(estimate.MarginOfError),
                NpsSummaryJson.Round(estimate.StandardError),
                NpsSummaryJson.Round(estimate.Tally.PerfectRate?.Value, 6),
                NpsSummaryJson.From(firstVisit),
                weightedEstimate is null ? null : new WeightedJson(
                    NpsSummaryJson.Round(weightedEstimate.Nps),
                    NpsSummaryJson.Round(weightedEstimate.Interval?.Low),
                    NpsSummaryJson.Round(weightedEstimate.Interval?.High),
                    NpsSummaryJson.Round(weightedEstimate.EffectiveSampleSize),
                    tallies.Weighted.TotalWeight),
                segments,
                trend,
                RejectedJson.From(tallies.Rejected),
                tallies.Trend?.Undated.Total);

            if (parse.GetValue(json))
            {
                Terminal.WriteRaw(CliJson.Serialize(report));
            }
            else
            {
                RenderReport(report);
            }

            TextInput.WarnRejected(path, tallies.Rejected, tallies.RowCount);
            WarnUndated(path, tallies.Trend, estimate.Tally.Total);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command CreateCompare()
    {
        var a = new Argument<string>("a") { Description = "The baseline survey CSV (control, earlier period)." };
        var b = new Argument<string>("b") { Description = "The treatment survey CSV." };
        var json = CommonOptions.Json();
        var confidence = ConfidenceOption();
        var method = MethodOption();
        var zone = CommonOptions.Zone();
        var text = new TextInput();
        var command = new Command("compare", "Compare two independent NPS samples: difference (b − a), its interval, z and the two-sided p-value.");
        command.Arguments.Add(a);
        command.Arguments.Add(b);
        command.Options.Add(json);
        command.Options.Add(confidence);
        command.Options.Add(method);
        command.Options.Add(zone);
        text.AddTo(command);
        command.SetAction(parse =>
        {
            var calculator = Calculator(parse.GetValue(confidence), parse.GetValue(method));
            var options = text.Resolve(parse, CommonOptions.ResolveZone(parse.GetValue(zone)));
            var first = SurveyCsv.Read(parse.GetValue(a)!, options, null);
            var second = SurveyCsv.Read(parse.GetValue(b)!, options, null);
            var c = calculator.Compare(NpsTally.Of(first.Import.Accepted), NpsTally.Of(second.Import.Accepted));
            var result = new NpsComparisonJson(
                NpsSummaryJson.Round(c.Difference),
                NpsSummaryJson.Round(c.Interval?.Low),
                NpsSummaryJson.Round(c.Interval?.High),
                NpsSummaryJson.Round(c.Z),
                NpsSummaryJson.Round(c.PValue, 6),
                NpsSummaryJson.Round(c.StandardError),
                c.IsSignificant,
                NpsSummaryJson.Round(c.MinimumDetectableDifference),
                NpsSummaryJson.MethodName(c.Method),
                c.ConfidenceLevel,
                NpsSummaryJson.From(c.Baseline),
                NpsSummaryJson.From(c.Treatment),
                RejectedJson.From(first.Import.Rejected),
                RejectedJson.From(second.Import.Rejected));
            if (parse.GetValue(json))
            {
                Terminal.WriteRaw(CliJson.Serialize(result));
            }
            else
            {
                RenderComparison(result, first.Path, second.Path);
            }

            first.WarnRejected();
            second.WarnRejected();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Option<double> ConfidenceOption() => new("--confidence")
    {
        Description = "Confidence level of intervals and tests, strictly between 0 and 1.",
        DefaultValueFactory = _ => 0.95,
    };

    private static Option<string> MethodOption() => new("--method")
    {
        Description = "Interval method: adjusted-wald (Rocks 2016, default) or wald.",
        DefaultValueFactory = _ => "adjusted-wald",
    };

    private static NpsCalculator Calculator(double confidence, string? method)
    {
        var m = method?.Trim().ToUpperInvariant() switch
        {
            null or "" or "ADJUSTED-WALD" or "ADJUSTED_WALD" or "ADJUSTEDWALD" => NpsIntervalMethod.AdjustedWald,
            "WALD" => NpsIntervalMethod.Wald,
            _ => throw new UnusableInputException($"--method: expected adjusted-wald or wald; got '{method}'"),
        };
        return new NpsCalculator(new NpsOptions { ConfidenceLevel = CommonOptions.Probability(confidence, "--confidence"), IntervalMethod = m });
    }

    /// <summary>The segments in ordinal key order, a blank key shown as <c>(blank)</c> (and merged with a literal one).</summary>
    private static SegmentJson[] Segments(IReadOnlyDictionary<string, NpsTally> tallies, NpsCalculator calculator)
    {
        var shown = new SortedDictionary<string, NpsTally>(StringComparer.Ordinal);
        foreach (var (key, tally) in tallies)
        {
            var k = key.Length == 0 ? "(blank)" : key;
            shown[k] = shown.GetValueOrDefault(k).Merge(tally);
        }

        return shown.Select(s => new SegmentJson(s.Key, NpsSummaryJson.From(calculator.Estimate(s.Value)))).ToArray();
    }

    /// <summary>Says on stderr how many responses the trend could not place (no time stamp, or no time column at all).</summary>
    private static void WarnUndated(string path, NpsTrend? trend, long responses)
    {
        if (trend is not { Undated.Total: > 0 and var undated })
        {
            return;
        }

        Console.Error.WriteLine(undated == responses
            ? $"{path}: no response has a responded_at time (a column named responded_at, at or date), so the trend is empty"
            : string.Create(CultureInfo.InvariantCulture, $"{path}: {undated} of {responses} responses have no responded_at time and are in no period of the trend"));
    }

    private static PeriodJson[] Trend(NpsTrend trend, NpsCalculator calculator) => trend.Points
        .Select(p => new PeriodJson(LocalDatePattern.Iso.Format(p.Start), LocalDatePattern.Iso.Format(p.End), NpsSummaryJson.From(calculator.Estimate(p.Tally))))
        .ToArray();

    /// <summary>A p-value as printed: <c>p = 0.2346</c>, <c>p &lt; 0.0001</c> below that (never <c>p = 0.0000</c>), <c>p = —</c> when undefined.</summary>
    internal static string PValue(double? p) => p switch
    {
        null => "p = —",
        < 0.0001 => "p < 0.0001",
        { } v => string.Create(CultureInfo.InvariantCulture, $"p = {v:0.0000}"),
    };

    internal static string Points(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "undefined";

    internal static string Interval(double? low, double? high) => low is { } l && high is { } h
        ? string.Create(CultureInfo.InvariantCulture, $"[{l:0.0}, {h:0.0}]")
        : "—";

    private static void RenderReport(NpsReportJson r)
    {
        var console = Terminal.Out;
        console.MarkupLineInterpolated($"[bold]{r.File}[/]: {r.Responses} {(r.Responses == 1 ? "response" : "responses")}, {r.Rejected.Count} rejected {(r.Rejected.Count == 1 ? "row" : "rows")}");
        var table = new Table().AddColumns("metric", "value");
        AddRow(table, "NPS", Points(r.Nps));
        AddRow(table, string.Create(CultureInfo.InvariantCulture, $"{r.Confidence:P0} interval ({r.Method})"), Interval(r.CiLow, r.CiHigh));
        AddRow(table, "margin of error", r.MarginOfError is { } m ? string.Create(CultureInfo.InvariantCulture, $"±{m:0.0}") : "—");
        AddRow(table, "promoters / passives / detractors", string.Create(CultureInfo.InvariantCulture, $"{r.Promoters} / {r.Passives} / {r.Detractors}"));
        AddRow(table, "perfect rate (10s)", r.PerfectRate is { } pr ? pr.ToString("P1", CultureInfo.InvariantCulture) : "—");
        AddRow(table, "first-visit NPS", string.Create(CultureInfo.InvariantCulture, $"{Points(r.FirstVisit.Nps)} {Interval(r.FirstVisit.CiLow, r.FirstVisit.CiHigh)} (n = {r.FirstVisit.Responses})"));
        if (r.Weighted is { } w)
        {
            AddRow(table, "weighted NPS", string.Create(CultureInfo.InvariantCulture, $"{Points(w.Nps)} {Interval(w.CiLow, w.CiHigh)} (Kish n_eff = {w.EffectiveSampleSize?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—"})"));
        }

        console.Write(table);
        if (r.Segments is { Count: > 0 })
        {
            console.Write(SummaryTable("segment", r.Segments.Select(s => (s.Key ?? "(blank)", s.Summary))));
        }

        if (r.Trend is { Count: > 0 })
        {
            console.Write(SummaryTable("period", r.Trend.Select(p => (p.Start, p.Summary))));
        }
    }

    internal static Table SummaryTable(string keyHeader, IEnumerable<(string Key, NpsSummaryJson Summary)> rows)
    {
        var table = new Table().AddColumns(keyHeader, "n", "NPS", "interval", "± margin");
        foreach (var (key, s) in rows)
        {
            AddRow(
                table,
                key,
                s.Responses.ToString(CultureInfo.InvariantCulture),
                Points(s.Nps),
                Interval(s.CiLow, s.CiHigh),
                s.MarginOfError?.ToString("0.0", CultureInfo.InvariantCulture) ?? "—");
        }

        return table;
    }

    /// <summary>Adds a row of plain text (escaped: intervals such as [45.3, 71.2] are not markup).</summary>
    internal static void AddRow(Table table, params string[] cells) => table.AddRow(cells.Select(c => new Text(c)).ToArray());

    private static void RenderComparison(NpsComparisonJson c, string a, string b)
    {
        var console = Terminal.Out;
        console.Write(SummaryTable("sample", [(a, c.A), (b, c.B)]));
        var diff = c.Difference is { } d ? d.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "undefined";
        console.MarkupLineInterpolated($"difference (b − a): [bold]{diff}[/] points, {c.Confidence:P0} interval {Interval(c.CiLow, c.CiHigh)}");
        console.MarkupLineInterpolated($"z = {c.Z?.ToString("0.000", CultureInfo.InvariantCulture) ?? "—"}, two-sided {PValue(c.PValue)} → {(c.Significant ? "significant" : "not significant")} at {c.Confidence:P0}");
        if (c.MinimumDetectableDifference is { } mdd)
        {
            console.MarkupLineInterpolated($"[grey]with these sample sizes, differences below ≈{mdd.ToString("0.0", CultureInfo.InvariantCulture)} points are unlikely to be detected (80 % power).[/]");
        }
    }
}

using System.Globalization;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Summaries;
using CustomerLifecycle.Data.Text;
using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary>
/// The sBG input of <c>clv fit --model sbg --covariates segments.csv</c>: the cohort file has a <c>segment</c> (or
/// <c>cohort</c>) column beside <c>period</c> and <c>alive</c>, one survivor series per segment (periods 0…n each); the
/// covariate file has a <c>segment</c> (or <c>cohort</c>) column and numeric columns, one row per segment. A cohort row
/// whose segment has no covariate row is rejected with its line and reason; a segment whose periods are not 0…n or whose
/// survivors increase is unusable input.
/// </summary>
internal static class ClvFitSbgCovariates
{
    private static readonly string[] SegmentColumn = ["segment", "cohort"];

    /// <summary>sBG has only the lifetime process: <c>--transaction</c>, <c>--constrain</c> and a transaction penalty are refused.</summary>
    public static void CheckOptions(ClvCovariateOptions options)
    {
        if (options.Transaction is { Count: > 0 } || options.Constrained.Count > 0 || options.TransactionPenalty != 0d)
        {
            throw new UnusableInputException("--covariates: sbg has only the lifetime (churn) process; use --life (or no column list), not --transaction, --constrain or --l2 transaction=");
        }
    }

    /// <summary>Reads the segment covariates: the segment column and every other column a number.</summary>
    public static CovariateFile ReadSegments(string path, TextTableOptions options) => TextInput.Read(path, options, table =>
    {
        var id = table.Require(SegmentColumn);
        var columns = Enumerable.Range(0, table.Columns.Count).Where(i => i != id).ToArray();
        if (columns.Length == 0)
        {
            throw new UnusableInputException($"{path}: no covariate column besides '{table.Columns[id]}'");
        }

        var rows = new List<CovariateRow>();
        var rejected = new List<RejectedRow>();
        var seen = new Dictionary<CustomerId, int>();
        var count = 0;
        foreach (var row in table.ReadRows())
        {
            count++;
            if (row.HasExtraFields)
            {
                rejected.Add(new RejectedRow(row.Line, TextTable.ExtraFieldsCode, table.ExtraFieldsReason(row)));
                continue;
            }

            var values = new double[columns.Length];
            var bad = -1;
            for (var i = 0; i < columns.Length && bad < 0; i++)
            {
                bad = NumberText.TryParseDouble(row[columns[i]], table.Options.Numbers, out values[i], out _) && double.IsFinite(values[i]) ? -1 : i;
            }
            if (!CustomerId.TryFrom(row[id], out var segment))
            {
                rejected.Add(new RejectedRow(row.Line, "segment.invalid", $"segment \"{row[id]}\" is empty or longer than {CustomerId.MaxLength} characters") { Column = table.Columns[id] });
            }
            else if (bad >= 0)
            {
                rejected.Add(new RejectedRow(row.Line, "covariate.invalid", $"{table.Columns[columns[bad]]} \"{row[columns[bad]]}\" is not a number") { Column = table.Columns[columns[bad]] });
            }
            else if (!seen.TryAdd(segment, row.Line))
            {
                rejected.Add(new RejectedRow(row.Line, "segment.duplicate", $"segment \"{segment}\" already has a row on line {seen[segment]}") { Column = table.Columns[id] });
            }
            else
            {
                rows.Add(new CovariateRow(row.Line, segment, values));
            }
        }

        return table.Options.Strict && rejected.Count > 0
            ? throw new ImportRejectedException(table.Source, rejected, count)
            : new CovariateFile(table.Source, columns.Select(c => table.Columns[c]).ToArray(), rows, count, rejected);
    });

    /// <summary>Reads the segmented cohort file and joins each segment's survivors to its covariates.</summary>
    public static ClvCovariateInput Join(string path, TextTableOptions options, CovariateFile covariates, string covariatePath)
    {
        var (segments, rejected, rows) = ReadCohorts(path, options);
        var cohorts = new List<CovariateCohort>();
        var all = rejected.ToList();
        foreach (var (segment, series) in segments)
        {
            if (covariates.Find(segment) is { } row)
            {
                cohorts.Add(new CovariateCohort(Survivors(path, segment, series), row.Values));
            }
            else
            {
                all.AddRange(series.Values.Select(v => new RejectedRow(v.Line, ClvFitCovariateJoin.MissingCode, $"segment {segment} has no row in {covariatePath}; left out of the fit")));
            }
        }

        return new ClvCovariateInput(cohorts.Count, all.OrderBy(r => r.Line).ToArray(), rejected.Count, rows, (fitter, o) => fitter.FitSbg(cohorts, o));
    }

    private static (List<(CustomerId Segment, SortedDictionary<int, (double Alive, int Line)> Series)> Segments, List<RejectedRow> Rejected, int Rows) ReadCohorts(string path, TextTableOptions options) =>
        TextInput.Read(path, options, table =>
        {
            var segment = table.Require(SegmentColumn);
            var period = table.Require("period");
            var alive = table.Require("alive");
            var numbers = table.Options.Numbers;
            var segments = new List<(CustomerId Segment, SortedDictionary<int, (double Alive, int Line)> Series)>();
            var rejected = new List<RejectedRow>();
            var rows = 0;
            foreach (var row in table.ReadRows())
            {
                rows++;
                if (row.HasExtraFields)
                {
                    rejected.Add(new RejectedRow(row.Line, TextTable.ExtraFieldsCode, table.ExtraFieldsReason(row)));
                    continue;
                }

                if (!CustomerId.TryFrom(row[segment], out var id))
                {
                    rejected.Add(new RejectedRow(row.Line, "segment.invalid", $"segment \"{row[segment]}\" is empty or longer than {CustomerId.MaxLength} characters") { Column = table.Columns[segment] });
                }
                else if (!NumberText.TryParseDouble(row[period], numbers, out var t, out _) || t < 0d || t != Math.Floor(t) || t > int.MaxValue)
                {
                    rejected.Add(new RejectedRow(row.Line, "period.invalid", $"period \"{row[period]}\" is not a whole number ≥ 0") { Column = "period" });
                }
                else if (!NumberText.TryParseDouble(row[alive], numbers, out var a, out _) || !double.IsFinite(a) || a < 0d)
                {
                    rejected.Add(new RejectedRow(row.Line, "alive.invalid", $"alive \"{row[alive]}\" is not a finite number ≥ 0") { Column = "alive" });
                }
                else
                {
                    var index = segments.FindIndex(s => s.Segment == id);
                    if (index < 0)
                    {
                        segments.Add((id, []));
                        index = segments.Count - 1;
                    }

                    if (!segments[index].Series.TryAdd((int)t, (a, row.Line)))
                    {
                        rejected.Add(new RejectedRow(row.Line, "period.duplicate", $"segment {id} already has period {(int)t} on line {segments[index].Series[(int)t].Line}") { Column = "period" });
                    }
                }
            }

            return table.Options.Strict && rejected.Count > 0 ? throw new ImportRejectedException(table.Source, rejected, rows) : (segments, rejected, rows);
        });

    private static CohortSurvivors Survivors(string path, CustomerId segment, SortedDictionary<int, (double Alive, int Line)> series)
    {
        if (series.Keys.Select((t, i) => t == i).Any(ok => !ok) || series.Count < 2)
        {
            throw new UnusableInputException($"{path}: segment {segment} has periods {string.Join(", ", series.Keys.Select(k => k.ToString(CultureInfo.InvariantCulture)))}; a cohort needs periods 0, 1, …, n");
        }

        try
        {
            return new CohortSurvivors(series.Values.Select(v => v.Alive));
        }
        catch (ArgumentException ex)
        {
            throw new UnusableInputException($"{path}: segment {segment}: {ex.Sentence()}", ex);
        }
    }
}

using System.Runtime.CompilerServices;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Text;
using NodaTime;

namespace CustomerLifecycle.Data.Surveys;

/// <summary>
/// Reads survey rows straight from the fields of a <see cref="TextTable"/>. A plain row (a score 0–10 in digits, an id
/// within the length limit, a <c>yyyy-MM-ddTHH:mm:ssZ</c> time stamp between 1900 and 2099 or none, a plain first-visit
/// flag and weight) becomes a <see cref="SurveyResponse"/> without any text record; touchpoints and segment keys are
/// shared strings, copied once per distinct value. Any other row goes through <see cref="SurveyResponseImporter"/> as
/// text, so rejections keep their codes and reasons.
/// </summary>
internal sealed class SurveyRowReader
{
    private readonly TextTable _table;
    private readonly int _score;
    private readonly int _customer;
    private readonly int _at;
    private readonly int _touchpoint;
    private readonly int _firstVisit;
    private readonly int _weight;
    private readonly int _by;
    private readonly SharedStrings _strings = new();
    private SurveyResponseImporter? _importer;

    public SurveyRowReader(TextTable table, string? segmentColumn)
    {
        _table = table;
        _score = table.Require("score");
        _customer = table.IndexOf("customer_id", "customer");
        _at = table.IndexOf("responded_at", "at", "date");
        _touchpoint = table.IndexOf("touchpoint");
        _firstVisit = table.IndexOf("first_visit");
        _weight = table.IndexOf("weight");
        _by = segmentColumn is null ? -1 : table.Require(segmentColumn);
    }

    public bool HasWeights => _weight >= 0;

    /// <summary>The rejected rows so far, in source order.</summary>
    public List<RejectedRow> Rejected { get; } = [];

    /// <summary>The rows read so far (accepted and rejected).</summary>
    public int RowCount { get; private set; }

    /// <summary>Reads every row: the accepted responses, their segment keys (when a segment column is given) and the rejected rows.</summary>
    public (ImportResult<SurveyResponse> Import, string?[] Keys) ReadAll()
    {
        var accepted = new List<SurveyResponse>();
        var keys = new List<string?>();
        while (TryReadAccepted(keepCustomers: true, out var row))
        {
            accepted.Add(row.Response ?? new SurveyResponse(LikelihoodScore.From(row.Score), row.Customer, row.RespondedAt, row.Touchpoint, row.IsFirstVisit, row.Weight));
            if (_by >= 0)
            {
                keys.Add(SegmentKey());
            }
        }

        return (new ImportResult<SurveyResponse>(accepted.ToArray(), Rejected.ToArray()), keys.ToArray());
    }

    /// <summary>
    /// Moves to the next accepted row, adding every rejected row on the way to <see cref="Rejected"/>. A plain row
    /// allocates nothing unless <paramref name="keepCustomers"/> asks for its customer id.
    /// </summary>
    /// <param name="keepCustomers">Whether the row's customer id is wanted (a string per row).</param>
    /// <param name="row">The accepted row's values.</param>
    /// <returns>False at the end of the table.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryReadAccepted(bool keepCustomers, out SurveyValues row)
    {
        while (_table.TryReadRecord(out var line))
        {
            RowCount++;
            if (_table.HasExtraFields())
            {
                Rejected.Add(new RejectedRow(line, TextTable.ExtraFieldsCode, _table.ExtraFieldsReason()));
                continue;
            }

            if (TryPlain(keepCustomers, out row))
            {
                return true;
            }

            var one = (_importer ??= new SurveyResponseImporter(_table.Options.Zone)).Import([Record(line)]);
            if (one.Rejected.Count == 0)
            {
                row = SurveyValues.Of(one.Accepted[0]);
                return true;
            }

            Rejected.Add(one.Rejected[0]);
        }

        row = default;
        return false;
    }

    /// <summary>The segment key of the row <see cref="TryReadAccepted"/> moved to: the trimmed field, or null when the row is too short to have it.</summary>
    public string? SegmentKey() => _table.HasField(_by) ? _strings.Get(_table.Field(_by).Trim()) : null;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryPlain(bool keepCustomers, out SurveyValues row)
    {
        row = default;
        var score = _table.Field(_score).Trim();
        if (score.Length is < 1 or > 2 || !char.IsAsciiDigit(score[0]) || (score.Length == 2 && !char.IsAsciiDigit(score[1])))
        {
            return false;
        }

        var value = score.Length == 1 ? score[0] - '0' : ((score[0] - '0') * 10) + score[1] - '0';
        var id = _table.Field(_customer).Trim();
        var at = _table.Field(_at).Trim();
        var touchpoint = _table.Field(_touchpoint);
        var weight = 1d;
        var w = _table.Field(_weight);
        if (value > LikelihoodScore.MaxValue || id.Length > CustomerId.MaxLength || touchpoint.Trim().Length > 100
            || !TryFlag(_table.Field(_firstVisit).Trim(), out var firstVisit)
            || (!w.IsWhiteSpace() && (!PlainDecimal.TryParseDouble(w, out weight) || !SurveyResponseRecordValidator.IsAcceptedWeight(weight))))
        {
            return false;
        }

        Instant? respondedAt = null;
        if (!at.IsEmpty)
        {
            if (!TryUtcStamp(at, out var instant))
            {
                return false;
            }

            respondedAt = instant;
        }

        row = new SurveyValues(
            value,
            keepCustomers && !id.IsEmpty ? CustomerId.From(id.ToString()) : null,
            respondedAt,
            _touchpoint >= 0 && _table.HasField(_touchpoint) ? _strings.Get(touchpoint) : null,
            firstVisit,
            weight,
            null);
        return true;
    }

    private SurveyResponseRecord Record(int line) =>
        new(line, Text(_score), Text(_customer), Text(_at), Text(_touchpoint), Text(_firstVisit), Text(_weight));

    private string? Text(int index) => _table.HasField(index) ? _table.Field(index).ToString() : null;

    /// <summary>The plain first-visit flags: none, 1/0, true/false (any case).</summary>
    private static bool TryFlag(ReadOnlySpan<char> text, out bool value)
    {
        value = text is "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase);
        return value || text.IsEmpty || text is "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A UTC time stamp written <c>yyyy-MM-ddTHH:mm:ssZ</c> in the years 1900–2099.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryUtcStamp(ReadOnlySpan<char> text, out Instant instant)
    {
        instant = default;
        if (text.Length != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z'
            || !PlainDate.TryParse(text[..10], out var date)
            || !TryTwoDigits(text.Slice(11, 2), out var hour) || !TryTwoDigits(text.Slice(14, 2), out var minute) || !TryTwoDigits(text.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        instant = Instant.FromUtc(date.Year, date.Month, date.Day, hour, minute, second);
        return true;
    }

    private static bool TryTwoDigits(ReadOnlySpan<char> text, out int value)
    {
        value = ((text[0] - '0') * 10) + text[1] - '0';
        return char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]);
    }
}
